import type ExcelJS from 'exceljs';
import { findTable, type FoundTable } from '../shared';
import { readGrid, type SheetGrid } from './xlsx/read-grid';

export interface SheetTable {
  readonly grid: SheetGrid;
  readonly table: FoundTable;
}

/** Every worksheet with a table the core recognises, in workbook order. */
export function tablesOf(wb: ExcelJS.Workbook): SheetTable[] {
  const found: SheetTable[] = [];
  for (const ws of wb.worksheets) {
    const grid = readGrid(ws);
    const table = findTable(grid.values);
    if (table) found.push({ grid, table });
  }
  return found;
}
