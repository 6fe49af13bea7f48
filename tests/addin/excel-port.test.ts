import { buildChamDiem } from '../../shared/templates/kinds/cham-diem';
import { scoreGrid } from '../../shared';
import { applyWrites, insertSpec, readGrid } from '../../addin/src/excel/excel-port';
import { FakeExcel } from '../helpers/fake-excel';
import { largeSet, scoreRows } from '../helpers/large-set';

type Ctx = Excel.RequestContext;

async function insertLarge(leaves: number): Promise<FakeExcel> {
  const excel = new FakeExcel();
  excel.addSheet('Sheet1', [['ghi chú của người dùng']]);
  const spec = buildChamDiem({ year: 2026, set: largeSet(leaves) });
  const name = await insertSpec(excel.context() as Ctx, spec);
  expect(name).toBe('Chấm điểm CCHC 2026');
  return excel;
}

async function scoreSheet(rows: number): Promise<{ excel: FakeExcel; syncs: number; writes: number }> {
  const excel = new FakeExcel();
  excel.addSheet('Điểm', scoreRows(rows));
  const ctx = excel.context() as Ctx & { workbook: { worksheets: { getActiveWorksheet(): Excel.Worksheet } } };
  const sheet = ctx.workbook.worksheets.getActiveWorksheet();
  const grid = await readGrid(ctx, sheet);
  const outcome = scoreGrid(grid, largeSet(7));
  if (!outcome.ok) throw new Error('no table');
  const chart = outcome.value.chart;
  await applyWrites(ctx, sheet, grid, outcome.value.writes, chart ? { plan: chart, probe: { isNullObject: true } as Excel.Chart } : undefined);
  return { excel, syncs: excel.syncs, writes: outcome.value.writes.length };
}

describe('the Excel adapter', () => {
  test('inserting the largest template takes the same round trips at 10 and at 2 000 rows', async () => {
    const small = await insertLarge(10);
    const large = await insertLarge(2000);
    expect(small.syncs).toBe(2);
    expect(large.syncs).toBe(2);
  });

  test('nothing is written outside the new sheet', async () => {
    const excel = await insertLarge(10);
    expect(excel.writtenSheets()).toEqual(new Set(['Chấm điểm CCHC 2026']));
    expect(excel.sheets.find((s) => s.name === 'Sheet1')?.values).toEqual([['ghi chú của người dùng']]);
    const written = excel.sheets.find((s) => s.name === 'Chấm điểm CCHC 2026');
    expect(written?.values[1]?.[0]).toBe('XÃ ……………');
  });

  test('scoring is one read and one write, at 10 rows as at 2 000', async () => {
    const small = await scoreSheet(10);
    const large = await scoreSheet(2000);
    expect([small.syncs, large.syncs]).toEqual([2, 2]);
    expect(large.writes).toBeGreaterThan(2000); // what a per-cell adapter would pay in round trips
    expect(large.excel.ops.filter((o) => o.path.endsWith('charts.add')).map((o) => o.args.slice(0, 1))).toEqual([['BarClustered']]);
    // Only computed cells: the deduction column beside the rows, and new rows below the table.
    const blocks = large.excel.ops.filter((o) => o.path.endsWith('.formulas')).map((o) => /range\((\d+),(\d+),(\d+)x1\)/.exec(o.path)).map((m) => [Number(m?.[1]), Number(m?.[2])]);
    expect(blocks.length).toBeGreaterThan(2);
    for (const [row, column] of blocks) expect(column === 5 || (row ?? 0) >= 2001).toBe(true);
    const d = large.excel.sheets[0];
    expect(d?.formulas[1]?.[5]).toBe('IF(E2="","",ROUND(E2-C2,2))');
    expect(d?.values[1]?.slice(0, 5)).toEqual(['1.1', 'Tiêu chí 1', 2, 2, 0]);
  });

  test('a failure in the middle of an insertion leaves no half-built sheet and reports the cause', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Sheet1');
    excel.failOnOp = 'format.wrapText';
    const spec = buildChamDiem({ year: 2026 });
    await expect(insertSpec(excel.context() as Ctx, spec)).rejects.toThrow('Lỗi Excel giả lập');
    expect(excel.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  test('a second template gets a free name', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Chấm điểm CCHC 2026');
    expect(await insertSpec(excel.context() as Ctx, buildChamDiem({ year: 2026 }))).toBe('Chấm điểm CCHC 2026 (2)');
  });
});
