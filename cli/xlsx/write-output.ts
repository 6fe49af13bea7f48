import { randomBytes } from 'node:crypto';
import { chmodSync, lstatSync, readlinkSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { CliError } from '../cli-error';

/** Symbolic links followed before giving up, as the system does (Linux's MAXSYMLINKS is 40). */
const MAX_LINKS = 40;

/**
 * Writes a whole output file or nothing: the bytes go to a hidden file beside the target, which is
 * then renamed over it, so a failure never leaves half a workbook where the user expects one.
 * A symbolic link at the path is written through (its target gets the new content, the link
 * stays). A folder, device or other special file is refused. Every failure is a message naming
 * the path the user gave, never the hidden file; the hidden file is always removed.
 */
export function writeOutput(bytes: Uint8Array, path: string): void {
  const target = followLinks(path);
  const existing = statOrUndefined(target);
  if (existing?.isDirectory()) throw new CliError(`Không ghi được "${path}": đó là một thư mục. Hãy đặt tên tệp, ví dụ "${join(path, 'ket-qua.xlsx')}".`, `Cannot write "${path}": it is a folder. Give a file name, such as "${join(path, 'result.xlsx')}".`);
  if (existing && !existing.isFile()) {
    throw new CliError(`Không ghi được "${path}": đó là một thiết bị hoặc tệp đặc biệt, không phải tệp thường. Hãy ghi ra một tệp .xlsx.`,
      `Cannot write "${path}": it is a device or special file, not a regular file. Write to an .xlsx file.`);
  }
  const folder = dirname(target);
  const folderStats = statOrUndefined(folder);
  if (!folderStats) throw new CliError(`Không ghi được "${path}": thư mục "${dirname(path)}" không tồn tại.`, `Cannot write "${path}": the folder "${dirname(path)}" does not exist.`);
  if (!folderStats.isDirectory()) throw new CliError(`Không ghi được "${path}": "${dirname(path)}" không phải là thư mục.`, `Cannot write "${path}": "${dirname(path)}" is not a folder.`);
  const temp = join(folder, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, bytes, { flag: 'wx' });
    if (existing) chmodSync(temp, existing.mode & 0o7777);
    renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { force: true });
    throw writeError(path, e);
  }
}

/** Where a path's symbolic links lead; the path itself when it is none. A loop is refused. */
function followLinks(path: string): string {
  let current = resolve(path);
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    let stats: Stats;
    try {
      stats = lstatSync(current);
    } catch {
      return current;
    }
    if (!stats.isSymbolicLink()) return current;
    const link = readlinkSync(current);
    current = isAbsolute(link) ? link : resolve(dirname(current), link);
  }
  throw new CliError(`Không ghi được "${path}": liên kết tượng trưng vòng quanh.`, `Cannot write "${path}": the symbolic link goes round in a loop.`);
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function writeError(path: string, e: unknown): CliError {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  const reasons: Record<string, [string, string]> = {
    EACCES: ['không có quyền ghi vào thư mục hoặc tệp này', 'no permission to write there'],
    EPERM: ['không có quyền ghi vào thư mục hoặc tệp này', 'no permission to write there'],
    EROFS: ['ổ đĩa chỉ cho đọc', 'the disk is read-only'],
    ENOSPC: ['ổ đĩa đã đầy', 'the disk is full'],
    EDQUOT: ['đã hết dung lượng được cấp', 'the disk quota is used up'],
    ENAMETOOLONG: ['tên tệp quá dài', 'the file name is too long'],
    ENOENT: ['thư mục không tồn tại', 'the folder does not exist'],
    ENOTDIR: ['một phần của đường dẫn không phải là thư mục', 'part of the path is not a folder'],
    EISDIR: ['đó là một thư mục', 'it is a folder'],
    EBUSY: ['tệp đang được chương trình khác dùng (hãy đóng Excel rồi chạy lại)', 'the file is in use by another program (close Excel and run again)'],
    EXDEV: ['không đổi tên được qua ổ đĩa khác', 'cannot rename across disks'],
  };
  const [vi, en] = reasons[code] ?? [`lỗi hệ thống${code ? ` ${code}` : ''}`, `system error${code ? ` ${code}` : ''}`];
  return new CliError(`Không ghi được tệp "${path}": ${vi}. Tệp kết quả chưa được ghi.`, `Cannot write "${path}": ${en}. Nothing was written.`);
}
