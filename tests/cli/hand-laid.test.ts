import ExcelJS from 'exceljs';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cellValues, recalculate } from '../helpers/libreoffice';
import { cchc } from '../helpers/run-cli';
import { tempDir } from '../helpers/temp-dir';

jest.setTimeout(120_000);
const dir = tempDir('cchc-hand-');

/** A score sheet as a district officer lays it out by hand: title lines, a numbered column row, a header repeated at a page break, blank rows, codes typed as numbers. */
async function handLaid(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Điểm 6 tháng');
  ws.getCell('A1').value = 'UBND HUYỆN GIO LINH';
  ws.getCell('A3').value = 'KẾT QUẢ TỰ ĐÁNH GIÁ CHỈ SỐ CCHC 6 THÁNG';
  const header = ['STT', 'Tiêu chí', 'Điểm tối đa', 'Tự đánh giá', 'Điểm thẩm định', 'Điểm bị trừ', 'Ý kiến'];
  ws.getRow(5).values = header;
  ws.getRow(6).values = [1, 2, 3, 4, 5, 6, 7];
  ws.getRow(7).values = ['1', 'Công tác chỉ đạo, điều hành'];
  ws.getRow(8).values = [1.2, 'Báo cáo CCHC', 4, 2.3, 1.7, -2.3, 'BC đột xuất không đầy đủ'];
  ws.getRow(9).values = ['1.6', 'Đổi mới, sáng tạo', 2, 2, 0.5, null, '<p>Thống nhất 01 sáng kiến</p>'];
  ws.getRow(11).values = header;
  ws.getRow(12).values = ['3.4', 'Kết quả giải quyết hồ sơ TTHC', 3, 3, 2.99, null, 'Giải quyết đúng hạn 14.651/14.678 hồ sơ'];
  ws.getRow(13).values = ['3.11.1', 'Thanh toán trực tuyến', 1, 1, 0.07, -0.9, '$(8/112)*1=0,07$'];
  await wb.xlsx.writeFile(path);
}

describe('a workbook laid out by hand', () => {
  const input = join(dir, 'gio-linh.xlsx');
  beforeAll(() => handLaid(input));

  test('reads every criterion row and skips headers, numbers and blanks', async () => {
    const run = await cchc('score', input, '--json');
    const json = JSON.parse(run.out) as { rows: { row: number; code: string; deduction: number | null }[]; totals: Record<string, number> };
    expect(json.rows.map((r) => [r.row, r.code, r.deduction])).toEqual([
      [7, '1', null], [8, '1.2', -2.3], [9, '1.6', -1.5], [12, '3.4', -0.01], [13, '3.11.1', -0.93],
    ]);
    expect(json.totals).toEqual({ max: 10, self: 8.3, appraised: 5.26, deduction: -4.74, lost: 4 });
  });

  test('check reports the typed deduction that is wrong, and nothing else', async () => {
    const run = await cchc('check', input, '--json');
    expect(JSON.parse(run.out).problems.map((p: { cell: string; code: string }) => [p.cell, p.code])).toEqual([['F13', 'deduction_mismatch']]);
    expect(run.code).toBe(1);
  });

  test('scoring fills only the empty computed cells and adds the total block below', async () => {
    const output = join(dir, 'gio-linh-scored.xlsx');
    const run = await cchc('score', input, '-o', output);
    expect(run.out).toContain('Giữ nguyên 2 ô đã gõ tay: F8, F13.');
    const [recalculated] = recalculate([output]);
    const show = await cellValues(recalculated ?? '');
    expect([show('C7'), show('E7'), show('F7')]).toEqual([6, 2.2, -3.8]);
    expect([show('F8'), show('F9'), show('F12'), show('F13')]).toEqual([-2.3, -1.5, -0.01, -0.9]);
    expect([show('B14'), show('C14'), show('E14')]).toEqual(['Tổng cộng', 10, 5.26]);
    expect(show('E15')).toBe(0.526);
  });
});

describe('unreadable input ends with exit 2, a clear message and no output file', () => {
  test.each([
    ['a missing file', 'khong-co.xlsx', () => undefined, 'Không tìm thấy tệp'],
    ['a corrupt file', 'hong.xlsx', (p: string) => writeFileSync(p, 'PK\u0003\u0004 not really a zip'), 'bị hỏng (không thấy mục lục của tệp nén)'],
    // Excel encrypts an .xlsx into an OLE compound file whose directory names an "EncryptedPackage" stream.
    ['a password-protected file', 'mat-khau.xlsx', (p: string) => writeFileSync(p, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('EncryptedPackage', 'utf16le')])), 'bảo vệ bằng mật khẩu'],
    ['an old .xls file', 'cu.xlsx', (p: string) => writeFileSync(p, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('Workbook', 'utf16le')])), 'Excel 97-2003 (.xls)'],
    ['a text file', 'ghi-chu.xlsx', (p: string) => writeFileSync(p, 'xin chào'), 'không phải là tệp Excel'],
  ])('%s', async (_what, name, make, message) => {
    const input = join(dir, name);
    make(input);
    const output = join(dir, `out-${name}`);
    const run = await cchc('score', input, '-o', output);
    expect(run.code).toBe(2);
    expect(run.err).toContain(message);
    expect(run.err).toContain(name);
    expect(existsSync(output)).toBe(false);
  });

  test('a sheet with no recognisable table', async () => {
    const input = join(dir, 'trong.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Ghi chú').getCell('A1').value = 'Danh sách cán bộ';
    await wb.xlsx.writeFile(input);
    const output = join(dir, 'trong-out.xlsx');
    const score = await cchc('score', input, '-o', output);
    expect([score.code, score.err]).toEqual([2, expect.stringContaining('Không tìm thấy bảng chấm điểm')]);
    expect(existsSync(output)).toBe(false);
    const check = await cchc('check', input);
    expect([check.code, check.err]).toEqual([2, expect.stringContaining('Không tìm thấy bảng phụ lục')]);
  });

  test('bad usage', async () => {
    expect((await cchc('scroe', 'x.xlsx')).code).toBe(2);
    expect((await cchc('template', 'khong-co-mau', '-o', join(dir, 'x.xlsx'))).err).toContain('Không có mẫu "khong-co-mau"');
    expect((await cchc('template', 'cham-diem', '--bogus')).code).toBe(2);
    expect((await cchc()).code).toBe(2);
  });
});
