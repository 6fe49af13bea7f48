/// <reference types="google-apps-script" />
import { DEFAULT_CRITERIA_SET, templateSpec } from '../../shared';
import { FakeApp } from '../helpers/fake-spreadsheet-app';
import { loadGasBundle } from '../helpers/gas-bundle';
import { largeSet, scoreRows } from '../helpers/large-set';
import { CA_MAU_1880_GRID } from '../fixtures/ca-mau-1880';
import { COMMA_WORDINGS, LONG_WORDING, longWordingSet } from '../helpers/long-wordings';

/** Calls made by one server function, from a fresh recorder. */
function callsOf(app: FakeApp, run: () => unknown): string[] {
  const before = app.rec.calls.length;
  run();
  return app.rec.calls.slice(before);
}

function insertWithSet(leaves: number): { app: FakeApp; calls: string[]; sheet: string } {
  const app = new FakeApp();
  app.addSheet('Trang tính1');
  const { g } = loadGasBundle(app);
  const imported = g.importSetJson?.(JSON.stringify(largeSet(leaves))) as { ok: boolean };
  expect(imported.ok).toBe(true);
  let sheet = '';
  const calls = callsOf(app, () => { sheet = (g.insertTemplate?.({ id: 'cham-diem', year: 2026 }) as { sheet: string }).sheet; });
  return { app, calls, sheet };
}

function scoreSheetOf(rows: number): { app: FakeApp; calls: string[]; result: { totals: { lost: number }; written: number } } {
  const app = new FakeApp();
  app.addSheet('Điểm', scoreRows(rows));
  const { g } = loadGasBundle(app);
  let result = { totals: { lost: 0 }, written: 0 };
  const calls = callsOf(app, () => { result = g.scoreActiveSheet?.() as typeof result; });
  return { app, calls, result };
}

describe('the Sheets adapter', () => {
  test('importing the decision\'s table pasted into the active sheet stores the set and makes it active', () => {
    const app = new FakeApp();
    app.addSheet('Dán', CA_MAU_1880_GRID.map((r) => r.map((v) => v ?? '')));
    const { g } = loadGasBundle(app);
    const r = g.importDecisionTable?.() as { ok: boolean; name: string; problems: { code: string }[] };
    expect([r.ok, r.name, r.problems.map((p) => p.code)]).toEqual([true, 'BỘ TIÊU CHÍ ĐÁNH GIÁ, CHẤM ĐIỂM CÔNG TÁC CẢI CÁCH HÀNH CHÍNH CẤP HUYỆN', ['import_scale_missing']]);
    const sets = g.listSets?.() as { active: string; sets: { id: string }[] };
    expect(sets.active).toBe('ca-mau-huyen-2013-1880-qd-ubnd');
    expect(sets.sets.map((s) => s.id)).toContain('ca-mau-huyen-2013-1880-qd-ubnd');
  });

  test('inserting the largest template costs the same calls at 10 rows and at 2 000 rows', () => {
    const small = insertWithSet(10);
    const large = insertWithSet(2000);
    expect(large.calls).toEqual(small.calls);
    // Builders are objects of the script (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder):
    // the calls that reach the spreadsheet are the rest, one setDataValidations for every dropdown and check of the sheet.
    const builders = (c: string): boolean => /Builder\.|^SpreadsheetApp\.new/.test(c);
    // Row heights the description states (the letterhead's larger type, the header, a wrapped label below the table) are a few
    // setRowHeights calls (one per run of equal heights), the same at any length.
    // Every row with text states its height (room above and below the text), so runs are shorter: still the same at any length.
    expect(small.calls.filter((c) => !builders(c)).length).toBeLessThan(90);
    expect(small.calls.filter((c) => c === 'Range.setDataValidations')).toEqual(['Range.setDataValidations']);
    expect(small.calls.filter(builders).length).toBeLessThan(30);
    expect(large.app.cell(large.sheet, 'A2')?.value).toBe('XÃ ……………');
  });

  test('scoring 2 000 rows costs the same calls as 10 rows: one read, one write per column block', () => {
    const small = scoreSheetOf(10);
    const large = scoreSheetOf(2000);
    expect(large.calls).toEqual(small.calls);
    expect(large.calls.filter((c) => c === 'Range.getValues' || c === 'Range.getFormulas')).toEqual(['Range.getValues', 'Range.getFormulas']);
    // One write per run of adjacent computed cells: the deduction column and the block below the table.
    expect(large.calls.filter((c) => c === 'Range.setValues').length).toBeLessThanOrEqual(10);
    expect(large.result.totals.lost).toBe(2000);
    // The baseline a naive adapter would pay: one call per computed cell.
    expect(large.result.written).toBeGreaterThan(2000);
  });

  test('scoring grows rows whose opinion wraps, keeps a row the user made taller, reads widths once per column', () => {
    const opinion = 'Chưa ban hành kế hoạch kiểm tra công tác cải cách hành chính năm 2026 đúng thời hạn; báo cáo gửi chậm so với quy định của tỉnh.';
    const app = new FakeApp();
    const sheet = app.addSheet('Điểm', scoreRows(4).map((r, i) => (i === 2 || i === 3 ? [...r.slice(0, 6), opinion] : r)));
    sheet.setColumnWidth(2, 267); // B: 200 pt, the names on one line
    sheet.setColumnWidth(7, 160); // G: 160 px = 120 pt
    sheet.setRowHeight(4, 267); // row 4: the user made it tall
    const { g } = loadGasBundle(app);
    const calls = callsOf(app, () => g.scoreActiveSheet?.());
    // 7 lines of 14,4 pt + 7 of room = 108 pt = 144 px at 96 dpi, the height the Excel port gives the same row in points.
    expect(sheet.rowHeights.get(3)).toBe(144);
    expect(sheet.rowHeights.get(4)).toBe(267);
    expect(calls.filter((c) => c === 'Sheet.getColumnWidth')).toHaveLength(7);
    // The core would resize rows 3 and 4 (it cannot know row 4's height) and rows 9–14 of the block of points by area:
    // its title and one-line names get room (29 px), its headers and the names that wrap in 100 px columns two lines
    // (48 px). One getRowHeight each, then one setRowHeights per run of equal heights (row 3; 9; 10–12; 13–14), row 4 left alone.
    expect(calls.filter((c) => c === 'Sheet.getRowHeight')).toHaveLength(8);
    expect(calls.filter((c) => c === 'Sheet.setRowHeights')).toHaveLength(4);
    expect([...sheet.rowHeights.entries()].sort((a, b) => a[0] - b[0])).toEqual([[3, 144], [4, 267], [9, 29], [10, 48], [11, 48], [12, 48], [13, 29], [14, 29]]);
  });

  test('nothing outside the new sheet is written when inserting', () => {
    const { app, sheet } = insertWithSet(10);
    expect(new Set(app.rec.writes.map((w) => w.sheet))).toEqual(new Set([sheet]));
    expect(app.sheets.map((s) => s.getName())).toEqual(['Trang tính1', sheet]);
  });

  test('scoring writes only computed cells: typed cells keep their values', () => {
    const app = new FakeApp();
    const rows = scoreRows(30);
    (rows[3] as unknown[])[5] = -0.5; // a deduction the user typed
    app.addSheet('Điểm', rows);
    const before = new Map([...(app.sheets[0]?.cells ?? new Map())].map(([k, c]) => [k, { ...c }]));
    const { g } = loadGasBundle(app);
    g.scoreActiveSheet?.();
    const after = app.sheets[0]?.cells ?? new Map();
    for (const [key, cell] of before) {
      if (cell.value !== '' && !cell.formula) expect([key, after.get(key)?.value, after.get(key)?.formula]).toEqual([key, cell.value, null]);
    }
    expect(app.cell('Điểm', 'F4')?.value).toBe(-0.5);
    expect(app.cell('Điểm', 'F5')?.formula).toBe('=IF(OR(E5="",E5="KĐG",D5="KĐG"),"",ROUND(E5-C5,2))');
    const writtenColumns = new Set(app.rec.writes.filter((w) => w.what === 'value').map((w) => w.column));
    expect([...writtenColumns].sort()).toEqual([2, 3, 4, 5, 6]);
    const touchedTyped = app.rec.writes.filter((w) => w.what === 'value' && w.column <= 5 && w.row <= 31);
    expect(touchedTyped).toEqual([]);
  });

  test('scoring adds the chart of points by area once, beside live formulas', () => {
    const app = new FakeApp();
    app.addSheet('Điểm', scoreRows(30));
    const { g } = loadGasBundle(app);
    g.scoreActiveSheet?.();
    g.scoreActiveSheet?.();
    const sheet = app.sheets[0];
    // Name, maximum, self-assessed and appraised points of each area.
    expect(sheet?.charts).toEqual([{ title: 'Điểm theo lĩnh vực', range: 'B36:E43' }]);
    expect(app.cell('Điểm', 'B35')?.value).toBe('Điểm theo lĩnh vực');
    expect(app.cell('Điểm', 'B37')?.value).toBe('1. Công tác chỉ đạo, điều hành cải cách hành chính');
    expect([app.cell('Điểm', 'D37')?.formula, app.cell('Điểm', 'E37')?.formula]).toEqual(['=MAX(0,SUM(D2,D9,D16,D23,D30))', '=MAX(0,SUM(E2,E9,E16,E23,E30))']);
  });

  test('a failure in the middle of an insertion deletes the partial sheet and says why', () => {
    const app = new FakeApp();
    app.addSheet('Trang tính1');
    const { g } = loadGasBundle(app);
    app.rec.failOn = 'Range.setFontWeights';
    expect(() => g.insertTemplate?.({ id: 'chi-tieu-cchc', year: 2026 })).toThrow('Lỗi máy chủ giả lập ở Range.setFontWeights');
    expect(app.sheets.map((s) => s.getName())).toEqual(['Trang tính1']);
  });

  test('a second insertion gets a free name, never an existing sheet', () => {
    const app = new FakeApp();
    app.addSheet('Chỉ tiêu CCHC 2026');
    const { g } = loadGasBundle(app);
    expect(g.insertTemplate?.({ id: 'chi-tieu-cchc', year: 2026 })).toEqual({ sheet: 'Chỉ tiêu CCHC 2026 (2)' });
  });
});

// Checked against 30898a3: each test below fails there and passes now.
describe('the Sheets adapter against documented host behaviour', () => {
  const longName = (i: number): string => `Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trước hạn và đúng hạn, không có văn bản xin lỗi người dân, doanh nghiệp do giải quyết quá hạn (tiêu chí thành phần số ${i})`;
  const vietnameseSet = (leaves: number, id = 'bo-dai'): unknown => {
    const set = largeSet(leaves);
    const rename = (n: { name: string; children?: readonly unknown[] | undefined }, i: number): unknown => ({ ...n, name: longName(i), ...(n.children ? { children: n.children.map((c, j) => rename(c as { name: string }, i * 100 + j)) } : {}) });
    return { ...set, id, name: 'Bộ chỉ số cấp xã tỉnh Thanh Hóa năm 2025', areas: set.areas.map((a, i) => rename(a, i)) };
  };

  test('a 150-criterion set with long Vietnamese names: no property value over 9 000 bytes; a smaller one afterwards leaves no stale chunk', () => {
    const app = new FakeApp();
    app.addSheet('Trang tính1');
    const { g } = loadGasBundle(app);
    expect((g.importSetJson?.(JSON.stringify(vietnameseSet(150))) as { ok: boolean }).ok).toBe(true);
    const sizes = [...app.properties.values()].map((v) => Buffer.byteLength(v, 'utf8'));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(9000);
    expect(app.properties.size).toBeGreaterThan(5);
    expect((g.listSets?.() as { active: string }).active).toBe('bo-dai');
    expect((g.importSetJson?.(JSON.stringify(vietnameseSet(7))) as { ok: boolean }).ok).toBe(true);
    const count = Number(app.properties.get('cchc.sets.count'));
    expect([...app.properties.keys()].sort()).toEqual(['cchc.sets.count', ...Array.from({ length: count }, (_, i) => `cchc.sets.${i}`)].sort());
    const listed = g.listSets?.() as { active: string; sets: { id: string }[] };
    expect(listed.sets.map((s) => s.id)).toEqual([DEFAULT_CRITERIA_SET.id, 'bo-dai']);
  });

  test('scoring a sheet whose getValues gives Dates writes only computed cells and turns no Date into text', () => {
    const app = new FakeApp();
    const rows = scoreRows(20);
    const signed = new Date(2026, 0, 6);
    const appraised = new Date(2026, 2, 15);
    // A dated note between criteria, in the deduction column, and a date in the opinion column.
    rows.splice(8, 0, ['', 'Ngày thẩm định', '', '', '', appraised, '']);
    (rows[3] as unknown[])[6] = signed;
    app.addSheet('Điểm', rows);
    const { g } = loadGasBundle(app);
    const result = g.scoreActiveSheet?.() as { written: number; totals: { lost: number } };
    expect(result.totals.lost).toBe(20);
    expect(app.cell('Điểm', 'F9')?.value).toBe(appraised);
    expect(app.cell('Điểm', 'G4')?.value).toBe(signed);
    const valueWrites = app.rec.writes.filter((w) => w.what === 'value');
    expect(valueWrites.length).toBe(result.written);
    expect(valueWrites.some((w) => w.row === 9 && w.column === 6)).toBe(false);
    for (const cell of app.sheets[0]?.cells.values() ?? []) expect(typeof cell.value === 'string' && /GMT/.test(cell.value)).toBe(false);
  });

  test('template text stays text in Sheets: "100%" is written with the apostrophe that keeps it text', () => {
    const app = new FakeApp();
    app.addSheet('Trang tính1');
    const { g } = loadGasBundle(app);
    const { sheet } = g.insertTemplate?.({ id: 'ke-hoach-giai-doan', year: 2026 }) as { sheet: string };
    const cells = [...(app.sheets.find((s) => s.getName() === sheet)?.cells.values() ?? [])];
    const spec = templateSpec('ke-hoach-giai-doan', { year: 2026 });
    const typed = spec.ok ? spec.value.rows.flatMap((r) => r.cells.filter((c) => c?.value === '100%')).length : 0;
    expect(typed).toBeGreaterThan(3);
    expect(cells.filter((c) => c.value === '100%').length).toBe(typed);
    expect(app.sheets.find((s) => s.getName() === sheet)?.autoResized).toEqual([[1, expect.any(Number)]]);
  });

  test('changing the active set re-enters every CCHC_ formula, in a fixed number of calls, leaving its text as it was', () => {
    const app = new FakeApp();
    app.addSheet('Điểm', [['Mã', 'Điểm'], ['1.1', '=CCHC_SCORE(A2;1;2)'], ['1.2', '=SUM(B2)'], ['x', '=CCHC_PERCENT("92,8%")']]);
    const { g } = loadGasBundle(app);
    expect((g.importSetJson?.(JSON.stringify(vietnameseSet(7))) as { ok: boolean }).ok).toBe(true);
    expect([app.cell('Điểm', 'B2')?.formula, app.cell('Điểm', 'B4')?.formula]).toEqual(['=CCHC_SCORE(A2;1;2)', '=CCHC_PERCENT("92,8%")']);
    expect([app.cell('Điểm', 'B2')?.formulaEdits, app.cell('Điểm', 'B3')?.formulaEdits, app.cell('Điểm', 'B4')?.formulaEdits]).toEqual([2, undefined, 2]);
    const calls = callsOf(app, () => g.setActiveSet?.(DEFAULT_CRITERIA_SET.id));
    expect(calls.filter((c) => c === 'TextFinder.replaceAllWith')).toHaveLength(10);
    expect(app.cell('Điểm', 'B2')?.formulaEdits).toBe(4);
  });

  test('re-entry finds CCHC_ calls whatever their case, and only in formulas', () => {
    const app = new FakeApp();
    app.addSheet('Điểm', [
      ['Mã', 'Điểm', 'Ghi chú'],
      ['1.1', '=cchc_score(A2;1;2)', 'Công thức mẫu: CCHC_SCORE(A2;1;2)'],
      ['1.2', '=Cchc_Percent("92,8%")+CCHC_SCORE(A3;1;2)', '=SUM(B2)'],
    ]);
    const { g } = loadGasBundle(app);
    const calls = callsOf(app, () => g.importSetJson?.(JSON.stringify(vietnameseSet(7))));
    expect(calls.filter((c) => c === 'TextFinder.replaceAllWith')).toHaveLength(10);
    expect(app.cell('Điểm', 'B2')?.formulaEdits).toBeGreaterThan(0);
    expect(app.cell('Điểm', 'B3')?.formulaEdits).toBeGreaterThan(0);
    // The formulas keep their meaning; a name typed in small letters comes back in capitals.
    expect([app.cell('Điểm', 'B2')?.formula, app.cell('Điểm', 'B3')?.formula]).toEqual(['=CCHC_SCORE(A2;1;2)', '=CCHC_PERCENT("92,8%")+CCHC_SCORE(A3;1;2)']);
    // A note that quotes a call is text, not a formula: untouched.
    expect(app.cell('Điểm', 'C2')).toMatchObject({ value: 'Công thức mẫu: CCHC_SCORE(A2;1;2)', formula: null });
    expect(app.cell('Điểm', 'C3')?.formulaEdits).toBeUndefined();
  });

  test('a damaged active set is a problem the sidebar shows and an error in the functions, never the example set\'s figures; the sheet still scores', () => {
    const app = new FakeApp();
    app.addSheet('Điểm', scoreRows(10));
    const broken = JSON.stringify({ active: 'hong', sets: [{ id: 'hong', name: 'Bộ sửa tay', province: 'x', level: 'xa', year: 2025, decision: 'x', rounding: 'half-up', scale: 'A', areas: 5 }] });
    app.properties.set('cchc.sets.0', broken);
    app.properties.set('cchc.sets.count', '1');
    const { g } = loadGasBundle(app);
    const listed = g.listSets?.() as { active: string; problems: { code: string; params: { name: string } }[] };
    expect(listed.active).toBe(DEFAULT_CRITERIA_SET.id);
    expect(listed.problems.map((p) => [p.code, p.params.name])).toEqual([['stored_set_unreadable', 'Bộ sửa tay']]);
    // 1.1 of the example set would give 0,5 of 1 for 1 of 2: the function names the damaged set instead.
    expect(() => g.CCHC_SCORE?.('1.1', 1, 2)).toThrow(/^Bộ chỉ số đã lưu "Bộ sửa tay" không đọc được/);
    expect((g.scoreActiveSheet?.() as { totals: { lost: number } }).totals.lost).toBe(10);
  });

  test('a store whose chunks do not join, or a read the service refuses, is unreadable: an error in the functions', () => {
    const app = new FakeApp();
    app.properties.set('cchc.sets.0', '{"active":"a","sets":[');
    app.properties.set('cchc.sets.count', '2');
    const { g } = loadGasBundle(app);
    expect(() => g.CCHC_SCORE?.(1, 8, 112)).toThrow(/không đọc được \(không phải JSON\)/);
    app.properties.clear();
    expect(g.CCHC_SCORE?.(1, 8, 112)).toBe(0.07);
    app.propertiesFail = 'Service invoked too many times in a short time: properties.';
    expect(() => g.CCHC_SCORE?.(1, 8, 112)).toThrow(/không đọc được \(Google Sheets không cho đọc/);
    // A save never writes over a store it could not read.
    expect(() => g.importSetJson?.(JSON.stringify(vietnameseSet(3)))).toThrow();
    expect(app.properties.size).toBe(0);
  });

  test('two editors importing at once both keep their set: the save waits for the document lock and reads again inside it', () => {
    const app = new FakeApp();
    const { g } = loadGasBundle(app);
    const first = vietnameseSet(3, 'bo-thu-nhat');
    const second = vietnameseSet(4, 'bo-thu-hai');
    // The other editor's import lands while this one waits for the lock.
    app.beforeLockedWork = () => {
      const other = loadGasBundle(app).g;
      expect((other.importSetJson?.(JSON.stringify(first)) as { ok: boolean }).ok).toBe(true);
    };
    expect((g.importSetJson?.(JSON.stringify(second)) as { ok: boolean }).ok).toBe(true);
    const listed = g.listSets?.() as { active: string; sets: { id: string }[] };
    expect(listed.sets.map((s) => s.id)).toEqual([DEFAULT_CRITERIA_SET.id, 'bo-thu-nhat', 'bo-thu-hai']);
    expect([app.propertyWritesWithoutLock, app.lockHeld]).toEqual([0, false]);
    // An editor who holds the lock too long: nothing is written, and the officer is told to try again.
    app.lockHeldElsewhere = true;
    expect(() => g.importSetJson?.(JSON.stringify(vietnameseSet(5, 'bo-thu-ba')))).toThrow('Một người khác đang lưu bộ chỉ số');
    app.lockHeldElsewhere = false;
    expect((g.listSets?.() as { sets: unknown[] }).sets).toHaveLength(3);
  });

  test('a stored set can be removed, which frees its share of the 500 KB the panel reports; the example set stays', () => {
    const app = new FakeApp();
    const { g } = loadGasBundle(app);
    expect((g.importSetJson?.(JSON.stringify(largeSet(150))) as { ok: boolean }).ok).toBe(true);
    const before = g.listSets?.() as { active: string; usage: { bytes: number; limit: number } };
    expect(before.usage.limit).toBe(500 * 1024);
    expect(before.usage.bytes).toBeGreaterThan(10_000);
    g.removeSet?.(before.active);
    const after = g.listSets?.() as { active: string; sets: { id: string }[]; usage: { bytes: number } };
    expect([after.active, after.sets.map((s) => s.id)]).toEqual([DEFAULT_CRITERIA_SET.id, [DEFAULT_CRITERIA_SET.id]]);
    expect(after.usage.bytes).toBeLessThan(200);
    expect(() => g.removeSet?.(DEFAULT_CRITERIA_SET.id)).toThrow();
  });

  test('cleaning cleans every selected area and gives dates back as dates', () => {
    const app = new FakeApp();
    const when = new Date(2026, 4, 1);
    const sheet = app.addSheet('Ý kiến', [['<p>Đồng ý</p>', when], ['x', 'y'], ['Đạt&nbsp;yêu cầu', 3]]);
    app.activeRanges = [sheet.getRange('A1:B1'), sheet.getRange('A3:B3')];
    const { g } = loadGasBundle(app);
    expect(g.cleanSelection?.()).toEqual({ changed: 2 });
    expect([app.cell('Ý kiến', 'A1')?.value, app.cell('Ý kiến', 'B1')?.value, app.cell('Ý kiến', 'A3')?.value, app.cell('Ý kiến', 'B3')?.value])
      .toEqual(['Đồng ý', when, 'Đạt yêu cầu', 3]);
  });

  test('cham-diem with a 331-character wording and comma wordings past 255 characters: the wordings are hidden cells, the dropdown lists their range', () => {
    const app = new FakeApp();
    app.addSheet('Trang tính1');
    const { g } = loadGasBundle(app);
    expect((g.importSetJson?.(JSON.stringify(longWordingSet())) as { ok: boolean }).ok).toBe(true);
    const { sheet } = g.insertTemplate?.({ id: 'cham-diem', year: 2026 }) as { sheet: string };
    const fake = app.sheets.find((s) => s.getName() === sheet);
    const values = fake?.getDataRange().getValues() ?? [];
    const row = (code: string): number => values.findIndex((r) => r[0] === code) + 1;
    const [r111, r125] = [row('1.1.1'), row('1.2.5')];
    expect(['K', 'L', 'M'].map((c) => app.cell(sheet, `${c}${r111}`)?.value)).toEqual([LONG_WORDING, 'Ban hành, nhưng không kịp thời', 'Không ban hành']);
    expect(['K', 'L', 'M'].map((c) => app.cell(sheet, `${c}${r125}`)?.value)).toEqual([...COMMA_WORDINGS]);
    expect([...(fake?.hiddenColumns ?? [])]).toEqual([11, 12, 13]);
    const rule = app.cell(sheet, `I${r125}`)?.validation as { criteria: string; values: unknown[] };
    expect([rule.criteria, rule.values]).toEqual(['VALUE_IN_RANGE', [`K${r125}:M${r125}`, true]]);
    expect(app.cell(sheet, `D${r111}`)?.formula).toContain(`I${r111}=K${r111}`);
  });

  /** A selection of `rows` rows: an opinion with residue in A, a typed number in B, a spilled array result in C. */
  function cleanOver(rows: number): { app: FakeApp; calls: string[]; changed: unknown } {
    const app = new FakeApp();
    const sheet = app.addSheet('Ý kiến', Array.from({ length: rows }, (_, i) => [`<p>Ý kiến ${i + 1}</p>`, i + 1]));
    app.addArrayResult(sheet, 'C1', `=ARRAYFORMULA(B1:B${rows}*2)`, Array.from({ length: rows }, (_, i) => [(i + 1) * 2]));
    app.activeRanges = [sheet.getRange(`A1:C${rows}`)];
    const { g } = loadGasBundle(app);
    let changed: unknown;
    const calls = callsOf(app, () => { changed = g.cleanSelection?.(); });
    return { app, calls, changed };
  }

  test('cleaning writes only the cells it changed: a spilled array result stays untouched, in the same calls at 10 and 2 000 rows', () => {
    const small = cleanOver(10);
    const large = cleanOver(2000);
    expect([small.changed, large.changed]).toEqual([{ changed: 10 }, { changed: 2000 }]);
    expect(large.calls).toEqual(small.calls);
    for (const { app } of [small, large]) {
      expect(app.rec.writes.filter((w) => w.what === 'value' && w.column !== 1)).toEqual([]);
      // The source still holds its formula and result; the spilled cells keep their values.
      expect(app.cell('Ý kiến', 'C1')).toMatchObject({ formula: expect.stringContaining('ARRAYFORMULA'), value: 2 });
      expect([app.cell('Ý kiến', 'C5')?.value, app.cell('Ý kiến', 'A5')?.value, app.cell('Ý kiến', 'B5')?.value]).toEqual([10, 'Ý kiến 5', 5]);
    }
  });

  test('the fake models array results: writing the area back whole, as clean did, breaks the source', () => {
    const { app } = cleanOver(3);
    const range = app.sheets[0]?.getRange('A1:C3');
    range?.setValues(range.getValues());
    expect(app.cell('Ý kiến', 'C1')?.value).toBe('#REF!');
  });
});

test('row heights from the sheet description go in as runs of equal heights, after Sheets\' own fit', async () => {
  const { insertSpec } = await import('../../apps-script/src/sheets-port');
  const { buildChamDiem } = await import('../../shared/templates/kinds/cham-diem');
  const app = new FakeApp();
  const g = globalThis as unknown as Record<string, unknown>;
  Object.assign(g, app.services());
  try {
    const base = buildChamDiem({ year: 2026 });
    const spec = { ...base, rows: base.rows.map((r, i) => (i >= 9 && i <= 11 ? { ...r, height: 30 } : i === 14 ? { ...r, height: 45 } : r)) };
    const ss = (app.services().SpreadsheetApp as { getActiveSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet }).getActiveSpreadsheet();
    const calls = callsOf(app, () => insertSpec(ss, spec));
    const sheet = app.sheets[0];
    expect(sheet?.autoResized).toEqual([[1, spec.rows.length]]);
    expect([10, 11, 12, 15].map((r) => sheet?.rowHeights.get(r))).toEqual([40, 40, 40, 60]);
    const runs = spec.rows.filter((r, i) => r.height !== undefined && spec.rows[i - 1]?.height !== r.height).length;
    expect(calls.filter((c) => c === 'Sheet.setRowHeights')).toHaveLength(runs);
    expect(calls.filter((c) => c === 'Sheet.setRowHeight')).toHaveLength(0);
    expect(calls.indexOf('Sheet.autoResizeRows')).toBeLessThan(calls.indexOf('Sheet.setRowHeights'));
  } finally {
    for (const k of Object.keys(app.services())) delete g[k];
  }
});
