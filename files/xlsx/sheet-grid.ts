import type { Grid } from '../../shared/host/grid';

/** A worksheet as the core takes it from every host, with the sheet's column widths and row heights. */
export interface SheetGrid extends Grid {
  readonly name: string;
  /** What each cell shows: numbers, text, booleans, dates; a formula gives its last result. 0-based, jagged: a row ends at its last cell. */
  readonly values: unknown[][];
  /** The formula of each cell (no leading "="), or null. */
  readonly formulas: (string | null)[][];
  /** Width of each column in characters, undefined where the sheet keeps the default. */
  readonly columnWidths: (number | undefined)[];
  /** Height of each row in points, undefined where the sheet keeps the default. */
  readonly rowHeights: (number | undefined)[];
  /** Cells holding rich text (runs in their own fonts), by address: cleaning them rewrites them as plain text. */
  readonly richCells?: readonly string[];
}

/** Excel's grid (Excel specifications and limits): 1 048 576 rows by 16 384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/**
 * The most cells the grid handed to the core may hold, counted from column A to each row's last
 * cell (the core reads rows as arrays). A real appendix of 100 000 rows × 20 columns is 2 000 000;
 * a sheet beyond this is refused with a message naming its farthest cell, never read into memory.
 */
export const MAX_GRID_CELLS = 10_000_000;
