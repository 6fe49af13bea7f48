/// <reference types="google-apps-script" />
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { DEFAULT_CRITERIA_SET, columnWidthPoints, scoreGrid, type ScoreOutcome } from '../../shared';
import { applyWrites, readGrid } from '../../addin/src/excel/excel-port';
import { readGrid as readXlsxGrid } from '../helpers/exceljs-grid';
import { FakeExcel } from '../helpers/fake-excel';
import { FakeApp } from '../helpers/fake-spreadsheet-app';
import { loadGasBundle } from '../helpers/gas-bundle';
import { cchc } from '../helpers/run-cli';
import { seed003Workbook } from '../helpers/seed-workbooks';
import { tempDir } from '../helpers/temp-dir';

/** A cell's look in the terms every host shares: what a user sees on the printed block. */
interface Look { bold: boolean; fill: string | null; border: boolean; wrap: boolean; align: string }

const colour = (c: unknown): string | null => (typeof c === 'string' && c !== '' ? c.replace(/^#/, '').slice(-6).toUpperCase() : null);
const a1 = (row: number, column: number): string => `${String.fromCharCode(64 + column)}${row}`;

/**
 * Seed 003 scored in place by the CLI, by the Excel adapter and by the Sheets script, each reading
 * the same column widths (characters in the .xlsx, points in Excel, pixels in Sheets): the block of
 * points by area gets the same looks, and the rows whose texts wrap the same heights.
 */
describe('seed 003 scored in place: every host prints the block and the wrapped rows alike', () => {
  let dir = '';
  let outcome: ScoreOutcome;
  let widths: (number | undefined)[] = [];
  let heights: (number | undefined)[] = [];
  let values: unknown[][] = [];
  let sheetName = '';
  const cli = { looks: new Map<string, Look>(), heights: new Map<number, number>() };

  beforeAll(async () => {
    dir = tempDir('cchc-looks-');
    const input = join(dir, 'seed-003.xlsx');
    await seed003Workbook(input);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(input);
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    const grid = readXlsxGrid(ws);
    sheetName = grid.name;
    values = grid.values.map((r) => [...r]);
    widths = [...grid.columnWidths];
    heights = [...grid.rowHeights];
    const scored = scoreGrid(grid, DEFAULT_CRITERIA_SET);
    if (!scored.ok) throw new Error('no table');
    outcome = scored.value;

    const output = join(dir, 'scored.xlsx');
    const run = await cchc('score', input, '-o', output);
    // Seed 003 keeps one figure typed "0.25" among comma decimals: scored and written, with exit 1 for that error.
    expect(run.code).toBe(1);
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(output);
    const ows = out.worksheets[0];
    if (!ows) throw new Error('no sheet');
    for (const w of outcome.writes) {
      if (!w.style) continue;
      const cell = ows.getCell(w.row, w.column);
      const fill = cell.fill?.type === 'pattern' ? colour(cell.fill.fgColor?.argb) : null;
      cli.looks.set(a1(w.row, w.column), {
        bold: cell.font?.bold ?? false, fill, border: cell.border?.top?.style === 'thin' || cell.border?.top?.style !== undefined,
        wrap: cell.alignment?.wrapText ?? false, align: cell.alignment?.horizontal ?? 'left',
      });
    }
    for (const h of outcome.heights ?? []) cli.heights.set(h.row, ows.getRow(h.row).height);
  });

  test('the core plans the block and the heights the CLI wrote', () => {
    // The title, the three headers, and name, maximum and points of each of seed 003's 7 areas.
    const styled = outcome.writes.filter((w) => w.style);
    expect(outcome.areas.length).toBe(7);
    expect(styled.length).toBe(1 + 3 + 7 * 3);
    expect(outcome.heights?.length ?? 0).toBeGreaterThan(5);
    const header = styled.find((w) => w.value === 'Lĩnh vực');
    if (!header) throw new Error('no header');
    expect(cli.looks.get(a1(header.row, header.column))).toEqual({ bold: true, fill: 'DDEBF7', border: true, wrap: true, align: 'center' });
    for (const h of outcome.heights ?? []) expect(cli.heights.get(h.row)).toBe(h.height);
  });

  test('Excel: same looks on the same cells, same row heights (points), in two round trips', async () => {
    const excel = new FakeExcel();
    const data = excel.addSheet(sheetName, values);
    // Excel reports widths in points: the .xlsx characters as Excel shows them.
    widths.forEach((w, c) => { if (w !== undefined) data.columnWidths.set(c, columnWidthPoints(w)); });
    heights.forEach((h, r) => { if (h !== undefined) data.rowHeights.set(r, h); });
    const ctx = excel.context() as Excel.RequestContext;
    const sheet = ctx.workbook.worksheets.getActiveWorksheet();
    const grid = await readGrid(ctx, sheet, { supports: () => true });
    const scored = scoreGrid(grid, DEFAULT_CRITERIA_SET);
    if (!scored.ok) throw new Error('no table');
    await applyWrites(ctx, sheet, scored.value.writes, undefined, scored.value.heights);
    expect(excel.syncs).toBe(2);
    const looks = excel.looks(sheetName);
    for (const [cell, want] of cli.looks) {
      const l = looks.get(cell) ?? {};
      expect([cell, {
        bold: l['font.bold'], fill: colour(l['fill.color']), border: l.border === 'Continuous', wrap: l.wrapText,
        align: String(l.horizontalAlignment ?? 'Left').toLowerCase(),
      }]).toEqual([cell, want]);
    }
    for (const [row, h] of cli.heights) expect([row, data.rowHeights.get(row - 1)]).toEqual([row, h]);
  });

  test('Sheets: same looks on the same cells, same row heights (pixels at 96 dpi)', () => {
    const app = new FakeApp();
    const sheet = app.addSheet(sheetName, values);
    // Sheets reports widths and heights in pixels: 4 px for every 3 pt.
    widths.forEach((w, c) => { if (w !== undefined) sheet.setColumnWidth(c + 1, Math.round(columnWidthPoints(w) * 4 / 3)); });
    heights.forEach((h, r) => { if (h !== undefined) sheet.setRowHeight(r + 1, Math.round(h * 4 / 3)); });
    const { g } = loadGasBundle(app);
    g.scoreActiveSheet?.();
    for (const [cell, want] of cli.looks) {

      const l = app.cell(sheetName, cell)?.look ?? {};

      expect([cell, { bold: l.fontWeight === 'bold', fill: colour(l.background), border: l.border ?? false, wrap: l.wrap ?? false, align: l.horizontalAlignment ?? 'left' }]).toEqual([cell, want]);
    }
    for (const [row, h] of cli.heights) expect([row, sheet.rowHeights.get(row)]).toEqual([row, Math.round(h * 4 / 3)]);
  });
});
