import type ExcelJS from 'exceljs';
import { FileProblem, openWorkbook, workbookBytes, type OpenedWorkbook } from '../../files/xlsx';
import { CliError } from '../cli-error';
import { INPUT_LIMITS } from '../fs/input-limits';
import { readInputFile } from '../fs/read-input-file';
import { writeOutput } from './write-output';

/** A problem the workbook layer found, said as the CLI says it (exit 2: the user's file, not our fault). */
export function cliErrorOf(e: FileProblem): CliError {
  return new CliError(e.vi, e.en);
}

/** The bytes of an input workbook: only a regular file the user may read, never more than the cap (see readInputFile). */
export function readInput(path: string): Uint8Array {
  return readInputFile(path, 'xlsx', INPUT_LIMITS.xlsx);
}

/** Opens an .xlsx, turning every way it can fail into a Vietnamese message that names the file. Nothing is written. */
export async function loadWorkbook(path: string): Promise<OpenedWorkbook> {
  const bytes = readInput(path);
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
