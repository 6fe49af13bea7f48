import { preferredSheet, type OpenedWorkbook, type SheetGrid } from '../files/xlsx';
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
  return readableSheets(wb, named, ctx).sheets;
}

/** The sheets to read, and the hidden sheets holding a table that were left out. */
function readableSheets(wb: OpenedWorkbook, named: string | undefined, ctx: CliContext): { sheets: string[]; skipped: string[] } {
  if (named !== undefined) {
    const wanted = named.toLocaleLowerCase('vi');
    const found = wb.sheets.find((s) => s.name.toLocaleLowerCase('vi') === wanted);
    if (!found) {
      const list = wb.sheets.map((s) => `"${s.name}"`).join(', ');
      throw new CliError(`Tệp "${wb.file}" không có trang tính "${named}". Các trang tính: ${list}.`, `"${wb.file}" has no sheet "${named}". Its sheets: ${list}.`);
    }
    return { sheets: [found.name], skipped: [] };
  }
  // Only hidden sheets that hold a table are worth a word: a hidden list sheet for dropdowns is the workbook's own business.
  const hidden = wb.sheets.filter((s) => s.state !== 'visible' && findTable(wb.grid(s.name).values) !== undefined);
  if (hidden.length) {
    const list = hidden.map((s) => `"${s.name}"`).join(', ');
    ctx.err(say(ctx, `${wb.file}: bỏ qua trang tính ẩn ${list} (dùng --sheet "tên trang" để chọn).`, `${wb.file}: hidden ${hidden.length === 1 ? 'sheet' : 'sheets'} ${list} skipped (use --sheet "name" to choose one).`));
  }
  return { sheets: wb.sheets.filter((s) => s.state === 'visible').map((s) => s.name), skipped: hidden.map((s) => s.name) };
}

/** Every sheet to read with a table the core recognises, in workbook order. */
export function tablesOf(wb: OpenedWorkbook, named: string | undefined, ctx: CliContext): SheetTable[] {
  return tablesAndSkipped(wb, named, ctx).tables;
}

function tablesAndSkipped(wb: OpenedWorkbook, named: string | undefined, ctx: CliContext): { tables: SheetTable[]; skipped: string[] } {
  const { sheets, skipped } = readableSheets(wb, named, ctx);
  const found: SheetTable[] = [];
  for (const name of sheets) {
    const grid = wb.grid(name);
    const table = findTable(grid.values);
    if (table) found.push({ grid, table });
  }
  return { tables: found, skipped };
}

/**
 * The score table a command scores: on the sheet the workbook opens on when that sheet is visible
 * and holds one, else the first. With several, the output says which sheet was used.
 */
export function scoreTableOf(wb: OpenedWorkbook, named: string | undefined, ctx: CliContext): SheetTable | undefined {
  const { tables, skipped } = tablesAndSkipped(wb, named, ctx);
  const scores = tables.filter((t) => t.table.kind === 'score');
  const chosenName = preferredSheet(scores.map((t) => t.grid.name), wb.activeSheet);
  const chosen = scores.find((t) => t.grid.name === chosenName);
  if (chosen && scores.length + skipped.length > 1) {
    const others = [...scores.filter((t) => t !== chosen).map((t) => t.grid.name), ...skipped].map((n) => `"${n}"`).join(', ');
    ctx.err(say(ctx, `${wb.file}: dùng bảng chấm điểm ở trang "${chosen.grid.name}" (sổ còn bảng ở trang ${others}; chọn trang khác bằng --sheet).`,
      `${wb.file}: using the score table on sheet "${chosen.grid.name}" (the workbook also has tables on ${others}; choose another with --sheet).`));
  }
  return chosen;
}

/** The --sheet option's value. */
export function sheetOption(values: Readonly<Record<string, string | boolean | undefined>>): string | undefined {
  return typeof values.sheet === 'string' ? values.sheet : undefined;
}
