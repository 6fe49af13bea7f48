import type ExcelJS from 'exceljs';
import { a1 } from '../../shared';
import { CliError } from '../cli-error';
import { fileOf } from './workbook-io';

export interface SheetGrid {
  readonly name: string;
  /** What each cell shows: numbers, text, booleans, dates; a formula gives its last result. 0-based, jagged: a row ends at its last cell. */
  readonly values: unknown[][];
  /** The formula of each cell, or null. */
  readonly formulas: (string | null)[][];
  /** Width of each column in characters, undefined where the sheet keeps the default. */
  readonly columnWidths: (number | undefined)[];
  /** Height of each row in points, undefined where the sheet keeps the default. */
  readonly rowHeights: (number | undefined)[];
}

/**
 * The most cells the grid handed to the core may hold, counted from column A to each row's last
 * cell (the core reads rows as arrays). A real appendix of 100 000 rows × 20 columns is 2 000 000;
 * a sheet beyond this is refused with a message naming its farthest cell, never read into memory.
 */
export const MAX_GRID_CELLS = 10_000_000;

/** Rows that hold no cell share one frozen empty row: a stray value in row 1 048 576 costs no memory per empty row. */
const EMPTY_ROW: unknown[] = Object.freeze([]) as unknown as unknown[];

/**
 * Reads a worksheet into plain 2-D arrays, the shape the core takes from every host. Only cells that
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

function tooLarge(ws: ExcelJS.Worksheet, farthest: string): CliError {
  const file = fileOf(ws.workbook) ?? '';
  const limit = MAX_GRID_CELLS.toLocaleString('vi-VN');
  const limitEn = MAX_GRID_CELLS.toLocaleString('en-US');
  return new CliError(
    `Tệp "${file}", trang tính "${ws.name}": dữ liệu trải quá rộng (đến ô ${farthest}), vượt giới hạn ${limit} ô mà cchc đọc được ` +
      `(đếm từ cột A đến ô cuối của từng dòng). Hãy xoá các ô thừa nằm xa bảng rồi lưu lại và chạy lại.`,
    `"${file}", sheet "${ws.name}": the data spreads too far (to ${farthest}), beyond the ${limitEn} cells cchc reads ` +
      `(counted from column A to each row's last cell). Delete the stray cells far from the table, save, and run again.`,
  );
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
