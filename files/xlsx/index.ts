/**
 * The workbook layer every host that handles .xlsx files uses (the CLI and the web page): bytes in,
 * bytes out, no file system. Existing workbooks are read and edited through the package (zip and
 * XML parsed, budgeted, edited in place); new ones are written with exceljs.
 */
export { FileProblem } from '../file-problem';
export { sniffFormat, notSpreadsheet, type FileFormat, type FileKind } from './file-format';
export { openWorkbook, type OpenedWorkbook, type SheetInfo } from './open-workbook';
export { editWorkbook, type SheetEdits } from './edit-workbook';
export type { CellEdit, CellContent } from './sheet-cells';
export type { SheetGrid } from './sheet-grid';
export { MAX_GRID_CELLS, MAX_ROWS, MAX_COLUMNS } from './sheet-grid';
export type { SheetState, WorkbookKind } from './workbook-package';
export { writeNewWorkbook, newWorkbook, workbookBytes } from './new-workbook';
export { applySheetSpec } from './apply-sheet-spec';
export { preferredSheet, tableSheet } from './table-sheet';
export { MAX_INFLATED_BYTES } from '../zip/budget';
