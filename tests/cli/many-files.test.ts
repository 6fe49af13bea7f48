import ExcelJS from 'exceljs';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cchc } from '../helpers/run-cli';
import { seed003Workbook } from '../helpers/seed-workbooks';

jest.setTimeout(120_000);

const dir = mkdtempSync(join(tmpdir(), 'cchc-many-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const a = join(dir, 'vinh-linh.xlsx');
const b = join(dir, 'gio-linh.xlsx');
const missing = join(dir, 'khong-co.xlsx');
let rowOf: Map<string, number>;

beforeAll(async () => {
  ({ rowOf } = await seed003Workbook(a));
  copyFileSync(a, b);
});

describe('every file argument is processed; a missing one is reported and ends with exit 2', () => {
  test('check', async () => {
    const run = await cchc('check', a, missing, b);
    const cell = `D${rowOf.get('5.1.2')}`;
    expect(run.out).toContain(`${a} › Chấm điểm CCHC 2023 › ${cell}: [LỖI]`);
    expect(run.out).toContain(`${b} › Chấm điểm CCHC 2023 › ${cell}: [LỖI]`);
    expect(run.err).toBe(`Không tìm thấy tệp "${missing}".`);
    expect(run.code).toBe(2);
  });

  test('check --json gathers the problems of every file', async () => {
    const run = await cchc('check', a, b, '--json');
    expect((JSON.parse(run.out) as { problems: { file: string; code: string }[] }).problems.filter((p) => p.code !== 'text_residue').map((p) => p.file)).toEqual([a, b]);
    expect(run.code).toBe(1);
  });

  test('score prints each file; --json gives one object per file', async () => {
    const run = await cchc('score', a, missing, b);
    expect(run.out.split('\n').filter((l) => l.includes('bị trừ -23,41 ở 27 tiêu chí'))).toEqual([
      `${a} › Trang "Chấm điểm CCHC 2023": điểm chuẩn 40,00, tự đánh giá 31,87, thẩm định 16,59, bị trừ -23,41 ở 27 tiêu chí.`,
      `${b} › Trang "Chấm điểm CCHC 2023": điểm chuẩn 40,00, tự đánh giá 31,87, thẩm định 16,59, bị trừ -23,41 ở 27 tiêu chí.`,
    ]);
    expect(run.code).toBe(2);
    const json = JSON.parse((await cchc('score', a, b, '--json')).out) as { file: string; totals: { deduction: number } }[];
    expect(json.map((j) => [j.file, j.totals.deduction])).toEqual([[a, -23.41], [b, -23.41]]);
  });

  test('clean --in-place cleans each file, the missing one reported', async () => {
    const c = join(dir, 'c.xlsx');
    const d = join(dir, 'd.xlsx');
    copyFileSync(a, c);
    copyFileSync(a, d);
    const run = await cchc('clean', c, missing, d, '--in-place');
    expect(run.out.split('\n').filter((l) => l.startsWith('Đã làm sạch'))).toHaveLength(2);
    expect(run.err).toContain(missing);
    expect(run.code).toBe(2);
  });

  test('plan writes one sheet per file, and nothing when a file is missing', async () => {
    const out = join(dir, 'ke-hoach.xlsx');
    const failed = await cchc('plan', a, missing, '-o', out);
    expect(failed.code).toBe(2);
    expect(failed.err).toContain(`Chưa ghi "${out}"`);
    expect(existsSync(out)).toBe(false);
    // Written, and exit 1 as check and score give: the seed's "0.25" is a data error in both sheets.
    expect((await cchc('plan', a, b, '-o', out, '--year', '2024')).code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets).toHaveLength(2);
    expect(wb.worksheets[0]?.name).not.toBe(wb.worksheets[1]?.name);
  });
});

describe('a bad --year is refused with exit 2', () => {
  test.each(['abc', '99', '1e9', '2026.5', ''])('%p', async (year) => {
    for (const argv of [['plan', a, '-o', join(dir, 'p.xlsx')], ['rank', a, '-o', join(dir, 'r.xlsx')], ['template', 'cham-diem', '-o', join(dir, 't.xlsx')]]) {
      const run = await cchc(...argv, '--year', year);
      expect([argv[0], run.code]).toEqual([argv[0], 2]);
      expect(run.err).toBe(`Năm "${year}" không hợp lệ: cần một năm từ 2000 đến 2100, ví dụ --year 2026.`);
    }
    expect(['p', 'r', 't'].some((n) => existsSync(join(dir, `${n}.xlsx`)))).toBe(false);
  });
});

describe('a computed cell holding a formula of the user\'s own', () => {
  test('is kept and listed by score -o', async () => {
    const own = join(dir, 'cong-thuc-rieng.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(a);
    const row = rowOf.get('1.1.3') ?? 0;
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    ws.getCell(row, 6).value = { formula: `E${row}-C${row}-0.25` } as ExcelJS.CellFormulaValue;
    await wb.xlsx.writeFile(own);
    const out = join(dir, 'cong-thuc-rieng-da-cham.xlsx');
    const run = await cchc('score', own, '-o', out);
    expect(run.out).toContain(`Giữ nguyên 1 ô đã gõ tay: F${row}.`);
    expect(run.out).toContain(`Trong đó F${row} có công thức riêng, khác công thức chấm điểm: hãy kiểm tra lại.`);
    const scored = new ExcelJS.Workbook();
    await scored.xlsx.readFile(out);
    expect(scored.worksheets[0]?.getCell(row, 6).formula).toBe(`E${row}-C${row}-0.25`);
  });
});
