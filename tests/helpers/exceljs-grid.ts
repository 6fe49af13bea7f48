import type ExcelJS from 'exceljs';
import { a1 } from '../../shared';
import type { SheetGrid } from '../../files/xlsx';
import { MAX_GRID_CELLS } from '../../files/xlsx';

/** Rows that hold no cell share one frozen empty row: a stray value in row 1 048 576 costs no memory per empty row. */
const EMPTY_ROW: unknown[] = Object.freeze([]) as unknown as unknown[];

/**
 * A second reader of worksheets, through exceljs, for tests that build or load workbooks with
 * exceljs: an oracle independent of the package reader in files/xlsx (which the CLI uses). It reads
 * a worksheet into plain 2-D arrays, the shape the core takes from every host. Only cells that
 * exist are visited (exceljs keeps rows and cells sparse), so a 2 KB file with values in A1 and
 * XFD1048576 reads in milliseconds instead of building 17 billion empty cells.
 */
export function readGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const values: unknown[][] = [];
  const formulas: (string | null)[][] = [];
  const rowHeights: (number | undefined)[] = [];
  let cells = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const rowValues: unknown[] = [];
    const rowFormulas: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      cells += c - rowValues.length;
      if (cells > MAX_GRID_CELLS) throw tooLarge(ws, a1(r, c));
      while (rowValues.length < c - 1) {
        rowValues.push(null);
        rowFormulas.push(null);
      }
      // A merged range shows its value once, in its top-left cell, as every spreadsheet reports it.
      if (cell.isMerged && cell.master.address !== cell.address) {
        rowFormulas.push(null);
        rowValues.push(null);
        return;
      }
      const formula = cell.formula ? cell.formula : null;
      rowFormulas.push(formula);
      rowValues.push(formula ? plain(cell.result) : plain(cell.value));
    });
    // Rows come in order; pushing (never assigning past the end) keeps the arrays packed, not dictionaries.
    while (values.length < r - 1) {
      values.push(EMPTY_ROW);
      formulas.push(EMPTY_ROW as (string | null)[]);
      rowHeights.push(undefined);
    }
    values.push(rowValues);
    formulas.push(rowFormulas);
    rowHeights.push(row.height);
  });
  // Widths only up to the farthest filled column: a stray cell far right costs one short array, not a column object each.
  const width = values.reduce((m, r) => Math.max(m, r.length), 0);
  const columnWidths = Array.from({ length: width }, (_, c) => ws.getColumn(c + 1).width);
  return { name: ws.name, values, formulas, columnWidths, rowHeights };
}

function tooLarge(ws: ExcelJS.Worksheet, farthest: string): Error {
  return new Error(`sheet "${ws.name}" spreads to ${farthest}, beyond ${MAX_GRID_CELLS} cells`);
}

function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  const v = value as { richText?: { text: string }[]; text?: unknown; error?: string; result?: unknown; formula?: string; sharedFormula?: string };
  if (v.richText) return v.richText.map((t) => t.text).join('');
  if (v.formula !== undefined || v.sharedFormula !== undefined) return plain(v.result);
  if (v.error) return v.error;
  if (v.text !== undefined) return plain(v.text);
  return String(value);
}
