import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkGrid, fixWrites } from '../../shared';
import { readGrid } from '../helpers/exceljs-grid';
import { cellValues, recalculate } from '../helpers/libreoffice';
import { cchc } from '../helpers/run-cli';
import { seed003Workbook } from '../helpers/seed-workbooks';
import { seedTable } from '../helpers/seeds';

jest.setTimeout(180_000);

interface ProblemRow { file: string; sheet: string; cell: string | null; severity: string; code: string; message: string }
interface ScoreJson {
  totals: { max: number; self: number; appraised: number; deduction: number; lost: number };
  index: number | null; indexMax: number; indexBasis: string; problems: ProblemRow[];
}

const dir = mkdtempSync(join(tmpdir(), 'cchc-truth-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const seedRows = seedTable('003', 'STT\tLĨNH VỰC');

/**
 * Seed 003 with every figure stored as text ("0,85"): the core reads them, the sheet's SUMs skip
 * them. Each such cell is a problem at its cell whose fix is the number; once fixed, the sheet's
 * own recalculation is what the core prints.
 */
describe('figures stored as text', () => {
  const input = join(dir, 'as-text.xlsx');
  let rowOf: Map<string, number>;
  /** Every self-assessed and appraised cell of the seed with the code the checker must give it. */
  let expected: [string, string][];

  beforeAll(async () => {
    ({ rowOf } = await seed003Workbook(input, { figuresAsText: true }));
    expected = seedRows.flatMap((r) => [3, 4].flatMap((c) => {
      const text = (r[c] ?? '').trim();
      if (text === '') return [];
      const cell = `${'DE'[c - 3]}${rowOf.get(r[0] ?? '')}`;
      return [[cell, /^\d+(,\d+)?$/.test(text) ? 'number_stored_as_text' : 'wrong_decimal_separator'] as [string, string]];
    }));
  });

  test('cchc check lists every such cell, each with the conversion as its message', async () => {
    const run = await cchc('check', input, '--json');
    const problems = (JSON.parse(run.out) as { problems: ProblemRow[] }).problems;
    expect(expected.length).toBe(54); // self and appraised of the seed's 27 rows
    expect(problems.map((p) => [p.cell, p.code]).sort()).toEqual([...expected].sort());
    const e11 = problems.find((p) => p.cell === `E${rowOf.get('1.1.3')}`);
    expect(e11?.message).toBe('"0,85" bị lưu dạng chữ nên công thức trên trang bỏ qua, trong khi số liệu in ra vẫn tính; chuyển thành số 0,85.');
    expect(run.code).toBe(1);
  });

  test('without the fix, score -o --json prints the core\'s figures and lists every cell where the sheet parts from them', async () => {
    const run = await cchc('score', input, '-o', join(dir, 'as-text-scored.xlsx'), '--json');
    const json = JSON.parse(run.out) as ScoreJson;
    expect(json.totals).toEqual({ max: 40, self: 31.87, appraised: 16.59, deduction: -23.41, lost: 27 });
    expect(json.problems.map((p) => [p.cell, p.code]).sort()).toEqual([...expected].sort());
    expect(json.problems[0]).toEqual(expect.objectContaining({ file: input, sheet: 'Chấm điểm CCHC 2023', severity: 'error' }));
    // What the sheet itself shows, recalculated: the SUMs skipped every text figure, as the problems say.
    const [recalculated] = recalculate([join(dir, 'as-text-scored.xlsx')], mkdtempSync(join(dir, 'lo-')));
    const show = await cellValues(recalculated ?? '');
    const totalRow = Math.max(...rowOf.values()) + 1;
    expect([show(`D${totalRow}`), show(`E${totalRow}`)]).toEqual([0, 0]);
  });

  test('with the fixes applied, LibreOffice\'s recalculation gives −23,41 over 27 criteria and equals score --json', async () => {
    // The fixes the hosts' buttons and check --fix write: the core's problems at their cells, through fixWrites.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(input);
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    const checked = checkGrid(readGrid(ws));
    const problems = checked.ok ? checked.value : [];
    const writes = fixWrites(problems);
    expect(writes.length).toBe(expected.length);
    for (const w of writes) ws.getCell(w.row, w.column).value = w.value;
    const fixed = join(dir, 'fixed.xlsx');
    await wb.xlsx.writeFile(fixed);

    const after = await cchc('check', fixed, '--json');
    expect((JSON.parse(after.out) as { problems: ProblemRow[] }).problems).toEqual([]);
    const json = JSON.parse((await cchc('score', fixed, '--json')).out) as ScoreJson;
    expect(json.problems).toEqual([]);
    expect(json.totals).toEqual({ max: 40, self: 31.87, appraised: 16.59, deduction: -23.41, lost: 27 });

    const [recalculated] = recalculate([fixed], mkdtempSync(join(dir, 'lo-')));
    const show = await cellValues(recalculated ?? '');
    const totalRow = Math.max(...rowOf.values()) + 1;
    expect(show(`F${totalRow}`)).toBe(-23.41);
    expect(show(`F${totalRow + 3}`)).toBe(27);
    expect([show(`C${totalRow}`), Number(show(`D${totalRow}`)).toFixed(2), Number(show(`E${totalRow}`)).toFixed(2)])
      .toEqual([json.totals.max, json.totals.self.toFixed(2), json.totals.appraised.toFixed(2)]);
    expect(show(`E${totalRow + 1}`)).toBe(json.index);
  });

  test('cchc check --fix -o converts every such cell; LibreOffice\'s recalculation of the copy gives −23,41 over 27 criteria, as score --json', async () => {
    const fixed = join(dir, 'as-text-fixed.xlsx');
    const run = await cchc('check', input, '--fix', '-o', fixed, '--json');
    const report = JSON.parse(run.out) as { problems: ProblemRow[]; fixed: { cell: string; from: string; to: number }[] };
    expect(report.fixed.map((f) => f.cell).sort()).toEqual(expected.map(([cell]) => cell).sort());
    expect(report.fixed.find((f) => f.cell === `E${rowOf.get('1.1.3')}`)).toEqual(expect.objectContaining({ from: '0,85', to: 0.85 }));
    expect(report.problems).toEqual([]);
    const json = JSON.parse((await cchc('score', fixed, '--json')).out) as ScoreJson;
    expect([json.totals, json.problems]).toEqual([{ max: 40, self: 31.87, appraised: 16.59, deduction: -23.41, lost: 27 }, []]);
    const [recalculated] = recalculate([fixed], mkdtempSync(join(dir, 'lo-')));
    const show = await cellValues(recalculated ?? '');
    const totalRow = Math.max(...rowOf.values()) + 1;
    expect([show(`F${totalRow}`), show(`F${totalRow + 3}`), Number(show(`D${totalRow}`)).toFixed(2), show(`E${totalRow + 1}`)])
      .toEqual([-23.41, 27, '31.87', json.index]);
  });
});
