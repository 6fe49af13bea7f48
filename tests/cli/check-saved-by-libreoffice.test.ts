import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cellValues, recalculate } from '../helpers/libreoffice';
import { cchc } from '../helpers/run-cli';
import { tempDir } from '../helpers/temp-dir';
import { formulasOfXlsx } from '../helpers/xlsx-formulas';

jest.setTimeout(240_000);

/**
 * The shipped example as an officer's computer gives it back: opened in LibreOffice and saved with no
 * edit, every formula's result is stored beside it. The area, sub-criterion and grand totals of the
 * self-assessed column (D36, D37, D55) then hold 4, 0 and 31,62: their SUMs skip the "0.25" in D38,
 * stored as text. `check` must report D38 once, naming those totals, and `check --fix` must write D38
 * and nothing over a formula.
 */
describe('the shipped example saved by LibreOffice', () => {
  const dir = tempDir('cchc-lo-saved-');
  let saved: string;
  const sheet = 'Chấm điểm CCHC 2023';

  beforeAll(() => {
    const copy = join(dir, 'cham-diem.xlsx');
    copyFileSync(join(__dirname, '../../examples/cham-diem-vinh-linh-2023.xlsx'), copy);
    [saved = ''] = recalculate([copy], tempDir('cchc-lo-saved-out-'));
  });

  test('LibreOffice stores the totals without the figure stored as text (the case this is about)', async () => {
    const show = await cellValues(saved, sheet);
    expect(['D36', 'D37', 'D38', 'D55'].map(show)).toEqual([4, 0, '0.25', 31.62]);
  });

  test('check lists D38, with the totals it leaves short, and no total as an error of its own', async () => {
    const run = await cchc('check', saved);
    // Besides the opinions' pasted HTML and LaTeX (a warning each, "chạy Làm sạch"), one error, and no total among them.
    expect(run.out.split('\n').filter((l) => !l.includes('[Lưu ý] Ô có phần thừa do dán'))).toEqual([
      `${saved} › ${sheet} › D38: [LỖI] "0.25" bị lưu dạng chữ do gõ sai dấu thập phân nên tổng D36, D37, D55 đang thiếu 0,25; chuyển thành số 0,25.`,
      '1 lỗi, 13 lưu ý.',
    ]);
    expect(run.code).toBe(1);
    const en = await cchc('check', saved, '--lang', 'en', '--json');
    expect((JSON.parse(en.out) as { problems: { cell: string; code: string; message: string }[] }).problems.filter((p) => p.code !== 'text_residue').map((p) => [p.cell, p.message])).toEqual([
      ['D38', '"0.25" is stored as text because of its decimal separator, so the totals D36, D37, D55 are 0.25 short; convert it to the number 0.25.'],
    ]);
  });

  test('check --fix -o writes D38 only: every formula of the input is the same formula in the output', async () => {
    const output = join(dir, 'da-sua.xlsx');
    const before = readFileSync(saved);
    const run = await cchc('check', saved, '--fix', '-o', output);
    // What remains in the copy is the opinions' residue (warnings for Làm sạch), no error.
    expect(run.out.split('\n').filter((l) => !l.includes('[Lưu ý] Ô có phần thừa do dán'))).toEqual([
      `${saved} › ${sheet} › D38: đã sửa "0.25" thành 0,25.`,
      `Đã sửa 1 ô; kết quả ở "${output}".`,
      '0 lỗi, 13 lưu ý.',
    ]);
    expect(run.code).toBe(0);
    expect(readFileSync(saved).equals(before)).toBe(true);
    const input = formulasOfXlsx(saved);
    const written = formulasOfXlsx(output);
    const count = [...input.values()].reduce((n, m) => n + m.size, 0);
    expect(count).toBeGreaterThan(100);
    for (const [part, formulas] of input) expect(Object.fromEntries(written.get(part) ?? [])).toEqual(Object.fromEntries(formulas));
    expect(input.get('xl/worksheets/sheet1.xml')?.get('D36')).toBe('MAX(0,SUM(D38:D40))');

    // LibreOffice's recalculation of the corrected copy: the totals now count D38, and the deduction
    // and the criteria that lost points are what score --json prints.
    const [recalculated = ''] = recalculate([output], tempDir('cchc-lo-fixed-'));
    const show = await cellValues(recalculated, sheet);
    expect(['D36', 'D37', 'D38', 'D55', 'F55', 'F58'].map(show)).toEqual([4.25, 0.25, 0.25, 31.87, -23.41, 27]);
    const scored = await cchc('score', output, '--json');
    const json = JSON.parse(scored.out) as { totals: { self: number; deduction: number; lost: number } };
    expect(json.totals).toMatchObject({ self: 31.87, deduction: -23.41, lost: 27 });
    expect([show('D55'), show('F55'), show('F58')]).toEqual([json.totals.self, json.totals.deduction, json.totals.lost]);
  });
});
