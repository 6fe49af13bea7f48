/**
 * The one place the page reaches the workbook layer: reading an .xlsx into grids, editing it in
 * place, writing new workbooks, reading a decision's .docx. Bytes in, bytes out: the page never
 * writes the officer's file, it hands back new bytes to download.
 */
import type { SheetSpec } from '../../shared';
import type { CellEdit } from '../../shared';
import { ensureExcelJs } from './exceljs-on-demand';
import * as layer from './interim/layer';

/** What the page reads from a sheet: values, formulas, widths and heights, as the CLI reads it. */
export interface SheetGrid {
  readonly name: string;
  readonly values: unknown[][];
  readonly formulas: (string | null)[][];
  readonly columnWidths: (number | undefined)[];
  readonly rowHeights: (number | undefined)[];
}

export interface OpenedWorkbook {
  readonly sheets: readonly { readonly name: string; readonly state: 'visible' | 'hidden' | 'veryHidden' }[];
  readonly activeSheet: string | undefined;
  grid(sheet: string): SheetGrid;
}

export interface SheetEdits {
  readonly sheet: string;
  readonly edits: readonly CellEdit[];
  readonly rowHeights?: readonly { readonly row: number; readonly height: number }[];
}

/** A file the layer cannot read, with the CLI's words for it in both languages. */
export interface FileProblemWords {
  readonly vi: string;
  readonly en: string;
}

export type DocumentBlocks = Awaited<ReturnType<typeof layer.readDocument>>;

/** Opens an .xlsx (or says, in the CLI's words, why a file is not one). */
export const openWorkbook = (bytes: Uint8Array, fileName: string): Promise<OpenedWorkbook> => {
  ensureExcelJs();
  return layer.openWorkbook(bytes, fileName);
};

/** A copy with only the given cells written, every other part of the package as it came. */
export const editWorkbook = (bytes: Uint8Array, sheets: readonly SheetEdits[]): Promise<Uint8Array> => layer.editWorkbook(bytes, sheets);

/** A new workbook of the given sheets, as `cchc template`, `plan` and `rank -o` write them. */
export const writeNewWorkbook = (specs: readonly SheetSpec[]): Promise<Uint8Array> => {
  ensureExcelJs();
  return layer.writeNewWorkbook(specs);
};

/** The paragraphs and tables of a Word document, for a decision's criteria table. */
export const readDocument = (bytes: Uint8Array): ReturnType<typeof layer.readDocument> => layer.readDocument(bytes);

/** The words of a problem the layer raised for a file, or undefined for anything else. */
export const fileProblemOf = (e: unknown): FileProblemWords | undefined => layer.fileProblemOf(e);
