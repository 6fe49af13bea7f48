import type ExcelJS from 'exceljs';

export interface SheetGrid {
  readonly name: string;
  /** What each cell shows: numbers, text, booleans, dates; a formula gives its last result. 0-based. */
  readonly values: unknown[][];
  /** The formula of each cell, or null. */
  readonly formulas: (string | null)[][];
  /** Width of each column in characters, undefined where the sheet keeps the default. */
  readonly columnWidths: (number | undefined)[];
  /** Height of each row in points, undefined where the sheet keeps the default. */
  readonly rowHeights: (number | undefined)[];
}

/** Reads a worksheet into plain 2-D arrays, the shape the core takes from every host. */
export function readGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const rows = ws.rowCount;
  const cols = ws.columnCount;
  const values: unknown[][] = [];
  const formulas: (string | null)[][] = [];
  for (let r = 1; r <= rows; r++) {
    const rowValues: unknown[] = [];
    const rowFormulas: (string | null)[] = [];
    const row = ws.getRow(r);
    for (let c = 1; c <= cols; c++) {
      const cell = row.getCell(c);
      // A merged range shows its value once, in its top-left cell, as every spreadsheet reports it.
      if (cell.isMerged && cell.master.address !== cell.address) {
        rowFormulas.push(null);
        rowValues.push(null);
        continue;
      }
      const formula = cell.formula ? cell.formula : null;
      rowFormulas.push(formula);
      rowValues.push(formula ? plain(cell.result) : plain(cell.value));
    }
    values.push(rowValues);
    formulas.push(rowFormulas);
  }
  const columnWidths = Array.from({ length: cols }, (_, c) => ws.getColumn(c + 1).width);
  const rowHeights = Array.from({ length: rows }, (_, r) => ws.getRow(r + 1).height);
  return { name: ws.name, values, formulas, columnWidths, rowHeights };
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
