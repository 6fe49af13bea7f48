import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cchc } from '../helpers/run-cli';

const dir = mkdtempSync(join(tmpdir(), 'cchc-coverage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a level or year the example set does not cover is said, never passed over', () => {
  test('--level xa --year 2026 warns on stderr and on the sheet; the sheet is still written', async () => {
    const file = join(dir, 'cham-diem-xa.xlsx');
    const run = await cchc('template', 'cham-diem', '--level', 'xa', '--year', '2026', '-o', file);
    expect(run.code).toBe(0);
    const lines = run.err.split('\n');
    expect(lines).toEqual([
      expect.stringContaining('chỉ gồm một phần tiêu chí của quyết định (40 điểm)'),
      'Bộ chỉ số "Bộ chỉ số mẫu (dựng từ Phụ lục kết quả đánh giá CCHC huyện Vĩnh Linh 6 tháng đầu năm 2023)" dùng cho cấp huyện, không phải cấp xã, phường: hãy nạp Bộ chỉ số của tỉnh cho cấp xã, phường.',
      'Bộ chỉ số "Bộ chỉ số mẫu (dựng từ Phụ lục kết quả đánh giá CCHC huyện Vĩnh Linh 6 tháng đầu năm 2023)" ban hành cho năm 2023, không phải năm 2026: hãy nạp Bộ chỉ số áp dụng cho năm 2026.',
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const texts: string[] = [];
    wb.worksheets[0]?.eachRow((row) => row.eachCell((c) => { if (typeof c.value === 'string') texts.push(c.value); }));
    const notice = texts.find((t) => t.startsWith('Lưu ý:'));
    expect(notice).toContain('không phải cấp xã, phường');
    expect(notice).toContain('không phải năm 2026');
  });

  test('the set\'s own level and year give no level or year warning', async () => {
    const run = await cchc('template', 'cham-diem', '--level', 'huyen', '--year', '2023', '-o', join(dir, 'huyen.xlsx'));
    expect(run.err.split('\n')).toEqual([expect.stringContaining('chỉ gồm một phần tiêu chí')]);
  });
});
