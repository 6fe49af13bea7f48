import { utf8Length } from '../../../shared';

/** A block of cells, 0-based as Excel's rowIndex/columnIndex. */
export interface Block {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/**
 * Excel on the web refuses a request or response over 5 MB and a range read over 5 million cells
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
 * Reads stay far under both: the first chunk holds at most FIRST_CELLS cells, and each next one is
 * sized from the bytes the last one took, aiming at TARGET_BYTES.
 */
export const FIRST_CELLS = 20_000;
export const MAX_CELLS = 200_000;
export const TARGET_BYTES = 1_500_000;

export function intersect(a: Block, b: Block): Block | undefined {
  const top = Math.max(a.rowIndex, b.rowIndex);
  const left = Math.max(a.columnIndex, b.columnIndex);
  const bottom = Math.min(a.rowIndex + a.rowCount, b.rowIndex + b.rowCount);
  const right = Math.min(a.columnIndex + a.columnCount, b.columnIndex + b.columnCount);
  return bottom > top && right > left ? { rowIndex: top, columnIndex: left, rowCount: bottom - top, columnCount: right - left } : undefined;
}

export interface Chunk extends Block {
  readonly values: unknown[][];
  readonly formulas: unknown[][];
}

/**
 * Reads a block in chunks of rows, one round trip each. Whatever `visit` queues (writes for the
 * chunk just read) travels with the next chunk's read; the caller syncs once at the end.
 */
export async function readInChunks(context: Excel.RequestContext, sheet: Excel.Worksheet, block: Block, visit: (chunk: Chunk) => void): Promise<void> {
  const perRow = Math.max(1, block.columnCount);
  let rows = Math.max(1, Math.floor(FIRST_CELLS / perRow));
  for (let done = 0; done < block.rowCount;) {
    const n = Math.min(rows, block.rowCount - done);
    const range = sheet.getRangeByIndexes(block.rowIndex + done, block.columnIndex, n, block.columnCount);
    range.load(['values', 'formulas']);
    await context.sync();
    const values = range.values as unknown[][];
    const formulas = range.formulas as unknown[][];
    visit({ rowIndex: block.rowIndex + done, columnIndex: block.columnIndex, rowCount: n, columnCount: block.columnCount, values, formulas });
    done += n;
    const bytes = Math.max(1, utf8Length(JSON.stringify(values)) + utf8Length(JSON.stringify(formulas)));
    rows = Math.max(1, Math.min(Math.floor(MAX_CELLS / perRow), Math.floor((n * TARGET_BYTES) / bytes)));
  }
}
