import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { CliError } from '../cli-error';
import { errnoReason } from './errno-reason';
import type { InputKind } from './input-limits';

const KIND_NAMES: Readonly<Record<InputKind, readonly [string, string]>> = {
  xlsx: ['tệp bảng tính .xlsx', 'an .xlsx workbook'],
  docx: ['tệp Word .docx', 'a Word .docx file'],
  json: ['tệp .json', 'a .json file'],
};

/** The largest piece read at once: a file that grows while it is read is still stopped at the cap. */
const CHUNK = 1024 * 1024;

const megabytes = (n: number): string => String(Math.max(1, Math.round(n / 1024 / 1024)));

/**
 * Reads a whole input file the user named, and nothing else: only a regular file is opened (a
 * folder, a FIFO, a device such as /dev/zero — also behind a symbolic link — is refused by a
 * stat before opening, so nothing hangs or reads without end), and never more than `maxBytes`
 * (counted while reading, so a file that grows meanwhile is refused too). Every refusal is a
 * CliError (exit 2) naming the file in Vietnamese and English.
 */
export function readInputFile(path: string, what: InputKind, maxBytes: number): Uint8Array {
  const [kindVi, kindEn] = KIND_NAMES[what];
  const before = statOrRefuse(path);
  refuseUnlessRegular(path, before, kindVi, kindEn);
  if (before.size > maxBytes) throw tooLarge(path, before.size, maxBytes, kindVi, kindEn);
  let fd: number;
  try {
    // O_NONBLOCK: should a FIFO be swapped in after the stat, opening it returns at once instead of
    // waiting for a writer; the fstat below then refuses it. O_NOCTTY: never take a terminal.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (e) {
    throw cannotRead(path, e);
  }
  try {
    const opened = fstatSync(fd);
    // What was opened must be what was checked: the same regular file, not one put in its place.
    if (!opened.isFile() || opened.dev !== before.dev || opened.ino !== before.ino) refuseUnlessRegular(path, opened, kindVi, kindEn, true);
    return readCapped(fd, path, Math.min(opened.size, maxBytes), maxBytes, kindVi, kindEn);
  } finally {
    closeSync(fd);
  }
}

function statOrRefuse(path: string): Stats {
  try {
    return statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`Không tìm thấy tệp "${path}".`, `File not found: "${path}".`);
    throw cannotRead(path, e);
  }
}

function refuseUnlessRegular(path: string, stats: Stats, kindVi: string, kindEn: string, swapped = false): void {
  if (stats.isFile() && !swapped) return;
  if (stats.isDirectory()) throw new CliError(`"${path}" là thư mục, không phải ${kindVi}.`, `"${path}" is a folder, not ${kindEn}.`);
  if (!stats.isFile()) {
    throw new CliError(`"${path}" không phải là tệp thường (thiết bị, ống dẫn…): cchc chỉ đọc ${kindVi} lưu trên ổ đĩa.`,
      `"${path}" is not a regular file (a device, a pipe…): cchc reads only ${kindEn} stored on disk.`);
  }
  throw new CliError(`Tệp "${path}" bị thay bằng tệp khác trong lúc đọc. Hãy chạy lại.`, `"${path}" was replaced by another file while being read. Run again.`);
}

/** Reads up to `maxBytes`, one byte past it at most to know the file is larger. */
function readCapped(fd: number, path: string, expected: number, maxBytes: number, kindVi: string, kindEn: string): Uint8Array {
  const pieces: Buffer[] = [];
  let total = 0;
  // The first piece holds the whole file as the stat saw it, plus one byte to notice growth.
  let piece = Buffer.allocUnsafe(Math.min(expected + 1, maxBytes + 1));
  for (;;) {
    let got: number;
    try {
      got = readSync(fd, piece, 0, piece.length, null);
    } catch (e) {
      throw cannotRead(path, e);
    }
    if (got === 0) break;
    pieces.push(piece.subarray(0, got));
    total += got;
    if (total > maxBytes) throw tooLarge(path, undefined, maxBytes, kindVi, kindEn);
    piece = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
  }
  return pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces, total);
}

/** `size` is the stat's size, or undefined when the file grew past the cap while being read. */
function tooLarge(path: string, size: number | undefined, maxBytes: number, kindVi: string, kindEn: string): CliError {
  const sizeVi = size === undefined ? `hơn ${megabytes(maxBytes)} MB` : `${megabytes(size)} MB`;
  const sizeEn = size === undefined ? `over ${megabytes(maxBytes)} MB` : `${megabytes(size)} MB`;
  return new CliError(
    `Tệp "${path}" quá lớn (${sizeVi}): cchc đọc ${kindVi} đến ${megabytes(maxBytes)} MB. Hãy chọn đúng tệp, hoặc bỏ bớt phần không cần (ảnh, trang thừa) rồi chạy lại.`,
    `"${path}" is too large (${sizeEn}): cchc reads ${kindEn} of up to ${megabytes(maxBytes)} MB. Choose the right file, or remove what is not needed (pictures, extra pages), and run again.`,
  );
}

export function cannotRead(path: string, e: unknown): CliError {
  const [vi, en] = errnoReason(e);
  return new CliError(`Không đọc được tệp "${path}": ${vi}.`, `Cannot read "${path}": ${en}.`);
}
