import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cellValues, recalculate } from '../helpers/libreoffice';
import { partsOf, richSeed003Workbook, SPARKLINES, X14_VALIDATION } from '../helpers/rich-workbook';
import { cchc } from '../helpers/run-cli';

jest.setTimeout(120_000);

const dir = mkdtempSync(join(tmpdir(), 'cchc-keep-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Parts an edit may change: the sheet it writes, the cell formats, and the workbook's ask to recalculate. */
const EDITABLE = ['xl/worksheets/sheet1.xml', 'xl/styles.xml', 'xl/workbook.xml'];
/** clean also writes the rich-text cell of the second sheet. */
const EDITED_BY: Record<string, readonly string[]> = { score: EDITABLE, clean: [...EDITABLE, 'xl/worksheets/sheet2.xml'] };

describe('score -o and clean -o keep every part of the workbook they edit', () => {
  const input = join(dir, 'vinh-linh-day-du.xlsx');
  let rowOf: Map<string, number>;
  let residueCell: string;
  let before: Map<string, Buffer>;

  beforeAll(async () => {
    ({ rowOf, residueCell } = await richSeed003Workbook(input));
    before = await partsOf(input);
  });

  test.each([
    ['score', (out: string) => ['score', input, '-o', out]],
    ['clean', (out: string) => ['clean', input, '-o', out]],
  ])('%s -o: every part is still there, untouched parts byte for byte, extLst kept', async (name, argv) => {
    const output = join(dir, `${name}.xlsx`);
    const run = await cchc(...argv(output));
    // Only the example set's note that it is partial (score uses it without --set).
    expect(run.err.split('\n').filter((l) => l !== '' && !l.includes('chỉ gồm một phần tiêu chí'))).toEqual([]);
    const after = await partsOf(output);
    expect([...before.keys()].filter((p) => !after.has(p))).toEqual([]);
    for (const part of ['xl/charts/chart1.xml', 'xl/media/image1.png', 'xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', 'xl/drawings/drawing1.xml', 'docProps/custom.xml']) {
      expect([part, after.get(part)?.equals(before.get(part) ?? Buffer.alloc(0))]).toEqual([part, true]);
    }
    const changed = [...before.keys()].filter((p) => !after.get(p)?.equals(before.get(p) ?? Buffer.alloc(0)));
    expect(changed.filter((p) => !(EDITED_BY[name] ?? []).includes(p))).toEqual([]);
    const sheet = after.get('xl/worksheets/sheet1.xml')?.toString('utf8') ?? '';
    expect(sheet).toContain(X14_VALIDATION);
    expect(sheet).toContain(SPARKLINES);
    expect(sheet).toContain('<drawing r:id=');
    expect(sheet).toContain('<legacyDrawing r:id=');
  });

  test('clean -o cleans the pasted HTML and the rich-text cell, and says which cell lost its formatting', async () => {
    const output = join(dir, 'clean-check.xlsx');
    const run = await cchc('clean', input, '-o', output);
    expect(run.out).toMatch(/^Đã làm sạch \d+ ô/);
    expect(run.out).toContain('1 ô có định dạng nhiều kiểu chữ');
    expect(run.out).toContain('Ghi chú › B1');
    const show = await cellValues(output);
    expect(show(residueCell)).toBe('Thống nhất kết quả');
    const notes = await cellValues(output, 'Ghi chú');
    expect(notes('B1')).toBe('Lưu ý: nộp trước 15/3');
    expect(notes('A2')).toBe('Phòng Nội vụ');
    const again = await cchc('clean', output, '-o', join(dir, 'clean-again.xlsx'));
    expect(again.out).toContain('Đã làm sạch 0 ô');
  });

  test('LibreOffice recalculates the scored copy to seed 003: −23,41 over 27 criteria', async () => {
    const output = join(dir, 'score-recalc.xlsx');
    expect((await cchc('score', input, '-o', output)).code).toBe(1);
    const [recalculated] = recalculate([output]);
    const show = await cellValues(recalculated ?? '');
    const totalRow = Math.max(...rowOf.values()) + 1;
    expect(show(`B${totalRow}`)).toBe('Tổng cộng');
    expect(show(`F${totalRow}`)).toBe(-23.41);
    expect(show(`E${totalRow + 1}`)).toBe(0.4148);
    expect(show(`F${totalRow + 3}`)).toBe(27);
    rmSync(join(recalculated ?? '', '..'), { recursive: true, force: true });
  });
});

describe('a shared formula whose first cell scoring writes', () => {
  test('its other cells keep their own formula: ours never spreads to a row outside the table', async () => {
    const input = join(dir, 'chia-se.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Điểm');
    ws.getRow(5).values = ['STT', 'Tiêu chí', 'Điểm tối đa', 'Tự đánh giá', 'Điểm thẩm định', 'Điểm bị trừ'];
    ws.getRow(6).values = ['1.1', 'Kế hoạch CCHC', 2, 2, 1.5];
    ws.getRow(7).values = ['1.2', 'Báo cáo CCHC', 3, 3, 1];
    // Filled down by the user to row 30, as Excel stores it: one shared formula, its text once, in F6.
    ws.getCell('F6').value = { formula: 'IF($E6="","",ROUND($E6-$C6,2))', shareType: 'shared', ref: 'F6:F30' } as unknown as ExcelJS.CellFormulaValue;
    ws.getCell('F7').value = { sharedFormula: 'F6' } as unknown as ExcelJS.CellSharedFormulaValue;
    ws.getCell('F30').value = { sharedFormula: 'F6' } as unknown as ExcelJS.CellSharedFormulaValue;
    ws.getCell('E30').value = 7;
    // A formula of the user's that reads a cell we write, with the stale result a spreadsheet cached.
    ws.getCell('H6').value = { formula: 'F6*2', result: 999 } as ExcelJS.CellFormulaValue;
    await wb.xlsx.writeFile(input);
    const sheetOf = async (path: string): Promise<string> => (await JSZip.loadAsync(readFileSync(path))).file('xl/worksheets/sheet1.xml')?.async('string') ?? '';
    expect(await sheetOf(input)).toContain('t="shared"');

    const output = join(dir, 'chia-se-da-cham.xlsx');
    expect((await cchc('score', input, '-o', output)).code).toBe(0);
    const sheet = await sheetOf(output);
    expect(sheet).not.toContain('t="shared"');
    expect(sheet).toContain('<c r="F30"><f>IF($E30="","",ROUND($E30-$C30,2))</f></c>');
    const [recalculated] = recalculate([output]);
    const show = await cellValues(recalculated ?? '');
    expect([show('F6'), show('F7'), show('B8'), show('F8'), show('F30')]).toEqual([-0.5, -2, 'Tổng cộng', -2.5, 7]);
    expect(show('H6')).toBe(-1);
    rmSync(join(recalculated ?? '', '..'), { recursive: true, force: true });
  });
});
