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

/** The unit's name from the letterhead ("HUYỆN VĨNH LINH"), else undefined. */
export function unitFromLetterhead(grid: SheetGrid): string | undefined {
  for (const row of grid.values.slice(0, 4)) {
    const v = row[0];
    if (typeof v === 'string' && /^(HUYỆN|XÃ|PHƯỜNG|THỊ XÃ|THỊ TRẤN|THÀNH PHỐ|SỞ|BAN)\s/u.test(v.trim())) return v.trim();
  }
  return undefined;
}
