import { DEFAULT_CRITERIA_SET } from '../../shared';
import { excelBackend } from '../../addin/src/excel/backend';
import { CELL_LIMIT, FakeExcel, PAYLOAD_LIMIT, installExcel, uninstallExcel } from '../helpers/fake-excel';
import { scoreRows } from '../helpers/large-set';
import { FakeSettingsDocument, type FakeSettings } from '../helpers/fake-office-settings';

/** Office and Excel as the backend finds them in the task pane, over one fake workbook. */
const install = installExcel;

afterEach(uninstallExcel);

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
    expect(listed.problems?.map((p) => [p.code, p.params.name])).toEqual([['stored_set_unreadable', 'Bộ sửa tay']]);
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

describe('outcome wordings Excel could not hold in a formula', () => {
  test('cham-diem with a 331-character wording and comma wordings past 255 characters inserts; the wordings are cells, hidden, and the dropdown lists them', async () => {
    const { longWordingSet, LONG_WORDING, COMMA_WORDINGS } = await import('../helpers/long-wordings');
    const set = longWordingSet();
    const excel = new FakeExcel();
    excel.addSheet('Trang tính1', [['']]);
    install(excel, { 'cchc.sets': { active: set.id, sets: [set] } });
    const inserted = await excelBackend.insertTemplate({ id: 'cham-diem', year: 2026, unit: '', withEvidence: false });
    const sheet = excel.sheets.find((s) => s.name === inserted.sheet);
    if (!sheet) throw new Error('not inserted');
    const row = (code: string): number => sheet.values.findIndex((r) => r[0] === code);
    const [r111, r125] = [row('1.1.1'), row('1.2.5')];
    expect(sheet.values[r111]?.slice(10, 13)).toEqual([LONG_WORDING, 'Ban hành, nhưng không kịp thời', 'Không ban hành']);
    expect(sheet.values[r125]?.slice(10, 13)).toEqual([...COMMA_WORDINGS]);
    expect(sheet.formulas[r111]?.[3]).toBe(`IF(I${r111 + 1}="","",IF(I${r111 + 1}=K${r111 + 1},1,IF(I${r111 + 1}=L${r111 + 1},0.5,IF(I${r111 + 1}=M${r111 + 1},0,""))))`);
    const paths = excel.ops.map((o) => `${o.path}=${JSON.stringify(o.args[0])}`);
    expect(paths.filter((p) => p.includes('columnHidden'))).toEqual([expect.stringMatching(/range\(K:M\)\.columnHidden=true$/)]);
    expect(paths.filter((p) => p.includes(`range(I${r125 + 1}).dataValidation.rule`))).toEqual([expect.stringContaining(`"source":"=$K$${r125 + 1}:$M$${r125 + 1}"`)]);
  });
});

describe('stored sets against Office.Settings as documented', () => {
  /** One co-author's copy of the add-in: Office, Excel and the settings bag, in the globals the backend reads. */
  function session(excel: FakeExcel, settings: FakeSettings): void {
    const g = globalThis as unknown as Record<string, unknown>;
    g.Excel = { run: (fn: (ctx: unknown) => Promise<unknown>) => fn(excel.context()) };
    g.Office = {
      context: { requirements: { isSetSupported: (set: string) => set === 'ExcelApi' }, document: { settings } },
      AsyncResultStatus: { Succeeded: 'succeeded' },
      EventType: { SettingsChanged: 'settingsChanged' },
    };
  }
  const setOf = (id: string, name: string): unknown => ({ ...DEFAULT_CRITERIA_SET, id, name });

  test('two co-authors importing at once both keep their set: each save refreshes first; settingsChanged recalculates', async () => {
    const { watchSets } = await import('../../addin/src/excel/backend');
    const doc = new FakeSettingsDocument();
    const [a, b] = [doc.open(), doc.open()];
    const excel = new FakeExcel();
    session(excel, b);
    watchSets();
    const calculations = (): number => excel.ops.filter((o) => o.path === 'workbook.application.calculate').length;
    // Co-author A saves a set in their own copy of the add-in, after B's copy was loaded.
    a.set('cchc.sets', { active: 'bo-a', sets: [setOf('bo-a', 'Bộ của A')] });
    a.saveAsync(() => undefined);
    await new Promise((r) => setTimeout(r, 0));
    // settingsChanged in B's copy: B read the document again and asked Excel for one full recalculation.
    expect([b.refreshes, calculations()]).toEqual([1, 1]);
    expect((await excelBackend.listSets()).sets.map((s) => s.id)).toEqual([DEFAULT_CRITERIA_SET.id, 'bo-a']);
    // A saves again; B imports before any event reaches it: B's save reads the document first, so A's set stays.
    doc.saved = structuredClone({ 'cchc.sets': { active: 'bo-a2', sets: [setOf('bo-a', 'Bộ của A'), setOf('bo-a2', 'Bộ thứ hai của A')] } });
    expect((await excelBackend.importSetJson(JSON.stringify(setOf('bo-b', 'Bộ của B')))).ok).toBe(true);
    expect((doc.saved['cchc.sets'] as { sets: { id: string }[] }).sets.map((s) => s.id)).toEqual(['bo-a', 'bo-a2', 'bo-b']);
  });

  test('a damaged active set: the panel lists the problem, the functions answer with it, not with the example set', async () => {
    const doc = new FakeSettingsDocument();
    doc.saved = { 'cchc.sets': { active: 'hong', sets: [{ id: 'hong', name: 'Bộ sửa tay', areas: 'x' }] } };
    session(new FakeExcel(), doc.open());
    const listed = await excelBackend.listSets();
    expect(listed.problems?.map((p) => [p.code, p.params.name])).toEqual([['stored_set_unreadable', 'Bộ sửa tay']]);
    const g = globalThis as unknown as Record<string, unknown>;
    class FnError extends Error { constructor(readonly code: string, message: string) { super(message); } }
    g.CustomFunctions = { associate: () => undefined, Error: FnError, ErrorCode: { invalidValue: '#VALUE!' } };
    try {
      const { score } = await import('../../addin/src/functions/functions');
      expect(() => score([['1.1']], [[1]], [[2]])).toThrow(/^Bộ chỉ số đã lưu "Bộ sửa tay" không đọc được/);
      doc.saved = {};
      session(new FakeExcel(), doc.open());
      expect(score([[1]], [[8]], [[112]])).toEqual([[0.07]]);
      const failing = doc.open();
      failing.failGet = 'Settings are not loaded.';
      session(new FakeExcel(), failing);
      expect(() => score([[1]], [[8]], [[112]])).toThrow(/không đọc được \(Excel không cho đọc/);
    } finally {
      delete g.CustomFunctions;
    }
  });

  test('a stored set can be removed; the store\'s size is reported', async () => {
    const doc = new FakeSettingsDocument();
    session(new FakeExcel(), doc.open());
    expect((await excelBackend.importSetJson(JSON.stringify(setOf('bo-a', 'Bộ của A')))).ok).toBe(true);
    const before = await excelBackend.listSets();
    expect([before.active, (before.usage?.bytes ?? 0) > 1000, before.usage?.limit]).toEqual(['bo-a', true, undefined]);
    await excelBackend.removeSet('bo-a');
    const after = await excelBackend.listSets();
    expect([after.active, after.sets.map((s) => s.id), (doc.saved['cchc.sets'] as { sets: unknown[] }).sets]).toEqual([DEFAULT_CRITERIA_SET.id, [DEFAULT_CRITERIA_SET.id], []]);
  });
});
