import ExcelJS from 'exceljs';
import { openWorkbook } from '../../../files/xlsx';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_GRID_CELLS } from '../../../files/xlsx';
import { cchc } from '../../helpers/run-cli';
import { tempDir } from '../../helpers/temp-dir';

jest.setTimeout(60_000);
const dir = tempDir('cchc-read-grid-');
const HEADER = ['STT', 'Tiêu chí', 'Điểm chuẩn', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Điểm bị trừ', 'Ý kiến Hội đồng thẩm định'];

async function write(path: string, fill: (ws: ExcelJS.Worksheet) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet('Chấm điểm'));
  await wb.xlsx.writeFile(path);
}

describe('the .xlsx reader visits only the cells that exist', () => {
  test('values only in A1 and XFD1048576: a few KB on disk, read without building the 17-billion-cell grid', async () => {
    const input = join(dir, 'goc-xa.xlsx');
    await write(input, (ws) => {
      ws.getCell('A1').value = 'Ghi chú';
      ws.getCell('XFD1048576').value = 2;
    });
    const grid = openWorkbook(readFileSync(input), input).grid('Chấm điểm');
    expect(grid.values.length).toBe(1_048_576);
    expect(grid.values[0]).toEqual(['Ghi chú']);
    expect(grid.values[1]).toEqual([]);
    expect(grid.values[1_048_575]?.length).toBe(16_384);
    expect(grid.values[1_048_575]?.[16_383]).toBe(2);
    const run = await cchc('check', input);
    expect([run.code, run.err]).toEqual([2, expect.stringContaining('Không tìm thấy bảng phụ lục')]);
  });

  test('a real table with a stray value in XFD1048576 is checked and scored as if the stray cell were not there', async () => {
    const input = join(dir, 'bang-va-o-xa.xlsx');
    await write(input, (ws) => {
      ws.getRow(1).values = HEADER;
      ws.getRow(2).values = ['1.1', 'Ban hành kế hoạch CCHC', 2, 2, 1.5, null, 'Hoàn thành &#99999999; nhiệm vụ'];
      ws.getRow(3).values = ['1.2', 'Báo cáo CCHC', 1, 1, 0.75, -0.25, 'Đạt'];
      ws.getCell('XFD1048576').value = 'x';
    });
    const before = readFileSync(input);
    const check = await cchc('check', input, '--json');
    expect(check.code).toBe(0);
    const score = await cchc('score', input, '--json');
    expect(JSON.parse(score.out).totals).toEqual({ max: 3, self: 3, appraised: 2.25, deduction: -0.75, lost: 2 });
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  test(`beyond ${MAX_GRID_CELLS.toLocaleString('en-US')} grid cells the sheet is refused with a message naming file, sheet and farthest cell`, async () => {
    const input = join(dir, 'qua-rong.xlsx');
    const rows = Math.ceil(MAX_GRID_CELLS / 16_384) + 1;
    await write(input, (ws) => {
      for (let r = 1; r <= rows; r++) ws.getCell(r, 16_384).value = r;
    });
    const output = join(dir, 'qua-rong-out.xlsx');
    const run = await cchc('score', input, '-o', output);
    expect(run.code).toBe(2);
    expect(run.err).toContain('qua-rong.xlsx');
    expect(run.err).toContain('"Chấm điểm"');
    expect(run.err).toContain('vượt giới hạn 10.000.000 ô');
    expect(run.err).toMatch(/đến ô XFD\d+/);
    expect(readdirSync(dir).filter((f) => f.startsWith('.') || f === 'qua-rong-out.xlsx')).toEqual([]);
  });
});
