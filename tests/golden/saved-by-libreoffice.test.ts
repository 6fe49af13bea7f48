import ExcelJS from 'exceljs';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { excelBackend } from '../../addin/src/excel/backend';
import { formatProblem, type Problem } from '../../shared';
import { FakeExcel, installExcel, uninstallExcel } from '../helpers/fake-excel';
import { FakeApp } from '../helpers/fake-spreadsheet-app';
import { loadGasBundle } from '../helpers/gas-bundle';
import { recalculate } from '../helpers/libreoffice';
import { tempDir } from '../helpers/temp-dir';
import { formulaCellsOfXlsx } from '../helpers/xlsx-formulas';

jest.setTimeout(240_000);

const SHEET = 'Chấm điểm CCHC 2023';
/** A result as a file stores it, to 15 significant digits (LibreOffice writes 5.95 where the double sum is 5.949999999999999). */
const stored = (v: unknown): unknown => (typeof v === 'number' ? Number(v.toPrecision(15)) : v);

/**
 * A sheet as typed into a host, from a workbook file: a formula as "=…" (the host calculates it), any
 * other cell its value; with the result the file stored for each formula, by address.
 */
async function typedSheet(path: string): Promise<{ rows: unknown[][]; results: Map<string, unknown>; formulas: Map<string, string> }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(SHEET);
  if (!ws) throw new Error(`no sheet ${SHEET} in ${path}`);
  const rows: unknown[][] = [];
  const results = new Map<string, unknown>();
  const formulas = new Map<string, string>();
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const out: unknown[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // A merged area's other cells hold nothing of their own.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const v = cell.value;
      if (v && typeof v === 'object' && 'formula' in v) {
        out[c - 1] = `=${v.formula}`;
        formulas.set(cell.address, v.formula);
      } else if (v && typeof v === 'object' && 'richText' in v) out[c - 1] = cell.text;
      else out[c - 1] = v ?? '';
    });
    rows[r - 1] = Array.from(out, (x) => x ?? '');
  });
  // The cached results from the sheet's XML: exceljs reads a stored 0 as no result.
  for (const [cell, f] of [...formulaCellsOfXlsx(path).values()][0] ?? []) results.set(cell, f.result);
  return { rows: Array.from(rows, (x) => x ?? []), results, formulas };
}

afterEach(uninstallExcel);

/**
 * The shipped example saved by LibreOffice, typed into each host's fake: the hosts calculate the
 * totals as LibreOffice did (their SUMs skip the "0.25" stored as text in D38), and "Sửa tất cả"
 * writes D38 only, never a formula; the totals then count it.
 */
describe('the shipped example saved by LibreOffice, in the task pane and the sidebar', () => {
  let sheet: Awaited<ReturnType<typeof typedSheet>>;

  beforeAll(async () => {
    const copy = join(tempDir('cchc-lo-hosts-'), 'cham-diem.xlsx');
    copyFileSync(join(__dirname, '../../examples/cham-diem-vinh-linh-2023.xlsx'), copy);
    const [saved = ''] = recalculate([copy], tempDir('cchc-lo-hosts-out-'));
    sheet = await typedSheet(saved);
  });

  // The figures' problems; the opinions' pasted HTML and LaTeX are warnings of their own ("chạy Làm sạch"), with no fix.
  const d38Only = (problems: readonly Problem[]): string[] => problems.filter((p) => p.code !== 'text_residue').map((p) => formatProblem(p, 'vi'));
  const D38 = 'Ô D38: "0.25" bị lưu dạng chữ do gõ sai dấu thập phân nên tổng D36, D37, D55 đang thiếu 0,25; chuyển thành số 0,25.';

  test('Excel: values gives each formula\'s result as LibreOffice calculated it; check lists D38 only; "Sửa tất cả" writes D38 only', async () => {
    const excel = new FakeExcel();
    excel.addSheet(SHEET, sheet.rows.map((r) => [...r]));
    installExcel(excel);
    const data = excel.sheets[0];
    if (!data) throw new Error('no sheet');
    // What the add-in reads is what Excel would show: LibreOffice's own results, formula by formula.
    const ctx = excel.context() as Excel.RequestContext;
    const used = ctx.workbook.worksheets.getItem(SHEET).getUsedRangeOrNullObject();
    used.load(['values', 'formulas']);
    await ctx.sync();
    const shown = new Map<string, unknown>();
    (used.values as unknown[][]).forEach((row, i) => row.forEach((v, j) => { if (data.formulas[i]?.[j]) shown.set(`${String.fromCharCode(65 + j)}${i + 1}`, v); }));
    expect(shown.size).toBe(sheet.formulas.size);
    for (const [cell, result] of sheet.results) expect([cell, stored(shown.get(cell))]).toEqual([cell, result]);
    expect([shown.get('D36'), shown.get('D37'), shown.get('D55')]).toEqual([4, 0, 31.62]);

    const checked = await excelBackend.check();
    expect('problems' in checked ? d38Only(checked.problems) : checked).toEqual([D38]);
    const writesBefore = excel.ops.length;
    const result = await excelBackend.applyFixes(SHEET);
    const writes = excel.ops.slice(writesBefore).filter((o) => o.kind === 'set');
    expect(writes.map((o) => [o.path, o.args])).toEqual([[`sheet[${SHEET}].range(D38).values`, [[[0.25]]]]]);
    expect({ ...result, problems: d38Only(result.problems) }).toEqual({ fixed: 1, problems: [] });
    // Every formula is still the formula it was, and the totals now count D38.
    for (const [cell, formula] of sheet.formulas) {
      const m = /^([A-Z]+)(\d+)$/.exec(cell);
      expect([cell, data.formulas[Number(m?.[2]) - 1]?.[(m?.[1] ?? 'A').charCodeAt(0) - 65]]).toEqual([cell, formula]);
    }
    used.load(['values']);
    await ctx.sync();
    const values = used.values as unknown[][];
    expect([values[35]?.[3], values[36]?.[3], values[37]?.[3], values[54]?.[3], values[54]?.[5], values[57]?.[5]]).toEqual([4.25, 0.25, 0.25, 31.87, -23.41, 27]);
  });

  test('Google Sheets: getValues gives each formula\'s result; check lists D38 only; "Sửa tất cả" writes D38 only', () => {
    const app = new FakeApp();
    const fake = app.addSheet(SHEET, sheet.rows.map((r) => [...r]));
    const { g } = loadGasBundle(app);
    const range = fake.getDataRange();
    const values = range.getValues();
    const formulas = range.getFormulas();
    for (const [cell, result] of sheet.results) {
      const m = /^([A-Z]+)(\d+)$/.exec(cell);
      const [i, j] = [Number(m?.[2]) - 1, (m?.[1] ?? 'A').charCodeAt(0) - 65];
      expect([cell, stored(values[i]?.[j]), formulas[i]?.[j]]).toEqual([cell, result, `=${sheet.formulas.get(cell)}`]);
    }
    // A cell without a formula gives "" from getFormulas.
    expect([formulas[37]?.[3], values[37]?.[3]]).toEqual(['', '0.25']);

    const checked = g.checkActiveSheet?.() as { problems: Problem[] };
    expect(d38Only(checked.problems)).toEqual([D38]);
    const before = app.rec.writes.length;
    const result = g.applyFixes?.(SHEET) as { fixed: number; problems: Problem[] };
    expect(app.rec.writes.slice(before).map((w) => [w.row, w.column, w.what])).toEqual([[38, 4, 'value']]);
    expect({ ...result, problems: d38Only(result.problems) }).toEqual({ fixed: 1, problems: [] });
    expect(app.cell(SHEET, 'D38')).toMatchObject({ value: 0.25, formula: null });
    for (const [cell, formula] of sheet.formulas) expect([cell, app.cell(SHEET, cell)?.formula]).toEqual([cell, `=${formula}`]);
    const after = fake.getDataRange().getValues();
    expect([after[35]?.[3], after[36]?.[3], after[54]?.[3], after[54]?.[5], after[57]?.[5]]).toEqual([4.25, 0.25, 31.87, -23.41, 27]);
  });
});
