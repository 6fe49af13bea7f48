import { accessSync, closeSync, constants, fchmodSync, fchownSync, fstatSync, fsyncSync, lstatSync, openSync, realpathSync, renameSync, statSync, type Stats } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { CliError } from '../cli-error';
import { errnoReason } from './errno-reason';
import { heldInPlace, type HeldFile } from './in-place-lock';
import { OverwriteFailed, overwriteContents } from './overwrite-contents';
import { createTempFile, discardTempFile, keepTempFile, type TempFile } from './temp-file';
import { writeAll } from './write-all';

/**
 * Writes a whole output file or nothing, and never anywhere the user did not name.
 *
 * - A new output: the bytes go to a temp file beside it (unguessable name, created exclusively,
 *   never through a link: see temp-file), fsynced, then renamed into place.
 * - A symbolic link at the output path is refused, as `cp --remove-destination` users expect:
 *   writing through it would replace whatever it points to (in a shared folder, a file of another
 *   user or of the system). The rename replaces the name given, never a link's target, so a link
 *   planted after the check is replaced itself, its target untouched.
 * - An existing output the user may not write (read-only, another user's) is refused, as `cp` and
 *   `>` refuse it; the access check is the kernel's for this user (root passes where the kernel
 *   lets root). Its mode, and owner and group where the system allows, pass to the new file. When
 *   they cannot (another owner's group-writable file), or the file has other hard links, the new
 *   bytes are copied into the same inode instead (see overwrite-contents), which keeps them all.
 * - A file this process holds with `--in-place` (in-place-lock) is rewritten in its own inode.
 * - A folder, device or other special file is refused.
 * Every failure is a message naming the path the user gave, never the temp file, which is removed.
 */
export function writeOutput(bytes: Uint8Array, path: string): void {
  const inPlace = heldInPlace(path);
  if (inPlace) return writeInPlace(bytes, path, inPlace);
  const existing = inspectOutput(path);
  const folder = dirname(path);

  let temp: TempFile | undefined;
  try {
    // A new file gets the usual permissions (0666 less the umask); one replacing an existing file
    // starts private and takes that file's mode just before the rename.
    temp = createTempFile(folder, path, existing ? 0o600 : 0o666);
    writeAll(temp.fd, bytes);
    fsyncSync(temp.fd);
    if (existing && (existing.nlink > 1 || !takeOver(temp.fd, existing))) {
      copyIntoExisting(bytes, path, existing);
      discardTempFile(temp);
      return;
    }
    renameSync(temp.path, path);
    keepTempFile(temp);
    syncFolder(folder);
  } catch (e) {
    if (temp) discardTempFile(temp);
    if (e instanceof CliError) throw e;
    throw writeError(path, e instanceof OverwriteFailed ? e.reason : e);
  }
}

/**
 * The checks made before writing, callable before any work so a command that reads many files
 * refuses a bad -o at once: a link, a folder, a special file, a file the user may not write, a
 * missing folder. Returns what is at the path now (undefined for a new file).
 */
export function inspectOutput(path: string): Stats | undefined {
  const existing = lstatOrUndefined(path);
  if (existing?.isSymbolicLink()) {
    throw new CliError(
      `Không ghi được "${path}": đó là một liên kết tượng trưng (symbolic link). cchc không ghi qua liên kết ở chỗ tệp kết quả, để không ghi đè một tệp khác ở nơi nó trỏ tới. Hãy xoá liên kết hoặc chọn tên khác cho -o.`,
      `Cannot write "${path}": it is a symbolic link. cchc never writes through a link at the output, so as not to overwrite the file it points to. Remove the link or choose another name for -o.`);
  }
  if (existing?.isDirectory()) throw new CliError(`Không ghi được "${path}": đó là một thư mục. Hãy đặt tên tệp, ví dụ "${join(path, exampleName(path))}".`, `Cannot write "${path}": it is a folder. Give a file name, such as "${join(path, exampleName(path))}".`);
  if (existing && !existing.isFile()) {
    throw new CliError(`Không ghi được "${path}": đó là một thiết bị hoặc tệp đặc biệt, không phải tệp thường. Hãy ghi ra một tệp ${kindOf(path)}.`,
      `Cannot write "${path}": it is a device or special file, not a regular file. Write to ${kindOf(path) === '.json' ? 'a .json' : 'an .xlsx'} file.`);
  }
  if (existing) refuseUnwritable(path);
  const folder = dirname(path);
  const folderStats = statOrUndefined(folder);
  if (!folderStats) throw new CliError(`Không ghi được "${path}": thư mục "${folder}" không tồn tại.`, `Cannot write "${path}": the folder "${folder}" does not exist.`);
  if (!folderStats.isDirectory()) throw new CliError(`Không ghi được "${path}": "${folder}" không phải là thư mục.`, `Cannot write "${path}": "${folder}" is not a folder.`);
  return existing;
}

/**
 * `--in-place`: the complete new bytes go first to a temp file beside the real file (fsynced), and
 * only then into the original's own inode, under the lock (overwrite-contents says why this order).
 */
function writeInPlace(bytes: Uint8Array, path: string, file: HeldFile): void {
  if (file.compromised) {
    throw new CliError(`Không ghi được "${path}": khoá của tệp đã bị một lệnh khác lấy trong lúc đang sửa (máy quá bận?). Tệp chưa bị thay đổi; hãy chạy lại.`,
      `Cannot write "${path}": another command took the file's lock while it was being changed (is the machine very busy?). Nothing was changed; run again.`);
  }
  const folder = dirname(realpathSync(path));
  let temp: TempFile | undefined;
  try {
    temp = createTempFile(folder, path, 0o600);
    writeAll(temp.fd, bytes);
    fsyncSync(temp.fd);
    overwriteContents(file.fd, bytes);
    discardTempFile(temp);
  } catch (e) {
    if (e instanceof OverwriteFailed && !e.restored && temp) {
      // The original could be neither rewritten nor restored: the complete result stays in the temp file, named here.
      keepTempFile(temp);
      const [vi, en] = errnoReason(e.reason);
      throw new CliError(`Không ghi được tệp "${path}": ${vi}. Tệp có thể đã hỏng; bản đầy đủ của kết quả ở "${temp.path}".`,
        `Cannot write "${path}": ${en}. The file may be damaged; the complete result is in "${temp.path}".`);
    }
    if (temp) discardTempFile(temp);
    const [vi, en] = errnoReason(e instanceof OverwriteFailed ? e.reason : e);
    throw new CliError(`Không ghi được tệp "${path}": ${vi}. Tệp giữ nguyên như trước.`, `Cannot write "${path}": ${en}. The file is as it was.`);
  }
}

/** Gives the temp file the existing output's mode, owner and group; false when the owner or group cannot be given. */
function takeOver(fd: number, existing: Stats): boolean {
  fchmodSync(fd, existing.mode & 0o777);
  const mine = fstatSync(fd);
  if (mine.uid === existing.uid && mine.gid === existing.gid) return true;
  try {
    fchownSync(fd, existing.uid, existing.gid);
    // chown clears the set-id bits on some systems; the mode is set again after it.
    fchmodSync(fd, existing.mode & 0o777);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EPERM') return false;
    throw e;
  }
}

/** Copies the bytes into the existing output's inode; the path must still be that file, not a link put in its place. */
function copyIntoExisting(bytes: Uint8Array, path: string, existing: Stats): void {
  const fd = openSync(path, constants.O_RDWR | constants.O_NOFOLLOW | constants.O_NONBLOCK | constants.O_NOCTTY);
  try {
    const now = fstatSync(fd);
    if (now.dev !== existing.dev || now.ino !== existing.ino || !now.isFile()) {
      throw new CliError(`Không ghi được "${path}": tệp bị thay bằng tệp khác trong lúc ghi. Hãy chạy lại.`, `Cannot write "${path}": the file was replaced meanwhile. Run again.`);
    }
    overwriteContents(fd, bytes);
  } finally {
    closeSync(fd);
  }
}

function refuseUnwritable(path: string): void {
  try {
    accessSync(path, constants.W_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') {
      throw new CliError(`Không ghi được "${path}": tệp đã có và chỉ cho đọc, hoặc bạn không có quyền ghi vào tệp này. cchc không ghi đè; hãy chọn tên khác cho -o.`,
        `Cannot write "${path}": the file exists and is read-only, or you may not write it. cchc does not overwrite it; choose another name for -o.`);
    }
    throw writeError(path, e);
  }
}

/** Makes the rename itself durable: a crash right after the command leaves the new file, not the old. */
function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, constants.O_RDONLY | constants.O_DIRECTORY);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some file systems (network shares, Windows) cannot sync a folder; the data itself was synced.
  }
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

const kindOf = (path: string): string => (extname(path).toLowerCase() === '.json' ? '.json' : '.xlsx');
const exampleName = (path: string): string => (kindOf(path) === '.json' ? 'bo-chi-so.json' : 'ket-qua.xlsx');

export function writeError(path: string, e: unknown): CliError {
  const [vi, en] = errnoReason(e);
  return new CliError(`Không ghi được tệp "${path}": ${vi}. Tệp kết quả chưa được ghi.`, `Cannot write "${path}": ${en}. Nothing was written.`);
}
