import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageOf, sheetXml } from '../helpers/made-workbook';
import { cchc } from '../helpers/run-cli';
import { tempDir } from '../helpers/temp-dir';

const dir = tempDir('cchc-rank-unreadable-');
const UNITS = join(__dirname, '..', '..', 'examples', 'don-vi');

describe('rank over several files where one cannot be read', () => {
  test('a cell at row 300 000 000 in one file: it is named, the other units are still ranked, no summary file, exit 2', async () => {
    const bad = join(dir, 'hong.xlsx');
    writeFileSync(bad, packageOf({ sheets: [{ name: 'Chấm điểm', xml: sheetXml('<row r="300000000"><c r="D300000000"><v>1</v></c></row>') }] }));
    const output = join(dir, 'tong-hop.xlsx');
    const run = await cchc('rank', join(UNITS, 'gio-linh.xlsx'), bad, join(UNITS, 'vinh-linh.xlsx'), '-o', output);
    expect(run.code).toBe(2);
    expect(run.err).toContain(`Tệp "${bad}", trang tính "Chấm điểm": ô D300000000 nằm ngoài giới hạn của bảng tính`);
    expect(run.err).toContain(`Chưa ghi "${output}" vì có tệp không đọc được: ${bad}.`);
    expect(existsSync(output)).toBe(false);
    const listed = await cchc('rank', join(UNITS, 'gio-linh.xlsx'), bad, join(UNITS, 'vinh-linh.xlsx'), '--json');
    expect(listed.code).toBe(2);
    expect(JSON.parse(listed.out).units.map((u: { file: string }) => u.file).sort()).toEqual([join(UNITS, 'gio-linh.xlsx'), join(UNITS, 'vinh-linh.xlsx')].sort());
  });
});
