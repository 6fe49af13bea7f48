import type ExcelJS from 'exceljs';
import { readFileSync, statSync } from 'node:fs';
import { FileProblem, openWorkbook, workbookBytes, type OpenedWorkbook } from '../../files/xlsx';
import { CliError } from '../cli-error';
import { writeOutput } from './write-output';

/** A problem the workbook layer found, said as the CLI says it (exit 2: the user's file, not our fault). */
export function cliErrorOf(e: FileProblem): CliError {
  return new CliError(e.vi, e.en);
}

/** The bytes of an input file: only a regular file is read (a folder, a pipe or a device is refused before opening). */
export function readInput(path: string, what: string): Uint8Array {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new CliError(`Không tìm thấy tệp "${path}".`, `File not found: "${path}".`);
  }
  if (stat.isDirectory()) throw new CliError(`"${path}" là thư mục, không phải tệp ${what}.`, `"${path}" is a folder, not a ${what} file.`);
  if (!stat.isFile()) throw new CliError(`"${path}" không phải là tệp thường (thiết bị, ống dẫn…).`, `"${path}" is not a regular file (a device, a pipe…).`);
  try {
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const denied = code === 'EACCES' || code === 'EPERM';
    throw new CliError(`Không đọc được tệp "${path}"${denied ? ': không có quyền đọc' : code ? ` (${code})` : ''}.`, `Cannot read "${path}"${denied ? ': permission denied' : code ? ` (${code})` : ''}.`);
  }
}

/** Opens an .xlsx, turning every way it can fail into a Vietnamese message that names the file. Nothing is written. */
export async function loadWorkbook(path: string): Promise<OpenedWorkbook> {
  const bytes = readInput(path, '.xlsx');
  const said = <T>(read: () => T): T => {
    try {
      return read();
    } catch (e) {
      if (e instanceof FileProblem) throw cliErrorOf(e);
      throw e;
    }
  };
  const wb = said(() => openWorkbook(bytes, path));
  // Sheets are read when first asked for, so what they hold is said the same way then.
  return { ...wb, grid: (sheet) => said(() => wb.grid(sheet)) };
}

/** Writes a new workbook whole or not at all (see writeOutput); nothing touches the disk until its bytes are ready. */
export async function saveWorkbook(wb: ExcelJS.Workbook, path: string): Promise<void> {
  writeOutput(await workbookBytes(wb), path);
}
