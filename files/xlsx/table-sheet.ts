import { findTable } from '../../shared/tables/find-table';
import type { OpenedWorkbook } from './open-workbook';

/** Of the sheets holding the table wanted, the one a command uses: the sheet the workbook opens on, else the first. */
export function preferredSheet(candidates: readonly string[], active: string | undefined): string | undefined {
  return candidates.find((name) => name === active) ?? candidates[0];
}

/**
 * The visible sheet holding a table (a score table with `kind`), by the rule every host that reads
 * files follows (`cchc`, the web page): a hidden sheet is never chosen unless named.
 */
export function tableSheet(wb: OpenedWorkbook, kind?: 'score'): string | undefined {
  const fits = (name: string): boolean => {
    const table = findTable(wb.grid(name).values);
    return table !== undefined && (kind === undefined || table.kind === kind);
  };
  const visible = wb.sheets.filter((s) => s.state === 'visible').map((s) => s.name);
  if (wb.activeSheet !== undefined && visible.includes(wb.activeSheet) && fits(wb.activeSheet)) return wb.activeSheet;
  return visible.find(fits);
}
