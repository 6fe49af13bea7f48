import type { CellWrite } from '../scoring/plan-score-writes';
import type { CellStyle } from '../templates/sheet-spec';
import { cleanCells } from './clean-cells';
import type { FixWrite } from './fix-writes';
import type { Grid } from './grid';

/** What one written cell holds: a formula (English names, comma separators, no "="), a number or text. */
export type CellContent = { readonly formula: string } | { readonly number: number } | { readonly text: string };

/**
 * One cell an .xlsx editor writes in place (the CLI's copy, the web page's download): the same edits
 * for every host that edits the file itself, so `cchc score -o` and the page write the same cells.
 */
export interface CellEdit {
  readonly row: number;
  readonly column: number;
  readonly content: CellContent;
  /** A number format the cell needs ("0.00"); its font, borders and fill stay. */
  readonly numFmt?: string;
  /** The look of a cell we add where there was none (the block of points by area): bold, borders, shading, wrapping. */
  readonly look?: CellStyle;
}

/** Scoring's writes as file edits: a formula, or a label written as text. */
export function scoreCellEdits(writes: readonly CellWrite[]): CellEdit[] {
  return writes.map((w) => ({
    row: w.row, column: w.column, content: w.formula !== undefined ? { formula: w.formula } : { text: w.value ?? '' },
    ...(w.numFmt ? { numFmt: w.numFmt } : {}), ...(w.style ? { look: w.style } : {}),
  }));
}

/** Certain fixes as file edits: a typed number or text, never a formula. */
export function fixCellEdits(writes: readonly FixWrite[]): CellEdit[] {
  return writes.map((w) => ({ row: w.row, column: w.column, content: typeof w.value === 'number' ? { number: w.value } : { text: w.value } }));
}

/**
 * The clean-up of a whole sheet as file edits: only the cells whose text carries pasted residue, as
 * text (a formula is never touched). The grid shows a merged range's text once, in its top-left cell.
 */
export function cleanCellEdits(grid: Grid): CellEdit[] {
  const { changes } = cleanCells(grid.values, grid.formulas);
  const edits: CellEdit[] = [];
  changes.forEach((row, r) => row.forEach((text, c) => {
    // cleanCells marks text with a leading apostrophe for hosts that type it in; a file stores the words.
    if (text !== null) edits.push({ row: r + 1, column: c + 1, content: { text: text.startsWith("'") ? text.slice(1) : text } });
  }));
  return edits;
}
