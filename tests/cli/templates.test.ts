import ExcelJS from 'exceljs';
import { join } from 'node:path';
import {
  DEFAULT_CRITERIA_SET, TEMPLATES, buildKeHoachKhacPhuc, buildTongHopDonVi, rankUnits, rate, readSetSheet, remediationList, scoreSheet, validateTable, findTable,
  leavesOf,
} from '../../shared';
import { applySheetSpec } from '../../files/xlsx/apply-sheet-spec';
import { readGrid } from '../helpers/exceljs-grid';
import { cellValues, recalculate } from '../helpers/libreoffice';
import { cchc } from '../helpers/run-cli';
import { tempDir } from '../helpers/temp-dir';
import { seedTable } from '../helpers/seeds';
import { typedInViExcel } from '../helpers/seed-workbooks';

jest.setTimeout(180_000);
const dir = tempDir('cchc-templates-');
const path = (name: string): string => join(dir, name);

async function openSheet(file: string): Promise<{ wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error(`no sheet in ${file}`);
  return { wb, ws };
}

/** Each template written by `cchc template`, with example figures from the seeds typed in, then recalculated by LibreOffice once for all. */
describe('every template, written by the command line and recalculated by LibreOffice', () => {
  const recalculated = new Map<string, string>();
  let firstItemRow = 0;

  beforeAll(async () => {
    const files: string[] = [];
    for (const t of TEMPLATES) {
      const file = path(`${t.id}.xlsx`);
      const run = await cchc('template', t.id, '--year', '2023', '--unit', 'huyện Vĩnh Linh', '-o', file);
      // The example set says it is partial wherever it shapes a sheet.
      expect([t.id, run.code, run.err]).toEqual([t.id, 0, t.usesSet ? expect.stringContaining('chỉ gồm một phần tiêu chí của quyết định (40 điểm)') : '']);
      files.push(file);
    }
    // Figures from the seeds, typed the way a vi-VN Excel stores them.
    const { wb: w000, ws: s000 } = await openSheet(path('chi-tieu-cchc.xlsx'));
    const seed000 = seedTable('000', 'STT\tNội dung').filter((r) => /^\d+$/.test(r[0] ?? '') && r[1] !== '2');
    const items = readGrid(s000).values.map((row, i) => [i + 1, row[0], row[1]] as const).filter(([, code, text]) => typeof code === 'number' && typeof text === 'string');
    items.slice(0, 3).forEach(([row], k) => {
      for (let c = 2; c <= 5; c++) s000.getCell(row, c + 1).value = typedInViExcel(seed000[k]?.[c] ?? '');
    });
    firstItemRow = items[0]?.[0] ?? 0;
    s000.getCell(items[3]?.[0] ?? 0, 3).value = '92,8%';
    await w000.xlsx.writeFile(path('chi-tieu-cchc.xlsx'));
    const { wb: wcd, ws: scd } = await openSheet(path('cham-diem.xlsx'));
    const rowOf = new Map(readGrid(scd).values.map((row, i) => [String(row[0] ?? ''), i + 1]));
    for (const r of seedTable('003', 'STT\tLĨNH VỰC')) {
      scd.getCell(rowOf.get(r[0] ?? '') ?? 0, 4).value = typedInViExcel(r[3] ?? '');
      scd.getCell(rowOf.get(r[0] ?? '') ?? 0, 5).value = typedInViExcel(r[4] ?? '');
    }
    await wcd.xlsx.writeFile(path('cham-diem.xlsx'));
    recalculate(files).forEach((out, i) => recalculated.set(TEMPLATES[i]?.id ?? '', out));
  });

  test('landscape where the columns would print below 80 % on a portrait page, as every template\'s would', () => {
    expect(TEMPLATES.map((t) => [t.id, t.build({ year: 2023 }).print.orientation])).toEqual([
      ['chi-tieu-cchc', 'landscape'], ['chi-tieu-tthc', 'landscape'], ['ke-hoach-giai-doan', 'landscape'], ['phan-cong-nhiem-vu', 'landscape'],
      ['phan-cong-muc-tieu', 'landscape'], ['cham-diem', 'landscape'], ['bo-chi-so', 'landscape'],
    ]);
    expect(TEMPLATES.map((t) => t.build({ year: 2023, orientation: 'portrait' }).print.orientation)).toEqual(TEMPLATES.map(() => 'portrait'));
  });

  test('each opens in LibreOffice and keeps its layout: A4, Times New Roman, header block, repeated header rows', async () => {
    for (const t of TEMPLATES) {
      const { ws } = await openSheet(recalculated.get(t.id) ?? '');
      const spec = t.build({ year: 2023, unit: 'huyện Vĩnh Linh' });
      expect([t.id, ws.name]).toEqual([t.id, spec.name]);
      expect([t.id, ws.getCell('A2').value]).toEqual([t.id, 'HUYỆN VĨNH LINH']);
      const right = ws.getRow(1).values as unknown[];
      expect(right).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(ws.getCell(spec.table.headerRow, 2).font?.name).toBe('Times New Roman');
      expect(ws.pageSetup.paperSize).toBe(9);
      expect([t.id, ws.pageSetup.orientation]).toEqual([t.id, spec.print.orientation]);
      expect(ws.pageSetup.printTitlesRow).toBe(`${spec.print.repeatRows.first}:${spec.print.repeatRows.last}`);
    }
  });

  test('cham-diem: every formula LibreOffice computes equals what the core computes', async () => {
    const show = await cellValues(recalculated.get('cham-diem') ?? '');
    const { ws } = await openSheet(path('cham-diem.xlsx'));
    const grid = readGrid(ws);
    const table = findTable(grid.values);
    if (!table || table.kind !== 'score') throw new Error('no score table');
    const core = scoreSheet(table.block, table.layout, { set: DEFAULT_CRITERIA_SET });
    for (const row of core.rows.filter((r) => r.isLeaf)) {
      expect([row.code, show(`F${row.row}`)]).toEqual([row.code, row.appraised === null ? '' : row.deduction]);
    }
    for (const area of core.areas.filter((a) => !core.rows.find((x) => x.code === a.area)?.isLeaf)) {
      const r = core.rows.find((x) => x.code === area.area)?.row ?? 0;
      expect([area.area, show(`C${r}`), show(`E${r}`)]).toEqual([area.area, area.max, expect.closeTo(area.appraised, 10)]);
    }
    const spec = TEMPLATES.find((t) => t.id === 'cham-diem')?.build({ year: 2023 });
    const m = spec?.table.markers ?? {};
    expect(show(`F${m.total}`)).toBe(core.totals.deduction);
    expect(show(`F${m.total}`)).toBe(-23.41);
    expect(show(`E${m.index}`)).toBe(core.index);
    expect(show(`E${m.rating}`)).toBe(core.rating);
    expect(show(`F${m.lost}`)).toBe(27);
    expect(validateTable(table.block, table.layout).map((p) => p.code)).toEqual(['wrong_decimal_separator']);
  });

  test('target templates: the typed figures read back without a problem', async () => {
    for (const id of ['chi-tieu-cchc', 'chi-tieu-tthc', 'ke-hoach-giai-doan']) {
      const { ws } = await openSheet(recalculated.get(id) ?? '');
      const table = findTable(readGrid(ws).values);
      expect([id, table?.kind]).toEqual([id, 'target']);
      if (table) expect([id, validateTable(table.block, table.layout)]).toEqual([id, []]);
    }
    const show = await cellValues(recalculated.get('chi-tieu-cchc') ?? '');
    expect([show(`C${firstItemRow}`), show(`F${firstItemRow}`)]).toEqual([1, 1]);
    expect(firstItemRow).toBeGreaterThan(9);
  });

  test('cchc check reads a bo-chi-so workbook as a criteria set, and --set takes it', async () => {
    const check = await cchc('check', path('bo-chi-so.xlsx'));
    expect([check.code, check.out]).toEqual([0, `${path('bo-chi-so.xlsx')}: không có lỗi.`]);
    const score = await cchc('score', path('cham-diem.xlsx'), '--set', path('bo-chi-so.xlsx'), '--json');
    expect((JSON.parse(score.out) as { totals: { deduction: number } }).totals.deduction).toBe(-23.41);
  });

  test('bo-chi-so: the sheet reads back to the same set', async () => {
    const { ws } = await openSheet(recalculated.get('bo-chi-so') ?? '');
    const result = readSetSheet(readGrid(ws).values);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(leavesOf(result.set)).toEqual(leavesOf(DEFAULT_CRITERIA_SET));
    expect(result.set.scale).toEqual(DEFAULT_CRITERIA_SET.scale);
    expect([result.set.province, result.set.level, result.set.year, result.set.rounding]).toEqual(['Quảng Trị', 'huyen', 2023, 'half-up']);
  });
});

describe('the sheets built after scoring', () => {
  test('ke-hoach-khac-phuc and tong-hop-don-vi recalculate to the core\'s figures', async () => {
    const layout = { kind: 'score', firstRow: 2, firstColumn: 1, decimal: ',', columns: { code: 0, name: 1, max: 2, self: 3, appraised: 4, deduction: 5, opinion: 6, responsible: 7 } } as const;
    const items = remediationList(scoreSheet(seedTable('003', 'STT\tLĨNH VỰC'), layout).rows);
    const plan = buildKeHoachKhacPhuc(items, { year: 2023, unit: 'huyện Vĩnh Linh' });
    const units = [
      { unit: 'Vĩnh Linh', areas: { '1': 5.95, '3': 5.14, '5': 1, '6': 1.35, '7': 3.15 }, max: 40 },
      { unit: 'Gio Linh', areas: { '1': 10, '3': 9, '5': 4, '6': 3, '7': 6 }, max: 40 },
      { unit: 'Cam Lộ', areas: { '1': 12, '3': 8, '5': 4, '6': 4, '7': 4 }, max: 40 },
      { unit: 'Hải Lăng', areas: { '1': 13, '3': 10, '5': 5, '6': 5, '7': 3 }, max: 40 },
    ];
    const summary = buildTongHopDonVi(units, { year: 2023 });
    const files = [path('plan.xlsx'), path('summary.xlsx')];
    for (const [i, spec] of [plan, summary].entries()) {
      const wb = new ExcelJS.Workbook();
      applySheetSpec(wb.addWorksheet(spec.name), spec);
      await wb.xlsx.writeFile(files[i] ?? '');
    }
    const [planOut, summaryOut] = recalculate(files);
    const showPlan = await cellValues(planOut ?? '');
    items.forEach((item, i) => expect([item.code, showPlan(`F${plan.table.firstDataRow + i}`)]).toEqual([item.code, item.deduction]));
    expect(showPlan(`F${plan.table.markers?.total}`)).toBe(-23.41);
    expect(showPlan(`B${plan.table.firstDataRow}`)).toBe('1.2');

    const showSummary = await cellValues(summaryOut ?? '');
    const ranked = rankUnits(units.map((u) => ({ unit: u.unit, index: Object.values(u.areas).reduce((a, b) => a + b, 0) / u.max })));
    const c = summary.table.columns;
    units.forEach((u, i) => {
      const r = summary.table.firstDataRow + i;
      const mine = ranked.find((x) => x.unit === u.unit);
      const index = Math.round(((mine?.index ?? 0)) * 10000) / 10000;
      expect([u.unit, showSummary(`${col(c.index)}${r}`), showSummary(`${col(c.rank)}${r}`), showSummary(`${col(c.rating)}${r}`)])
        .toEqual([u.unit, index, mine?.rankLabel, rate(index, DEFAULT_CRITERIA_SET.scale)]);
    });
  });
});

function col(n: number | undefined): string {
  return String.fromCharCode(64 + (n ?? 1));
}
