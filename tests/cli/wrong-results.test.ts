import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildChamDiem } from '../../shared/templates/kinds/cham-diem';
import { cellValues, recalculate } from '../helpers/libreoffice';
import { cchc } from '../helpers/run-cli';

jest.setTimeout(180_000);

const dir = mkdtempSync(join(tmpdir(), 'cchc-wrong-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A cham-diem made by `cchc template` with appraisals typed into some leaves (code → [self, appraised]). */
async function scoreSheet(file: string, unit: string | undefined, scores: Record<string, [number, number]>): Promise<Map<string, number>> {
  const args = ['template', 'cham-diem', '--year', '2026', '-o', file, ...(unit ? ['--unit', unit] : [])];
  expect((await cchc(...args)).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0] as ExcelJS.Worksheet;
  const rowOf = new Map<string, number>();
  ws.eachRow((row, r) => { if (typeof row.getCell(1).value === 'string') rowOf.set(String(row.getCell(1).value), r); });
  for (const [code, [self, appraised]] of Object.entries(scores)) {
    ws.getCell(rowOf.get(code) ?? 0, 4).value = self;
    ws.getCell(rowOf.get(code) ?? 0, 5).value = appraised;
  }
  await wb.xlsx.writeFile(file);
  return rowOf;
}

interface RankJson { units: { file: string; unit: string; total: number; max: number; index: number | null; rankLabel: string | null; rating: string | null }[] }

describe('units told apart by file, even when their letterheads agree', () => {
  test('three workbooks whose letterheads all read "XÃ ……………" are three units, each named by its file and ranked on its own points', async () => {
    const files = ['an-phu', 'binh-minh', 'cat-tien'].map((n) => join(dir, `${n}.xlsx`));
    await scoreSheet(files[0] ?? '', undefined, { '1.2': [4, 1.7], '1.6': [2, 2] });
    await scoreSheet(files[1] ?? '', undefined, { '1.2': [4, 4], '1.6': [2, 2] });
    await scoreSheet(files[2] ?? '', undefined, { '1.2': [4, 3], '1.6': [2, 0.5] });
    const run = await cchc('rank', ...files, '--json', '-o', join(dir, 'tong-hop.xlsx'), '--year', '2026');
    expect(run.code).toBe(0);
    const units = (JSON.parse(run.out) as RankJson).units;
    expect(units.map((u) => [u.unit, u.total, u.max, u.index, u.rankLabel])).toEqual([
      ['binh-minh', 6, 40, 0.15, '01/03'],
      ['an-phu', 3.7, 40, 0.0925, '02/03'],
      ['cat-tien', 3.5, 40, 0.0875, '03/03'],
    ]);
    // The summary workbook, recalculated, shows the same rows: each unit its own points, index and rank.
    const [summary] = recalculate([join(dir, 'tong-hop.xlsx')], mkdtempSync(join(dir, 'lo-')));
    const show = await cellValues(summary ?? '');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(summary ?? '');
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    // The header follows the letterhead and, with the example set, its note that the set is partial.
    const header = [8, 9].find((r) => (ws.getRow(r).values as unknown[]).indexOf('Tổng điểm') > 0) ?? 0;
    expect(header).toBeGreaterThan(0);
    const col = (label: string): string => String.fromCharCode(64 + (ws.getRow(header).values as unknown[]).indexOf(label));
    expect([header + 1, header + 2, header + 3].map((r) => [show(`B${r}`), show(`${col('Tổng điểm')}${r}`), show(`${col('Chỉ số CCHC')}${r}`), show(`${col('Xếp hạng')}${r}`)])).toEqual([
      ['binh-minh', 6, 0.15, '01/03'],
      ['an-phu', 3.7, 0.0925, '02/03'],
      ['cat-tien', 3.5, 0.0875, '03/03'],
    ]);
  });

  test('two workbooks of the same unit stay two rows, each followed by its file', async () => {
    const a = join(dir, 'trieu-son-dot-1.xlsx');
    const b = join(dir, 'trieu-son-dot-2.xlsx');
    await scoreSheet(a, 'xã Triệu Sơn', { '1.2': [4, 2] });
    await scoreSheet(b, 'xã Triệu Sơn', { '1.2': [4, 3] });
    const units = (JSON.parse((await cchc('rank', a, b, '--json')).out) as RankJson).units;
    expect(units.map((u) => [u.unit, u.total])).toEqual([['xã Triệu Sơn (trieu-son-dot-2)', 3], ['xã Triệu Sơn (trieu-son-dot-1)', 2]]);
  });
});

describe('a sheet that lists only some criteria: one index, one maximum', () => {
  test('score, the written index formula, rank and its summary all divide by the sheet\'s own maximum, and say so', async () => {
    const files = ['mot-phan-a', 'mot-phan-b'].map((n) => join(dir, `${n}.xlsx`));
    for (const [i, file] of files.entries()) {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Tự chấm');
      ws.getRow(1).values = ['STT', 'Tiêu chí', 'Điểm chuẩn', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Điểm bị trừ'];
      ws.getRow(2).values = ['1.2', 'Báo cáo CCHC', 4, 4, i === 0 ? 2.5 : 1.5];
      ws.getRow(3).values = ['1.6', 'Sáng kiến', 2, 2, 2];
      await wb.xlsx.writeFile(file);
    }
    const run = await cchc('score', files[0] ?? '', '-o', join(dir, 'mot-phan-a-scored.xlsx'));
    expect(run.out).toContain('Chỉ số: 75,00% (= 4,50 ÷ 6,00, tổng điểm chuẩn các tiêu chí có trên trang).');
    const json = JSON.parse((await cchc('score', files[0] ?? '', '--json')).out) as { index: number; indexMax: number; indexBasis: string };
    expect([json.index, json.indexMax, json.indexBasis]).toEqual([0.75, 6, 'sheet']);
    const rank = (JSON.parse((await cchc('rank', ...files, '--json', '-o', join(dir, 'mot-phan-tong-hop.xlsx'))).out) as RankJson).units;
    expect(rank.map((u) => [u.unit, u.index, u.rankLabel, u.rating])).toEqual([['mot-phan-a', 0.75, '01/02', 'Nhóm C'], ['mot-phan-b', 0.5833, '02/02', 'Dưới nhóm C']]);

    const [scored, summary] = recalculate([join(dir, 'mot-phan-a-scored.xlsx'), join(dir, 'mot-phan-tong-hop.xlsx')], mkdtempSync(join(dir, 'lo-')));
    const sheet = await cellValues(scored ?? '');
    expect([sheet('B4'), sheet('E4'), sheet('B5'), sheet('E5')]).toEqual(['Tổng cộng', 4.5, 'Chỉ số cải cách hành chính (%)', 0.75]);
    const table = await cellValues(summary ?? '');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(summary ?? '');
    const headerRow = [8, 9].find((r) => (wb.worksheets[0]?.getRow(r).values as unknown[]).indexOf('Chỉ số CCHC') > 0) ?? 8;
    const header = wb.worksheets[0]?.getRow(headerRow).values as unknown[];
    const col = (label: string): string => String.fromCharCode(64 + header.indexOf(label));
    expect([headerRow + 1, headerRow + 2].map((r) => [table(`B${r}`), table(`${col('Chỉ số CCHC')}${r}`), table(`${col('Xếp hạng')}${r}`), table(`${col('Xếp loại')}${r}`)]))
      .toEqual([['mot-phan-a', 0.75, '01/02', 'Nhóm C'], ['mot-phan-b', 0.5833, '02/02', 'Dưới nhóm C']]);
  });
});

interface CheckJson { problems: { cell: string | null; code: string; message: string }[] }

describe('typed totals are checked wherever their label sits', () => {
  async function sheetWithTotal(file: string, place: 'stt' | 'merged'): Promise<void> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Điểm');
    ws.getRow(1).values = ['STT', 'Tiêu chí', 'Điểm chuẩn', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Điểm bị trừ'];
    ws.getRow(2).values = ['1.2', 'Báo cáo CCHC', 4, 4, 1.7, -2.3];
    ws.getRow(3).values = ['1.6', 'Sáng kiến', 2, 2, 0.5, -1.5];
    // The typed appraisal total is 2,70 where the rows add to 2,20.
    ws.getRow(4).values = [place === 'stt' ? 'Tổng cộng' : 'TỔNG CỘNG', null, 6, 6, 2.7, -3.8];
    if (place === 'merged') ws.mergeCells('A4:B4');
    await wb.xlsx.writeFile(file);
  }

  test.each(['stt', 'merged'] as const)('label in the %s column(s): the wrong total is reported at its cell, with the sum', async (place) => {
    const file = join(dir, `tong-${place}.xlsx`);
    await sheetWithTotal(file, place);
    const run = await cchc('check', file, '--json');
    const label = place === 'stt' ? 'Tổng cộng' : 'TỔNG CỘNG';
    expect((JSON.parse(run.out) as CheckJson).problems.map((p) => [p.cell, p.code, p.message])).toEqual([
      ['E4', 'total_mismatch', `Tổng điểm thẩm định của dòng "${label}" là 2,7, không bằng tổng các dòng thành phần (2,2).`],
    ]);
    expect(run.code).toBe(1);
    // Scoring keeps the typed total, lists it, and says the sheet's figure parts from the printed one there.
    const json = JSON.parse((await cchc('score', file, '--json')).out) as { totals: { appraised: number }; problems: { cell: string; code: string }[] };
    expect(json.totals.appraised).toBe(2.2);
    expect(json.problems.map((p) => [p.cell, p.code])).toEqual([['E4', 'total_mismatch']]);
  });
});

describe('a criterion listed twice', () => {
  test('is reported at its second code cell by check, and score exits with the data error', async () => {
    const file = join(dir, 'trung-ma.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Điểm');
    ws.getRow(1).values = ['STT', 'Tiêu chí', 'Điểm chuẩn', 'Điểm tự đánh giá', 'Điểm thẩm định'];
    ws.getRow(2).values = ['1.2', 'Báo cáo CCHC', 4, 4, 1.7];
    ws.getRow(3).values = ['1.6', 'Sáng kiến', 2, 2, 0.5];
    ws.getRow(4).values = ['1.2', 'Báo cáo CCHC', 4, 4, 1.7];
    await wb.xlsx.writeFile(file);
    const run = await cchc('check', file, '--json');
    expect((JSON.parse(run.out) as CheckJson).problems.map((p) => [p.cell, p.code, p.message])).toEqual([
      ['A4', 'duplicate_criterion', 'Tiêu chí 1.2 bị ghi lặp (lần đầu ở dòng 2): cả hai dòng đều được cộng vào tổng; hãy xóa hoặc đánh lại mã một dòng.'],
    ]);
    expect(run.code).toBe(1);
    const score = await cchc('score', file);
    expect(score.code).toBe(1);
    expect(score.out).toContain('Có 1 lỗi số liệu');
  });
});

describe('the remediation plan keeps the unit name\'s capitals', () => {
  test('"của UBND xã Triệu Sơn" in the reference line of the plan of a sheet made for xã Triệu Sơn', async () => {
    const file = join(dir, 'trieu-son.xlsx');
    await scoreSheet(file, 'xã Triệu Sơn', { '1.2': [4, 1.7] });
    const plan = join(dir, 'trieu-son-ke-hoach.xlsx');
    expect((await cchc('plan', file, '--year', '2026', '-o', plan)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(plan);
    const texts: string[] = [];
    wb.worksheets[0]?.eachRow((row) => row.eachCell((c) => { if (typeof c.value === 'string') texts.push(c.value); }));
    expect(texts).toContain('XÃ TRIỆU SƠN');
    expect(texts.find((t) => t.startsWith('(Ban hành kèm theo'))).toBe('(Ban hành kèm theo Kế hoạch số      /KH-UBND ngày      tháng      năm 2026 của UBND xã Triệu Sơn)');
  });
});

describe('no index or rating before any appraisal', () => {
  test('an empty cham-diem shows no "0,00%" and no "Dưới nhóm C", in the sheet and in cchc score', async () => {
    const file = join(dir, 'trong.xlsx');
    await scoreSheet(file, 'xã Triệu Sơn', {});
    const spec = buildChamDiem({ year: 2026 });
    const markers = spec.table.markers ?? {};
    const [recalculated] = recalculate([file], mkdtempSync(join(dir, 'lo-')));
    const show = await cellValues(recalculated ?? '');
    const index = markers.index ?? 0;
    const rating = markers.rating ?? 0;
    expect([show(`D${index}`), show(`E${index}`), show(`D${rating}`), show(`E${rating}`)]).toEqual(['', '', '', '']);
    const json = JSON.parse((await cchc('score', file, '--json')).out) as { index: number | null };
    expect(json.index).toBeNull();
    const text = await cchc('score', file);
    expect(text.out).not.toMatch(/Chỉ số|Dưới nhóm C/);
  });
});
