import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cellValues, recalculate } from '../helpers/libreoffice';
import { cchc } from '../helpers/run-cli';
import { seed003Workbook } from '../helpers/seed-workbooks';

jest.setTimeout(180_000);

interface ProblemRow { cell: string | null; code: string }
interface ScoreJson {
  totals: { max: number; appraised: number; deduction: number; lost: number };
  index: number | null; indexMax: number; indexBasis: string; problems: ProblemRow[];
}

const dir = mkdtempSync(join(tmpdir(), 'cchc-truth-appraisal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Seed 003 typed into the template, then 1.4.2's appraisal (max 2, appraised 1) replaced by what the case needs. */
async function seedWith142(path: string, appraised: string | null): Promise<{ rowOf: Map<string, number>; totalRow: number; indexRow: number; lostRow: number }> {
  const { rowOf, spec } = await seed003Workbook(path);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.worksheets[0];
  const row = rowOf.get('1.4.2');
  if (!ws || !row) throw new Error('seed 003 workbook without 1.4.2');
  ws.getCell(row, 5).value = appraised;
  await wb.xlsx.writeFile(path);
  const labelRow = (label: string): number => spec.rows.findIndex((r) => r.cells[1]?.value === label) + 1;
  return { rowOf, totalRow: labelRow('Tổng cộng'), indexRow: labelRow('Chỉ số cải cách hành chính (%)'), lostRow: labelRow('Số tiêu chí, tiêu chí thành phần bị trừ điểm') };
}

async function scoredAndRecalculated(input: string, ...options: string[]): Promise<{ json: ScoreJson; show: (address: string) => unknown; recalculated: string }> {
  const output = input.replace(/\.xlsx$/, '-scored.xlsx');
  const run = await cchc('score', input, '-o', output, '--json', ...options);
  const json = JSON.parse(run.out) as ScoreJson;
  const [recalculated] = recalculate([output], mkdtempSync(join(dir, 'lo-')));
  return { json, show: await cellValues(recalculated ?? ''), recalculated: recalculated ?? '' };
}

describe('a group the council has appraised only in part', () => {
  test('its Điểm bị trừ is what its appraised leaves lost, in the sheet, in score --json and in check', async () => {
    // 1.4 has 1.4.1 (max 1, appraised 0,55: −0,45) and 1.4.2 (max 2), left blank: 1.4 lost 0,45, not 3 − 0,55 = 2,45.
    const input = join(dir, 'partial.xlsx');
    const { rowOf, totalRow, indexRow, lostRow } = await seedWith142(input, null);
    const { json, show, recalculated } = await scoredAndRecalculated(input);
    expect(show(`F${rowOf.get('1.4')}`)).toBeCloseTo(-0.45, 9);
    // Area 1 by hand: 1.1.3 −1,15, 1.2 −2,3, 1.4.1 −0,45, 1.5.2 −0,15, 1.5.3 −0,5, 1.6 −1,5 = −6,05.
    expect(show(`F${rowOf.get('1')}`)).toBeCloseTo(-6.05, 9);
    // The seed's −23,41 without 1.4.2's −1, over 26 criteria.
    expect(json.totals.deduction).toBe(-22.41);
    expect(json.totals.lost).toBe(26);
    expect(show(`F${totalRow}`)).toBeCloseTo(json.totals.deduction, 9);
    expect(show(`F${lostRow}`)).toBe(json.totals.lost);
    expect(show(`E${indexRow}`)).toBeCloseTo(json.index ?? NaN, 9);
    // Only the seed's own self-assessed "0.25", which the sheet's SUM skips: nothing where the formulas are ours.
    expect(json.problems.map((p) => p.code).filter((c) => c !== 'text_residue')).toEqual(['wrong_decimal_separator']);
    const check = JSON.parse((await cchc('check', recalculated, '--json')).out) as { problems: ProblemRow[] };
    // The seed's "0.25" and the sums it upsets, and 1.4.2 left blank: nothing about a deduction.
    expect(check.problems.filter((p) => p.code !== 'score_missing' && p.code !== 'text_residue' && !(p.code === 'total_mismatch' && p.cell?.startsWith('D'))).map((p) => p.code)).toEqual(['wrong_decimal_separator']);
    expect(check.problems.filter((p) => p.code === 'score_missing').map((p) => p.cell)).toEqual([`E${rowOf.get('1.4.2')}`]);
  });
});

describe('a leaf marked KĐG with the whole maximum given (--max 79)', () => {
  test('the sheet\'s index divides by 79 less the dropped maximum, as score --json does', async () => {
    const input = join(dir, 'kdg.xlsx');
    const { indexRow, totalRow } = await seedWith142(input, 'KĐG');
    const { json, show } = await scoredAndRecalculated(input, '--max', '79');
    // By hand: 1.4.2 (max 2) leaves the set: 38 listed, 15,59 earned, 22,41 lost; (77 − 22,41) ÷ 77 = 70,90 %.
    expect(json.indexBasis).toBe('whole');
    expect(json.indexMax).toBe(77);
    expect(json.index).toBe(0.709);
    expect(show(`C${totalRow}`)).toBeCloseTo(38, 9);
    expect(show(`E${indexRow}`)).toBeCloseTo(0.709, 9);
    // Only the seed's own self-assessed "0.25", which the sheet's SUM skips: nothing where the formulas are ours.
    expect(json.problems.map((p) => p.code).filter((c) => c !== 'text_residue')).toEqual(['wrong_decimal_separator']);
  });
});
