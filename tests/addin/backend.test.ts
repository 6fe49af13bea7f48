import { DEFAULT_CRITERIA_SET } from '../../shared';
import { excelBackend } from '../../addin/src/excel/backend';
import { CELL_LIMIT, FakeExcel, PAYLOAD_LIMIT } from '../helpers/fake-excel';
import { scoreRows } from '../helpers/large-set';

/** Office and Excel as the backend finds them in the task pane, over one fake workbook. */
function install(excel: FakeExcel, settings: Record<string, unknown> = {}): void {
  const g = globalThis as unknown as Record<string, unknown>;
  g.Excel = { run: (fn: (ctx: unknown) => Promise<unknown>) => fn(excel.context()) };
  g.Office = {
    context: {
      requirements: { isSetSupported: (set: string) => set === 'ExcelApi' },
      document: { settings: { get: (k: string) => settings[k] ?? null, set: (k: string, v: unknown) => { settings[k] = v; }, saveAsync: (cb: (r: unknown) => void) => cb({ status: 'succeeded' }) } },
    },
    AsyncResultStatus: { Succeeded: 'succeeded' },
  };
}

afterEach(() => {
  const g = globalThis as unknown as Record<string, unknown>;
  delete g.Excel;
  delete g.Office;
});

// Checked against 30898a3: each test below fails there and passes now.
describe('the Excel backend against documented host behaviour', () => {
  test('cleaning Ctrl+A over 30 000 rows of Vietnamese text reads in chunks under 5 MB, cleans only what needs it', async () => {
    const excel = new FakeExcel();
    const text = 'Đã ban hành kế hoạch cải cách hành chính năm 2026 đúng thời hạn, đầy đủ nội dung theo hướng dẫn của tỉnh; ';
    const rows = Array.from({ length: 30_000 }, (_, i) => [i % 1000 === 0 ? `<b>${text}</b>` : `${text}${i}`, i % 1500 === 0 ? `${text}&nbsp;x` : `Ý kiến ${i}`]);
    excel.addSheet('Ý kiến', rows);
    excel.selection = [{ rowIndex: 0, columnIndex: 0, rowCount: 1_048_576, columnCount: 16_384 }];
    install(excel);
    const result = await excelBackend.clean();
    expect(result).toEqual({ changed: 30 + 20 });
    expect(excel.largestResponse).toBeLessThan(PAYLOAD_LIMIT);
    expect(excel.largestRequest).toBeLessThan(PAYLOAD_LIMIT);
    expect(excel.largestRead).toBeLessThan(CELL_LIMIT);
    const data = excel.sheets[0];
    expect(data?.values[0]?.[0]).toBe(text.trim());
    expect(data?.values[1]).toEqual([`${text}1`, 'Ý kiến 1']);
  });

  test('several selected areas are all cleaned (getSelectedRange would throw on them)', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Ý kiến', [['<p>Đồng ý</p>', '=A1'], ['x', 'y'], ['Đạt&nbsp;yêu cầu', '=không phải công thức']]);
    excel.selection = [{ rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 2 }, { rowIndex: 2, columnIndex: 0, rowCount: 1, columnCount: 2 }];
    install(excel);
    const data = excel.sheets[0];
    // Text typed as '=không phải công thức: no formula, the text as its value.
    if (data) {
      (data.formulas[2] as (string | null)[])[1] = null;
      (data.values[2] as unknown[])[1] = '=không phải công thức';
    }
    expect(await excelBackend.clean()).toEqual({ changed: 2 });
    expect([data?.values[0]?.[0], data?.formulas[0]?.[1], data?.values[2]?.[0], data?.values[2]?.[1], data?.formulas[2]?.[1]])
      .toEqual(['Đồng ý', 'A1', 'Đạt yêu cầu', '=không phải công thức', null]);
  });

  test('a changed set recalculates the functions once; a damaged stored set falls back to the example set with a message', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Điểm', scoreRows(10));
    const settings: Record<string, unknown> = { 'cchc.sets': { active: 'hong', sets: [{ id: 'hong', name: 'Bộ sửa tay', areas: 'x' }] } };
    install(excel, settings);
    const listed = await excelBackend.listSets();
    expect(listed.active).toBe(DEFAULT_CRITERIA_SET.id);
    expect(listed.problems?.map((p) => [p.code, p.params.name])).toEqual([['stored_set_invalid', 'Bộ sửa tay']]);
    const scored = await excelBackend.score();
    expect('noTable' in scored ? 0 : scored.totals.lost).toBe(10);
    await excelBackend.setActiveSet(DEFAULT_CRITERIA_SET.id);
    expect(excel.ops.filter((o) => o.path === 'workbook.application.calculate').map((o) => o.args)).toEqual([['Full']]);
  });
});

test('the summary reads each sheet on its own, in chunks: three 3 MB score sheets never make a response over 5 MB', async () => {
  const excel = new FakeExcel();
  const opinion = 'Chưa ban hành văn bản chỉ đạo, điều hành cải cách hành chính đầy đủ; báo cáo gửi chậm so với quy định, thiếu số liệu kiểm chứng. '.repeat(2);
  for (const unit of ['Xã A', 'Xã B', 'Xã C']) excel.addSheet(unit, scoreRows(6000).map((row, i) => (i === 0 ? row : [...row.slice(0, 6), opinion])));
  install(excel);
  const result = await excelBackend.summary();
  expect('noTable' in result ? 0 : result.units).toBe(3);
  expect(excel.largestResponse).toBeLessThan(PAYLOAD_LIMIT);
});
