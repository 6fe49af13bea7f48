import { a1 } from '../sheet/a1';
import type { CellWrite } from '../scoring/plan-score-writes';
import type { Grid } from './grid';

export interface ColumnBlock {
  readonly column: number;
  readonly firstRow: number;
  /** One entry per row from firstRow: a formula ("=…"), a value, or null. */
  readonly cells: readonly (string | number | boolean | null)[];
}

/**
 * Turns scattered cell writes into one block per column, so a host writes a score in a fixed number
 * of calls. Cells between the writes are written back exactly as they were: formulas as formulas,
 * text with a leading apostrophe so the spreadsheet never re-reads it as a number.
 */
export function columnBlocks(writes: readonly CellWrite[], grid: Grid): { blocks: ColumnBlock[]; formats: { numFmt: string; cells: string[] }[] } {
  const byColumn = new Map<number, CellWrite[]>();
  for (const w of writes) {
    const list = byColumn.get(w.column);
    if (list) list.push(w);
    else byColumn.set(w.column, [w]);
  }
  const blocks: ColumnBlock[] = [];
  for (const [column, list] of [...byColumn].sort((a, b) => a[0] - b[0])) {
    const firstRow = Math.min(...list.map((w) => w.row));
    const lastRow = Math.max(...list.map((w) => w.row));
    const planned = new Map(list.map((w) => [w.row, w]));
    const cells: (string | number | boolean | null)[] = [];
    for (let row = firstRow; row <= lastRow; row++) {
      const w = planned.get(row);
      if (w) {
        cells.push(w.formula !== undefined ? `=${w.formula}` : (w.value ?? null));
        continue;
      }
      const formula = grid.formulas[row - 1]?.[column - 1];
      const value = grid.values[row - 1]?.[column - 1];
      if (formula) cells.push(formula.startsWith('=') ? formula : `=${formula}`);
      else if (typeof value === 'string') cells.push(value === '' ? null : `'${value}`);
      else if (typeof value === 'number' || typeof value === 'boolean') cells.push(value);
      else cells.push(value === null || value === undefined ? null : `'${String(value)}`);
    }
    blocks.push({ column, firstRow, cells });
  }
  const formats = new Map<string, string[]>();
  for (const w of writes) {
    if (!w.numFmt) continue;
    const list = formats.get(w.numFmt);
    if (list) list.push(a1(w.row, w.column));
    else formats.set(w.numFmt, [a1(w.row, w.column)]);
  }
  return { blocks, formats: [...formats].map(([numFmt, cells]) => ({ numFmt, cells })) };
}
