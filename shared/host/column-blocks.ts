import { a1 } from '../sheet/a1';
import type { CellWrite } from '../scoring/plan-score-writes';
import { asTypedText } from './typed-text';

export interface ColumnBlock {
  readonly column: number;
  readonly firstRow: number;
  /** One entry per row from firstRow, every one a computed cell: a formula ("=…") or text marked "'". */
  readonly cells: readonly string[];
}

/**
 * Turns scattered cell writes into runs of adjacent computed cells, one block per run, so a host
 * writes a score in a few calls and never touches a cell between two computed ones: a user's date,
 * text beginning with "=", or a value typed there is not read back and written again (read back,
 * Sheets hands a date over as a Date object and Excel drops the apostrophe of "'=…" text).
 * The number of blocks follows the sheet's layout (rows the core leaves alone inside a column), not
 * its length.
 */
export function columnBlocks(writes: readonly CellWrite[]): { blocks: ColumnBlock[]; formats: { numFmt: string; cells: string[] }[] } {
  const sorted = [...writes].sort((a, b) => a.column - b.column || a.row - b.row);
  const blocks: { column: number; firstRow: number; cells: string[] }[] = [];
  for (const w of sorted) {
    const cell = w.formula !== undefined ? `=${w.formula}` : asTypedText(w.value ?? '');
    const last = blocks[blocks.length - 1];
    if (last && last.column === w.column && last.firstRow + last.cells.length === w.row) last.cells.push(cell);
    else if (last && last.column === w.column && last.firstRow + last.cells.length - 1 === w.row) last.cells[last.cells.length - 1] = cell;
    else blocks.push({ column: w.column, firstRow: w.row, cells: [cell] });
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
