import type { Change } from './output-name';
import { editWorkbook, openWorkbook, tableSheet, type OpenedWorkbook, type SheetEdits, type SheetGrid } from './workbook-files';

/** One workbook the officer opened: its bytes as given (never changed) and the working copy. */
export interface OpenFile {
  readonly id: number;
  readonly name: string;
  readonly input: Uint8Array;
  current: Uint8Array;
  workbook: OpenedWorkbook;
  /** What was done to the working copy, in order; empty while it is the input itself. */
  readonly changes: Change[];
  /** The sheet the panel works on. */
  sheet: string;
}

/** The CLI's cap on what it reads (cli/xlsx/workbook-io.ts): a larger file is refused before it is opened. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

let nextId = 1;


/** The sheet to start on: the table's, else the one the workbook opens on. */
function startSheet(wb: OpenedWorkbook): string {
  const visible = wb.sheets.filter((s) => s.state === 'visible');
  return tableSheet(wb) ?? wb.activeSheet ?? visible[0]?.name ?? wb.sheets[0]?.name ?? '';
}

export async function openFile(name: string, bytes: Uint8Array): Promise<OpenFile> {
  // A copy: the page's working bytes never share memory with what the browser read.
  const input = bytes.slice();
  const workbook = await openWorkbook(input, name);
  return { id: nextId++, name, input, current: input, workbook, changes: [], sheet: startSheet(workbook) };
}

/** Edits the working copy in place of the file (the input's bytes stay as read) and reads it again. */
export async function changeFile(file: OpenFile, sheets: readonly SheetEdits[], change: Change): Promise<void> {
  if (!sheets.some((s) => s.edits.length > 0)) return;
  const edited = await editWorkbook(file.current, sheets, file.name);
  file.workbook = await openWorkbook(edited, file.name);
  file.current = edited;
  if (!file.changes.includes(change)) file.changes.push(change);
}

export function gridOf(file: OpenFile, sheet = file.sheet): SheetGrid {
  return file.workbook.grid(sheet);
}
