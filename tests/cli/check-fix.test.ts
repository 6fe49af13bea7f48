import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cellValues, recalculate } from '../helpers/libreoffice';
import { cchc } from '../helpers/run-cli';
import { seed003Workbook } from '../helpers/seed-workbooks';

jest.setTimeout(120_000);

const dir = mkdtempSync(join(tmpdir(), 'cchc-fix-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cchc check --fix -o on seed 003', () => {
  const input = join(dir, 'vinh-linh.xlsx');
  const output = join(dir, 'vinh-linh-da-sua.xlsx');
  let rowOf: Map<string, number>;

  beforeAll(async () => {
    ({ rowOf } = await seed003Workbook(input));
  });

  test('applies every certain fix, cell by cell, and the copy checks clean', async () => {
    const before = readFileSync(input);
    const cell = `D${rowOf.get('5.1.2')}`;
    const run = await cchc('check', input, '--fix', '-o', output);
    // Seed 003's pasted HTML and LaTeX stay (13 warnings, "chạy Làm sạch"): --fix changes only figures.
    expect(run.out.split('\n').filter((l) => !l.includes('[Lưu ý]'))).toEqual([
      `${input} › Chấm điểm CCHC 2023 › ${cell}: đã sửa "0.25" thành 0,25.`,
      `Đã sửa 1 ô; kết quả ở "${output}".`,
      // What remains is checked in the corrected copy, and named so.
      '0 lỗi, 13 lưu ý.',
    ]);
    expect(run.out).toContain(`${output} › Chấm điểm CCHC 2023 › H13: [Lưu ý]`);
    expect(run.code).toBe(0);
    expect(readFileSync(input).equals(before)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    expect(wb.worksheets[0]?.getCell(cell).value).toBe(0.25);
    const again = await cchc('check', output);
    expect([again.code, again.out.split('\n').pop(), again.err]).toEqual([0, '0 lỗi, 13 lưu ý.', '']);
  });

  test('what remains after the fix is named in the corrected copy, where it is', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(input);
    const appraised = `E${rowOf.get('1.1.3')}`;
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('seed 003 has no sheet');
    ws.getCell(appraised).value = 'chưa rõ';
    const withText = join(dir, 'con-loi.xlsx');
    await wb.xlsx.writeFile(withText);
    const corrected = join(dir, 'con-loi-da-sua.xlsx');
    const run = await cchc('check', withText, '--fix', '-o', corrected);
    const lines = run.out.split('\n');
    expect(lines[1]).toBe(`Đã sửa 1 ô; kết quả ở "${corrected}".`);
    expect(lines.slice(2).filter((l) => !l.includes('[Lưu ý]')).map((l) => l.split(': [')[0])).toEqual([`${corrected} › Chấm điểm CCHC 2023 › ${appraised}`, '1 lỗi, 13 lưu ý.']);
    expect(run.code).toBe(1);
  });

  test('--json lists what was fixed beside what remains', async () => {
    const run = await cchc('check', input, '--fix', '-o', join(dir, 'json.xlsx'), '--json');
    const json = JSON.parse(run.out) as { problems: { code: string }[]; fixed: unknown[] };
    expect({ ...json, problems: json.problems.filter((p) => p.code !== 'text_residue') }).toEqual({ problems: [], fixed: [{ file: input, sheet: 'Chấm điểm CCHC 2023', cell: `D${rowOf.get('5.1.2')}`, from: '0.25', to: 0.25 }] });
  });

  test('scored after the fix, LibreOffice gives −23,41 over 27 criteria, as score --json does', async () => {
    const scored = join(dir, 'da-sua-da-cham.xlsx');
    const run = await cchc('score', output, '-o', scored);
    expect(run.code).toBe(0);
    const json = JSON.parse((await cchc('score', output, '--json')).out) as { totals: { deduction: number; lost: number } };
    const [recalculated] = recalculate([scored]);
    const show = await cellValues(recalculated ?? '');
    const totalRow = Math.max(...rowOf.values()) + 1;
    expect([show(`F${totalRow}`), show(`F${totalRow + 3}`)]).toEqual([json.totals.deduction, json.totals.lost]);
    expect(json.totals).toMatchObject({ deduction: -23.41, lost: 27 });
    expect(show(`D${rowOf.get('5.1.2')}`)).toBe(0.25);
    rmSync(join(recalculated ?? '', '..'), { recursive: true, force: true });
  });

  test('-o without --fix is a usage error', async () => {
    const run = await cchc('check', input, '-o', join(dir, 'y.xlsx'));
    expect(run.code).toBe(2);
    expect(run.err).toContain('-o và --in-place chỉ dùng cùng --fix.');
  });
});
