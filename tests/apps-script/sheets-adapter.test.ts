import { FakeApp } from '../helpers/fake-spreadsheet-app';
import { loadGasBundle } from '../helpers/gas-bundle';
import { largeSet, scoreRows } from '../helpers/large-set';

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
  test('inserting the largest template costs the same calls at 10 rows and at 2 000 rows', () => {
    const small = insertWithSet(10);
    const large = insertWithSet(2000);
    expect(large.calls).toEqual(small.calls);
    // Builders are objects of the script (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder):
    // the calls that reach the spreadsheet are the rest, one setDataValidations for every dropdown and check of the sheet.
    const builders = (c: string): boolean => /Builder\.|^SpreadsheetApp\.new/.test(c);
    expect(small.calls.filter((c) => !builders(c)).length).toBeLessThan(60);
    expect(small.calls.filter((c) => c === 'Range.setDataValidations')).toEqual(['Range.setDataValidations']);
    expect(small.calls.filter(builders).length).toBeLessThan(30);
    expect(large.app.cell(large.sheet, 'A2')?.value).toBe('XÃ ……………');
  });

  test('scoring 2 000 rows costs the same calls as 10 rows: one read, one write per column block', () => {
    const small = scoreSheetOf(10);
    const large = scoreSheetOf(2000);
    expect(large.calls).toEqual(small.calls);
    expect(large.calls.filter((c) => c === 'Range.getValues' || c === 'Range.getFormulas')).toEqual(['Range.getValues', 'Range.getFormulas']);
    expect(large.calls.filter((c) => c === 'Range.setValues').length).toBeLessThanOrEqual(5);
    expect(large.result.totals.lost).toBe(2000);
    // The baseline a naive adapter would pay: one call per computed cell.
    expect(large.result.written).toBeGreaterThan(2000);
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
    expect(app.cell('Điểm', 'F5')?.formula).toBe('=IF(E5="","",ROUND(E5-C5,2))');
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
    expect(sheet?.charts).toEqual([{ title: 'Điểm theo lĩnh vực', range: 'B36:D43' }]);
    expect(app.cell('Điểm', 'B35')?.value).toBe('Điểm theo lĩnh vực');
    expect(app.cell('Điểm', 'B37')?.value).toBe('1. Công tác chỉ đạo, điều hành cải cách hành chính');
    expect(app.cell('Điểm', 'D37')?.formula).toBe('=MAX(0,SUM(E2,E9,E16,E23,E30))');
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
