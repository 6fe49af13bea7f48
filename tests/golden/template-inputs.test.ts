import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateCriteriaSet, type CriteriaSet } from '../../shared';
import { buildChamDiem } from '../../shared/templates/kinds/cham-diem';
import { insertSpec } from '../../addin/src/excel/excel-port';
import { FakeExcel } from '../helpers/fake-excel';
import { FakeApp, type FakeValidation } from '../helpers/fake-spreadsheet-app';
import { loadGasBundle } from '../helpers/gas-bundle';

const read = validateCriteriaSet(JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'ca-mau-1880-rules.json'), 'utf8')));
if (!read.ok) throw new Error(JSON.stringify(read.problems));
const SET: CriteriaSet = read.set;

/** A set of `n` leaves, each with its own dropdown wording, so no two lists are alike. */
function manyLists(n: number): CriteriaSet {
  const children = Array.from({ length: n }, (_, i) => ({
    code: `1.1.${i + 1}`, name: `Tiêu chí ${i + 1}`, max: 1,
    rule: { kind: 'levels' as const, outcomes: [{ label: `Đạt mức ${i + 1}`, points: 1 }, { label: `Chưa đạt mức ${i + 1}`, points: 0 }] },
  }));
  return { ...SET, areas: [{ code: '1', name: 'Lĩnh vực 1', max: n, children: [{ code: '1.1', name: 'Tiêu chí 1.1', max: n, children }] }] };
}

/** A dropdown of listed values, or of the cells of a range (the decision's wordings, held in hidden columns). */
type Shown = { list: readonly string[] } | { range: string } | { formula: true } | { decimalUpToMax: true };
const COLUMN_LETTERS = 'ABCDEFGHIJKLMNOP';

async function excelInsert(set: CriteriaSet): Promise<{ excel: FakeExcel; cells: Map<string, Shown>; formulas: (string | null)[][] }> {
  const excel = new FakeExcel();
  excel.addSheet('Sheet1');
  await insertSpec(excel.context() as Excel.RequestContext, buildChamDiem({ year: 2026, set }), () => true);
  const name = 'Chấm điểm CCHC 2026';
  const cells = new Map<string, Shown>();
  for (const [range, v] of excel.validations(name)) {
    const rule = v.rule as { list?: { source: string }; custom?: unknown; decimal?: unknown };
    const shown: Shown = rule.list ? (rule.list.source.startsWith('=') ? { range: rule.list.source.slice(1).replace(/\$/g, '') } : { list: rule.list.source.split(',') })
      : rule.custom ? { formula: true } : { decimalUpToMax: true };
    const [from = '', to = from] = range.split(':');
    const at = (a: string): [number, number] => [COLUMN_LETTERS.indexOf(a[0] ?? ''), Number(a.slice(1))];
    const [c1, r1] = at(from);
    const [c2, r2] = at(to);
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) cells.set(`${COLUMN_LETTERS[c]}${r}`, shown);
  }
  return { excel, cells, formulas: excel.sheets.find((s) => s.name === name)?.formulas ?? [] };
}

function sheetsInsert(set: CriteriaSet): { app: FakeApp; cells: Map<string, Shown>; formulas: Map<string, string>; calls: string[] } {
  const app = new FakeApp();
  app.addSheet('Trang tính1');
  const { g } = loadGasBundle(app);
  expect((g.importSetJson?.(JSON.stringify(set)) as { ok: boolean }).ok).toBe(true);
  const before = app.rec.calls.length;
  const name = (g.insertTemplate?.({ id: 'cham-diem', year: 2026 }) as { sheet: string }).sheet;
  const calls = app.rec.calls.slice(before);
  const sheet = app.sheets.find((s) => s.getName() === name);
  const cells = new Map<string, Shown>();
  const formulas = new Map<string, string>();
  for (const [key, cell] of sheet?.cells ?? []) {
    const [row, column] = key.split(',').map(Number) as [number, number];
    const address = `${COLUMN_LETTERS[column - 1]}${row}`;
    if (cell.formula) formulas.set(address, cell.formula.slice(1));
    const v = cell.validation as FakeValidation | null | undefined;
    if (!v) continue;
    cells.set(address, v.criteria === 'VALUE_IN_LIST' ? { list: v.values[0] as string[] } : v.criteria === 'VALUE_IN_RANGE' ? { range: String(v.values[0]) }
      // Points up to the row's maximum, or KĐG: a formula in Excel too (a decimal rule cannot take the mark).
      : /INDIRECT\("R\[0\]C3"/.test(String(v.values[0])) && !String(v.values[0]).includes('KĐG') ? { decimalUpToMax: true } : { formula: true });
  }
  return { app, cells, formulas, calls };
}

describe('the same inputs, dropdowns and formulas in Excel and in Google Sheets', () => {
  test('the Cà Mau set: a dropdown of the decision\'s wordings for 1.1.1, numbers for 1.1.2 and 1.1.4, a tick for 1.2.5; the same formulas', async () => {
    const excel = await excelInsert(SET);
    const sheets = sheetsInsert(SET);
    expect(Object.fromEntries([...sheets.cells].sort())).toEqual(Object.fromEntries([...excel.cells].sort()));
    // 39 formulas: the table's, and maximum, self-assessed and appraised points of the one area in the block.
    expect([sheets.cells.size, sheets.formulas.size]).toEqual([26, 39]);
    const rowOf = (code: string): number => (excel.excel.sheets.find((s) => s.name.startsWith('Chấm'))?.values.findIndex((r) => r[0] === code) ?? -1) + 1;
    const r111 = rowOf('1.1.1');
    expect(excel.cells.get(`I${r111}`)).toEqual({ range: `K${r111}:M${r111}` });
    expect(excel.excel.sheets.find((s) => s.name.startsWith('Chấm'))?.values[r111 - 1]?.slice(10, 13)).toEqual(['Ban hành kịp thời', 'Ban hành không kịp thời', 'Không ban hành']);
    expect(['K', 'L', 'M'].map((c) => sheets.app.cell('Chấm điểm CCHC 2026', `${c}${r111}`)?.value)).toEqual(['Ban hành kịp thời', 'Ban hành không kịp thời', 'Không ban hành']);
    expect([excel.cells.get(`I${rowOf('1.1.2')}`), excel.cells.get(`J${rowOf('1.1.2')}`), excel.cells.get(`I${rowOf('1.1.4')}`)]).toEqual([{ formula: true }, { formula: true }, { formula: true }]);
    expect(excel.cells.get(`J${rowOf('1.1.4')}`)).toBeUndefined();
    expect(excel.cells.get(`J${rowOf('1.2.5')}`)).toEqual({ list: ['x'] });
    expect([excel.cells.get(`I${rowOf('1.2.4')}`), excel.cells.get(`J${rowOf('1.2.4')}`)]).toEqual([undefined, undefined]);
    // Every formula of the sheet, the self scores included, is the same text in both hosts.
    const excelFormulas = new Map<string, string>();
    excel.formulas.forEach((row, r) => row.forEach((f, c) => { if (f) excelFormulas.set(`${COLUMN_LETTERS[c]}${r + 1}`, f); }));
    expect(Object.fromEntries([...sheets.formulas].sort())).toEqual(Object.fromEntries([...excelFormulas].sort()));
    expect(excelFormulas.get(`D${r111}`)).toBe(`IF(I${r111}="","",IF(I${r111}=K${r111},1,IF(I${r111}=L${r111},0.5,IF(I${r111}=M${r111},0,""))))`);
    expect(excelFormulas.has(`D${rowOf('1.2.4')}`)).toBe(false);
  });

  test('a dropdown per criterion costs no more round trips: Excel two syncs, Sheets one validation write, at 5 lists as at 300', async () => {
    const [few, many] = [await excelInsert(manyLists(5)), await excelInsert(manyLists(300))];
    expect([few.excel.syncs, many.excel.syncs]).toEqual([2, 2]);
    expect(many.cells.size).toBeGreaterThan(300);
    const spreadsheetCalls = (calls: string[]): string[] => calls.filter((c) => !/Builder\.|^SpreadsheetApp\.new/.test(c));
    const [s5, s300] = [sheetsInsert(manyLists(5)), sheetsInsert(manyLists(300))];
    expect(spreadsheetCalls(s300.calls)).toEqual(spreadsheetCalls(s5.calls));
    expect(s300.calls.filter((c) => c === 'Range.setDataValidations')).toEqual(['Range.setDataValidations']);
    expect(s300.cells.size).toBe(many.cells.size);
  });
});
