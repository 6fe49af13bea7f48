import { importCriteriaTable, type ImportResult } from '../criteria/import/import-criteria-table';
import type { Grid } from './grid';

/**
 * "Import the table on this sheet": the decision's criteria table the user pasted into the active
 * sheet, read from A1 as every host reads a sheet, into a set and its problems at sheet cells.
 * The host stores the set (when usable) and shows the problems.
 */
export function importSetGrid(grid: Grid, currentYear?: number): ImportResult {
  return importCriteriaTable(grid.values, { origin: { row: 1, column: 1 }, ...(currentYear === undefined ? {} : { defaultYear: currentYear }) });
}
