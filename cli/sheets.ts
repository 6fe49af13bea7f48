import type { OpenedWorkbook, SheetGrid } from '../files/xlsx';
import { findTable, type FoundTable } from '../shared';
import { CliError } from './cli-error';
import { say, type CliContext } from './context';

export interface SheetTable {
  readonly grid: SheetGrid;
  readonly table: FoundTable;
}

/**
 * The sheets a command works on: the one `--sheet` names (hidden or not), else every visible
 * worksheet in workbook order. A hidden sheet is never read unless named, since the officer cannot
 * see what would be scored or changed there; skipping one is said on stderr.
 */
export function sheetsToRead(wb: OpenedWorkbook, named: string | undefined, ctx: CliContext): string[] {
  if (named !== undefined) {
    const wanted = named.toLocaleLowerCase('vi');
    const found = wb.sheets.find((s) => s.name.toLocaleLowerCase('vi') === wanted);
    if (!found) {
      const list = wb.sheets.map((s) => `"${s.name}"`).join(', ');
      throw new CliError(`Tệp "${wb.file}" không có trang tính "${named}". Các trang tính: ${list}.`, `"${wb.file}" has no sheet "${named}". Its sheets: ${list}.`);
    }
    return [found.name];
  }
  // Only hidden sheets that hold a table are worth a word: a hidden list sheet for dropdowns is the workbook's own business.
  const hidden = wb.sheets.filter((s) => s.state !== 'visible' && findTable(wb.grid(s.name).values) !== undefined);
  if (hidden.length) {
    const list = hidden.map((s) => `"${s.name}"`).join(', ');
    ctx.err(say(ctx, `${wb.file}: bỏ qua trang tính ẩn ${list} (dùng --sheet "tên trang" để chọn).`, `${wb.file}: hidden ${hidden.length === 1 ? 'sheet' : 'sheets'} ${list} skipped (use --sheet "name" to choose one).`));
  }
  return wb.sheets.filter((s) => s.state === 'visible').map((s) => s.name);
}

/** Every sheet to read with a table the core recognises, in workbook order. */
export function tablesOf(wb: OpenedWorkbook, named: string | undefined, ctx: CliContext): SheetTable[] {
  const found: SheetTable[] = [];
  for (const name of sheetsToRead(wb, named, ctx)) {
    const grid = wb.grid(name);
    const table = findTable(grid.values);
    if (table) found.push({ grid, table });
  }
  return found;
}

/**
 * The score table a command scores: on the sheet the workbook opens on when that sheet is visible
 * and holds one, else the first. With several, the output says which sheet was used.
 */
export function scoreTableOf(wb: OpenedWorkbook, named: string | undefined, ctx: CliContext): SheetTable | undefined {
  const scores = tablesOf(wb, named, ctx).filter((t) => t.table.kind === 'score');
  const chosen = scores.find((t) => t.grid.name === wb.activeSheet) ?? scores[0];
  if (chosen && scores.length > 1) {
    const others = scores.filter((t) => t !== chosen).map((t) => `"${t.grid.name}"`).join(', ');
    ctx.err(say(ctx, `${wb.file}: có ${scores.length} bảng chấm điểm; dùng trang "${chosen.grid.name}" (các trang khác: ${others}; chọn bằng --sheet).`,
      `${wb.file}: ${scores.length} score tables; using sheet "${chosen.grid.name}" (others: ${others}; choose with --sheet).`));
  }
  return chosen;
}

/** The --sheet option's value. */
export function sheetOption(values: Readonly<Record<string, string | boolean | undefined>>): string | undefined {
  return typeof values.sheet === 'string' ? values.sheet : undefined;
}
