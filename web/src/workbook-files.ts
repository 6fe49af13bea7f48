/**
 * The one place the page reaches the workbook layer (files/, shared with the CLI): reading an .xlsx
 * into grids, editing it in place, writing new workbooks, reading a decision's .docx. Bytes in, bytes
 * out: the page never writes the officer's file, it hands back new bytes to download.
 */
import type { SheetSpec } from '../../shared';
import { DocxError, readDocx } from '../../files/docx';
import { FileProblem, editWorkbook as edit, openWorkbook as open, writeNewWorkbook as write, type OpenedWorkbook, type SheetEdits } from '../../files/xlsx';

/** The sheet holding the table, by the rule the CLI follows (the sheet the workbook opens on when it holds one; never a hidden one). */
export { tableSheet } from '../../files/xlsx';
import { ensureExcelJs } from './exceljs-on-demand';

export type { OpenedWorkbook, SheetEdits, SheetGrid } from '../../files/xlsx';

/** Opens an .xlsx (or says, in the CLI's words, why a file is not one: a FileProblem). */
export const openWorkbook = async (bytes: Uint8Array, fileName: string): Promise<OpenedWorkbook> => open(bytes, fileName);

/** A copy with only the given cells written, every other part of the package as it came, as `cchc` edits a file. */
export const editWorkbook = async (bytes: Uint8Array, sheets: readonly SheetEdits[], fileName: string): Promise<Uint8Array> => edit(bytes, sheets, fileName);

/** A new workbook of the given sheets, as `cchc template`, `plan` and `rank -o` write them. */
export const writeNewWorkbook = (specs: readonly SheetSpec[]): Promise<Uint8Array> => {
  ensureExcelJs();
  return write(specs);
};

/** The paragraphs and tables of a Word document, for a decision's criteria table. */
export const readDocument = (bytes: Uint8Array, fileName: string): ReturnType<typeof readDocx> => readDocx(bytes, fileName);

/** Why a Word document could not be read, in the reader's words (the part or table row), or undefined for anything else. */
export const documentProblemOf = (e: unknown): { readonly vi: string; readonly en: string } | undefined =>
  (e instanceof DocxError ? { vi: e.vi, en: e.en } : e instanceof FileProblem ? { vi: e.vi, en: e.en } : undefined);

/** The words of a problem the layer raised for a file, or undefined for anything else. */
export const fileProblemOf = (e: unknown): { readonly vi: string; readonly en: string } | undefined => (e instanceof FileProblem ? { vi: e.vi, en: e.en } : undefined);
