import ExcelJS from 'exceljs';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cchc } from '../helpers/run-cli';
import { seed003Workbook } from '../helpers/seed-workbooks';

jest.setTimeout(60_000);

const dir = mkdtempSync(join(tmpdir(), 'cchc-args-'));
const seed = join(dir, 'vinh-linh.xlsx');
beforeAll(() => seed003Workbook(seed));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('argument errors speak the officer\'s language and exit 2', () => {
  test('an unknown option, in Vietnamese by default and in English with --lang en', async () => {
    const vi = await cchc('check', seed, '--bogus');
    expect(vi.code).toBe(2);
    expect(vi.err).toMatch(/^Lệnh "check" không có tùy chọn --bogus\.\nCách dùng: cchc check <file\.xlsx…> \[--sheet name\] \[--json\]/);
    const en = await cchc('check', seed, '--bogus', '--lang', 'en');
    expect(en.code).toBe(2);
    expect(en.err).toMatch(/^The "check" command has no option --bogus\.\nUsage: /);
  });

  test('an option without its value, and a switch given one', async () => {
    const missing = await cchc('score', seed, '--set');
    expect([missing.code, missing.err.split('\n')[0]]).toEqual([2, 'Tùy chọn --set cần một giá trị đi kèm.']);
    const extra = await cchc('check', seed, '--json=yes');
    expect([extra.code, extra.err.split('\n')[0]]).toEqual([2, 'Tùy chọn --json không nhận giá trị đi kèm.']);
  });

  test('--lang=en and --lang EN are English; --lang fr is refused', async () => {
    for (const args of [['--lang=en'], ['--lang', 'EN'], ['--lang', 'en']]) {
      const run = await cchc('check', seed, ...args);
      expect(run.code).toBe(1);
      expect(run.out.split('\n').pop()).toBe('1 error, 0 warnings.');
    }
    const fr = await cchc('check', seed, '--lang', 'fr');
    expect(fr.code).toBe(2);
    expect(fr.err).toContain('Không có ngôn ngữ "fr"');
    expect(fr.err).toContain('There is no language "fr"');
    expect((await cchc('check', seed, '--lang')).code).toBe(2);
  });
});

describe('what the commands print', () => {
  test('the template confirmation names the years once', async () => {
    const out = join(dir, 'chi-tieu.xlsx');
    const run = await cchc('template', 'chi-tieu-cchc', '--year', '2026', '-o', out);
    expect(run.out).toBe(`Đã tạo "${out}" (Kế hoạch thực hiện chỉ tiêu CCHC năm 2026, dự kiến đến năm 2028).`);
    const score = join(dir, 'cham-diem.xlsx');
    expect((await cchc('template', 'cham-diem', '--year', '2026', '-o', score, '--lang', 'en')).out)
      .toBe(`Wrote "${score}" (PAR Index score sheet, year 2026).`);
    expect((await cchc('templates')).out).not.toMatch(/seed|năm N/);
  });

  test('rank: progress without an empty last line, English ratings, --unit on the letterhead, exit 1 like check', async () => {
    const files = ['a', 'b', 'c', 'd', 'e'].map((n) => join(dir, `don-vi-${n}.xlsx`));
    for (const f of files) copyFileSync(seed, f);
    const summary = join(dir, 'tong-hop.xlsx');
    const run = await cchc('rank', ...files, '--unit', 'huyện Vĩnh Linh', '--year', '2023', '-o', summary, '--lang', 'en');
    expect(run.err.split('\n')).toEqual(files.map((f, i) => `[${i}/5] ${f}`));
    // Seed 003's sheet: appraised 16,59 of 40 = 41,48 %, below group C; its typed 0.25 is a data error.
    // Five copies of one file name the same unit: each row is told apart by its file.
    expect(run.out.split('\n')[0]).toMatch(/^01\/05\s+huyện Vĩnh Linh \(don-vi-a\)\s+41\.48%\s+Below group C$/);
    expect(run.code).toBe(1);
    expect((await cchc('check', seed)).code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(summary);
    const texts: string[] = [];
    wb.worksheets[0]?.eachRow((row) => row.eachCell((c) => { if (typeof c.value === 'string') texts.push(c.value); }));
    expect(texts).toContain('HUYỆN VĨNH LINH');
    expect(texts.join(' ')).not.toContain('……………');
  });

  test('plan exits 1 on a sheet with data errors, as score does', async () => {
    const out = join(dir, 'ke-hoach.xlsx');
    const plan = await cchc('plan', seed, '--year', '2023', '-o', out);
    expect(plan.code).toBe(1);
    expect((await cchc('score', seed)).code).toBe(1);
  });
});
