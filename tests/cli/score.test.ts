import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { cellValues, recalculate } from '../helpers/libreoffice';
import { cchc } from '../helpers/run-cli';
import { tempDir } from '../helpers/temp-dir';
import { seed003Workbook } from '../helpers/seed-workbooks';
import { seedTable } from '../helpers/seeds';

jest.setTimeout(120_000);

const dir = tempDir('cchc-score-');
const seedRows = seedTable('003', 'STT\tLĨNH VỰC');
const seedDeduction = (r: string[]): number => Number((r[5] ?? '').replace(',', '.'));

async function snapshot(path: string): Promise<Map<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const cells = new Map<string, unknown>();
  wb.worksheets[0]?.eachRow((row) => row.eachCell((cell) => {
    cells.set(cell.address, cell.formula ? { formula: cell.formula } : cell.value);
  }));
  return cells;
}

describe('cchc score on seed 003 typed into a cham-diem workbook', () => {
  const input = join(dir, 'vinh-linh.xlsx');
  let rowOf: Map<string, number>;

  beforeAll(async () => {
    ({ rowOf } = await seed003Workbook(input));
  });

  test('--json gives every deduction of the seed and −23,41 over 27 criteria', async () => {
    const run = await cchc('score', input, '--json');
    // The example set says it is partial and what the index divides by, on stderr beside the JSON.
    expect(run.err).toBe('"Bộ chỉ số mẫu (dựng từ Phụ lục kết quả đánh giá CCHC huyện Vĩnh Linh 6 tháng đầu năm 2023)" chỉ gồm một phần tiêu chí của quyết định (40 điểm): chỉ số chia cho 40 điểm của các tiêu chí có trong bộ (hãy nhập điểm tối đa của cả bộ chỉ số để chia đúng).');
    const json = JSON.parse(run.out) as { sheet: string; rows: { row: number; code: string; deduction: number | null }[]; totals: Record<string, number>; index: number | null };
    expect(json.sheet).toBe('Chấm điểm CCHC 2023');
    const byCode = new Map(json.rows.map((r) => [r.code, r]));
    for (const r of seedRows) {
      expect([r[0], byCode.get(r[0] ?? '')?.deduction]).toEqual([r[0], seedDeduction(r)]);
      expect(byCode.get(r[0] ?? '')?.row).toBe(rowOf.get(r[0] ?? ''));
    }
    expect(json.totals).toEqual({ max: 40, self: 31.87, appraised: 16.59, deduction: -23.41, lost: 27 });
    expect(json.index).toBe(0.4148);
    expect(run.code).toBe(1); // the 0.25 is a data error the user must fix
  });

  test('with the decision\'s whole maximum of 79 the index is the letter\'s 70,37 %, printed and in the recalculated sheet', async () => {
    const run = await cchc('score', input, '--max', '79', '--json');
    const json = JSON.parse(run.out) as { index: number; indexMax: number; totals: Record<string, number> };
    expect([json.index, json.indexMax, json.totals.deduction]).toEqual([0.7037, 79, -23.41]);
    expect(run.err).toContain('điểm tối đa của cả bộ là 79 điểm đã nhập');
    const text = await cchc('score', input, '--max', '79');
    expect(text.out).toContain('Chỉ số: 70,37% (= (79,00 − 23,41) ÷ 79,00, điểm tối đa của cả bộ chỉ số; các tiêu chí không có trên trang tính như đạt đủ điểm).');
    const out = join(dir, 'scored-79.xlsx');
    await cchc('score', input, '--max', '79', '-o', out);
    const [recalculated] = recalculate([out]);
    const show = await cellValues(recalculated ?? '');
    const totalRow = Math.max(...rowOf.values()) + 1;
    expect(show(`E${totalRow + 1}`)).toBe(0.7037);
    // The self-assessed index on the same basis: (79 − (40 − 31,62)) ÷ 79 = 89,39 % (the "0.25" typed as text counts for nothing on the sheet).
    expect([show(`D${totalRow}`), show(`D${totalRow + 1}`)]).toEqual([31.62, 0.8939]);
    // The rating the pane shows, printed beside the index.
    expect(text.out).toContain('Xếp loại: Nhóm C.');
    expect((await cchc('score', input, '--max', 'bảy chín')).code).toBe(2);
  });

  test('rank --max 79 gives each unit the index score --max 79 prints: Vĩnh Linh 70,37 %, and its summary sheet says the same after LibreOffice', async () => {
    const examples = join(__dirname, '../../examples/don-vi');
    const files = ['vinh-linh', 'gio-linh', 'cam-lo'].map((f) => join(examples, `${f}.xlsx`));
    const summary = join(dir, 'tong-hop-79.xlsx');
    const run = await cchc('rank', ...files, '--max', '79', '--year', '2023', '--unit', 'UBND tỉnh Quảng Trị', '-o', summary);
    expect(run.out).toMatch(/03\/03\s+huyện Vĩnh Linh\s+70,37%\s+Nhóm C/);
    const [recalculated] = recalculate([summary]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recalculated ?? '');
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    let found: unknown;
    const shown = (v: unknown): unknown => (v && typeof v === 'object' && 'result' in v ? (v as { result: unknown }).result : v);
    ws.eachRow((row) => { if (row.getCell(2).value === 'huyện Vĩnh Linh') found = (row.values as unknown[]).slice(1).map(shown); });
    // Points of the 39 the sheet lacks counted as earned: 16,59 + 39 = 55,59 over 79, the index score prints.
    expect(found).toEqual(expect.arrayContaining([39, 55.59, 79, 0.7037, '03/03', 'Nhóm C']));
  });

  test('a leaf marked KĐG leaves the total maximum: the core, the template\'s formulas and the scored sheet agree after LibreOffice', async () => {
    const marked = join(dir, 'kdg.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(input);
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    const row12 = rowOf.get('1.2') ?? 0;
    ws.getCell(row12, 4).value = 'KĐG';
    ws.getCell(row12, 5).value = 'KĐG';
    await wb.xlsx.writeFile(marked);
    const run = await cchc('score', marked, '--json');
    const json = JSON.parse(run.out) as { totals: Record<string, number>; index: number; indexMax: number };
    // 1.2 (4 points, 1,7 appraised) leaves: 36 points, 14,89 appraised.
    expect(json.totals).toEqual({ max: 36, self: 29.57, appraised: 14.89, deduction: -21.11, lost: 26 });
    expect([json.index, json.indexMax]).toEqual([0.4136, 36]);
    // No figure problem at the marked row (its pasted HTML is only a warning to clean).
    const checked = JSON.parse((await cchc('check', marked, '--json')).out) as { problems: { cell: string; code: string }[] };
    expect(checked.problems.filter((p) => p.code !== 'text_residue' && p.cell.endsWith(String(row12)))).toEqual([]);
    const scored = join(dir, 'kdg-scored.xlsx');
    await cchc('score', marked, '-o', scored);
    const [asTemplate, asScored] = recalculate([marked, scored]);
    const totalRow = Math.max(...rowOf.values()) + 1;
    for (const file of [asTemplate, asScored]) {
      const show = await cellValues(file ?? '');
      expect([show(`C${totalRow}`), show(`E${totalRow}`), show(`F${totalRow}`), show(`E${totalRow + 1}`), show(`F${row12}`), show(`C${rowOf.get('1')}`)])
        .toEqual([36, 14.89, -21.11, 0.4136, '', 9]);
    }
  });

  test('cchc check flags the 0.25 cell as the one error, and warns at each cell whose pasted HTML or LaTeX would print', async () => {
    const run = await cchc('check', input, '--json');
    const cell = `D${rowOf.get('5.1.2')}`;
    const { problems } = JSON.parse(run.out) as { problems: { cell: string; code: string; severity: string }[] };
    expect(problems.filter((p) => p.code !== 'text_residue')).toEqual([{
      file: input, sheet: 'Chấm điểm CCHC 2023', cell, severity: 'error', code: 'wrong_decimal_separator',
      message: `"0.25" bị lưu dạng chữ do gõ sai dấu thập phân nên tổng D${rowOf.get('5')}, D${rowOf.get('5.1')}, D55 đang thiếu 0,25; chuyển thành số 0,25.`,
    }]);
    // Seed 003's opinions and responsible units as pasted from the appraisal system: <p>, <ul style=…>, $…$.
    const residue = problems.filter((p) => p.code === 'text_residue');
    expect([residue.length, residue.every((p) => p.severity === 'warning' && /^[GH]\d+$/.test(p.cell))]).toEqual([13, true]);
    expect(run.code).toBe(1);
  });

  test('the scored workbook agrees after LibreOffice recalculates it; typed cells unchanged; scoring twice is stable', async () => {
    const once = join(dir, 'scored.xlsx');
    const twice = join(dir, 'scored-twice.xlsx');
    expect((await cchc('score', input, '-o', once)).code).toBe(1);
    expect((await cchc('score', once, '-o', twice)).code).toBe(1);

    const before = await snapshot(input);
    const after = await snapshot(once);
    const changed = [...after.keys()].filter((a) => JSON.stringify(after.get(a)) !== JSON.stringify(before.get(a)));
    // Every changed cell held a formula or nothing: the totals block and the points-by-area block are new.
    for (const address of changed) {
      const was = before.get(address);
      if (was !== undefined && was !== null) expect([address, was]).toEqual([address, expect.objectContaining({ formula: expect.any(String) })]);
    }
    for (const [address, value] of before) {
      if (!(value && typeof value === 'object' && 'formula' in value)) expect([address, after.get(address)]).toEqual([address, value]);
    }
    expect([...(await snapshot(twice)).entries()]).toEqual([...after.entries()]);

    const [recalculated] = recalculate([once]);
    const show = await cellValues(recalculated ?? '');
    for (const r of seedRows) expect([r[0], show(`F${rowOf.get(r[0] ?? '')}`)]).toEqual([r[0], seedDeduction(r)]);
    const areaRow = (code: string): number => rowOf.get(code) ?? 0;
    expect(show(`F${areaRow('1')}`)).toBe(-7.05);
    expect(show(`F${areaRow('3')}`)).toBe(-4.86);
    const totalRow = Math.max(...rowOf.values()) + 1;
    expect(show(`B${totalRow}`)).toBe('Tổng cộng');
    expect(show(`C${totalRow}`)).toBe(40);
    expect(show(`E${totalRow}`)).toBeCloseTo(16.59, 10);
    expect(show(`F${totalRow}`)).toBe(-23.41);
    expect(show(`E${totalRow + 1}`)).toBe(0.4148);
    expect(show(`E${totalRow + 2}`)).toBe('Dưới nhóm C');
    expect(show(`F${totalRow + 3}`)).toBe(27);
    // Points by area, below, as live formulas for the chart.
    expect(show(`B${totalRow + 5}`)).toBe('Điểm theo lĩnh vực');
    // Area 1: maximum, self-assessed, appraised.
    expect([show(`B${totalRow + 7}`), show(`C${totalRow + 7}`), show(`D${totalRow + 7}`), show(`E${totalRow + 7}`)]).toEqual(['1. Công tác chỉ đạo, điều hành cải cách hành chính', 13, 11.16, 5.95]);
    // Areas 2 and 4 have no criteria on the sheet: the block goes on with area 3.
    expect(show(`B${totalRow + 8}`)).toBe('3. Cải cách thủ tục hành chính');
  });
});
