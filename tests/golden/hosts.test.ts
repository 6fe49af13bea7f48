import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { DEFAULT_CRITERIA_SET, a1, checkGrid, scoreGrid, type ScoreColumn } from '../../shared';
import { excelBackend } from '../../addin/src/excel/backend';
import { readGrid } from '../../addin/src/excel/excel-port';
import { FakeExcel, installExcel, uninstallExcel } from '../helpers/fake-excel';
import { FakeApp } from '../helpers/fake-spreadsheet-app';
import { loadGasBundle } from '../helpers/gas-bundle';
import { cchc } from '../helpers/run-cli';
import { tempDir } from '../helpers/temp-dir';
import { goldenCases, type GoldenCase } from './golden-cases';

const HEADERS: Readonly<Record<ScoreColumn, string>> = {
  code: 'STT', name: 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', max: 'Điểm chuẩn', self: 'Điểm tự đánh giá', appraised: 'Điểm thẩm định',
  deduction: 'Điểm bị trừ', opinion: 'Ý kiến Hội đồng thẩm định', responsible: 'Đơn vị chịu trách nhiệm', evidence: 'Tài liệu kiểm chứng',
  result: 'Kết quả thực hiện', resultBase: 'Tổng số / không phát sinh',
};

/** The case's cells as a sheet: a header row naming each column as staff do, then the rows as typed ("=…" a formula). */
function sheetOf(c: GoldenCase): unknown[][] {
  if (c.layout.kind !== 'score') throw new Error('score cases only');
  const width = Math.max(...c.cells.map((r) => r.length));
  const header = Array.from({ length: width }, () => '' as string);
  for (const [role, offset] of Object.entries(c.layout.columns) as [ScoreColumn, number][]) header[offset] = HEADERS[role];
  return [header, ...c.cells.map((r) => [...r])];
}

/** The case as a real .xlsx, as a spreadsheet saves it: each formula with its result cached beside it. */
async function workbookOf(c: GoldenCase): Promise<string> {
  const file = join(tempDir('cchc-golden-'), `${c.name}.xlsx`);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Điểm');
  sheetOf(c).forEach((row, i) => row.forEach((v, j) => {
    const address = a1(i + 1, j + 1);
    const result = c.results.get(address) as number | string | boolean | undefined;
    const formula: ExcelJS.CellFormulaValue = result === undefined ? { formula: '' } : { formula: '', result };
    if (typeof v === 'string' && v.startsWith('=')) formula.formula = v.slice(1);
    ws.getCell(address).value = formula.formula ? formula : v as ExcelJS.CellValue;
  }));
  await wb.xlsx.writeFile(file);
  return file;
}

afterEach(uninstallExcel);

type Totals = { max: number; self: number; appraised: number; deduction: number; lost: number };
const expectedTotals = (c: GoldenCase): Totals => (c.expected as { totals: Totals }).totals;
const near = (t: Totals): Totals => ({ max: Math.round(t.max * 100) / 100, self: Math.round(t.self * 100) / 100, appraised: Math.round(t.appraised * 100) / 100, deduction: Math.round(t.deduction * 100) / 100, lost: t.lost });

describe.each(goldenCases('score'))('every host scores golden case $name alike', (c) => {
  test('Google Sheets (Code.js over the recording fake)', () => {
    const app = new FakeApp();
    app.addSheet('Điểm', sheetOf(c));
    const { g } = loadGasBundle(app);
    const r = g.scoreActiveSheet?.() as { totals: Totals };
    expect(near(r.totals)).toEqual(expectedTotals(c));
  });

  test('Excel (the adapter over the fake Excel objects)', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Điểm', sheetOf(c));
    const ctx = excel.context() as Excel.RequestContext;
    const grid = await readGrid(ctx, ctx.workbook.worksheets.getActiveWorksheet());
    const outcome = scoreGrid(grid, DEFAULT_CRITERIA_SET);
    if (!outcome.ok) throw new Error('no table');
    expect(near(outcome.value.totals)).toEqual(expectedTotals(c));
  });

  test('the command line (a real .xlsx)', async () => {
    const file = await workbookOf(c);
    const run = await cchc('score', file, '--json');
    expect((JSON.parse(run.out) as { totals: Totals }).totals).toEqual(expectedTotals(c));
  });
});

describe.each(goldenCases('validate'))('every host checks golden case $name alike', (c) => {
  const expected = (c.expected as { problems: { cell: string; code: string }[] }).problems.map((p) => [p.cell, p.code]);
  // The cells "Sửa tất cả" (check --fix) writes, and the value each takes: never a formula.
  const fixes = (c.expected as { fixes: [string, number | string][] }).fixes;

  test('Google Sheets', () => {
    const app = new FakeApp();
    app.addSheet('Điểm', sheetOf(c));
    const { g } = loadGasBundle(app);
    const r = g.checkActiveSheet?.() as { problems: { cell: string; code: string }[] };
    expect(r.problems.map((p) => [p.cell, p.code])).toEqual(expected);
    const before = app.rec.writes.length;
    g.applyFixes?.('Điểm');
    const written = app.rec.writes.slice(before).map((w) => a1(w.row, w.column));
    expect(written.map((cell) => [cell, app.cell('Điểm', cell)?.value])).toEqual(fixes);
  });

  test('Excel', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Điểm', sheetOf(c));
    const ctx = excel.context() as Excel.RequestContext;
    const outcome = checkGrid(await readGrid(ctx, ctx.workbook.worksheets.getActiveWorksheet()));
    if (!outcome.ok) throw new Error('no table');
    expect(outcome.value.map((p) => [p.cell, p.code])).toEqual(expected);
    installExcel(excel);
    const before = excel.ops.length;
    await excelBackend.applyFixes('Điểm');
    const written = excel.ops.slice(before).filter((o) => o.kind === 'set').map((o) => [/\.range\(([A-Z]+\d+)\)\.values$/.exec(o.path)?.[1], (o.args[0] as unknown[][])[0]?.[0]]);
    expect(written).toEqual(fixes);
  });

  test('the command line', async () => {
    const file = await workbookOf(c);
    const run = await cchc('check', file, '--json');
    expect((JSON.parse(run.out) as { problems: { cell: string; code: string }[] }).problems.map((p) => [p.cell, p.code])).toEqual(expected);
    const fixed = await cchc('check', file, '--fix', '-o', join(tempDir('cchc-golden-fixed-'), `${c.name}.xlsx`), '--json');
    expect((JSON.parse(fixed.out) as { fixed: { cell: string; to: number | string }[] }).fixed.map((f) => [f.cell, f.to])).toEqual(fixes);
  });
});
