import { buildChamDiem } from '../../shared/templates/kinds/cham-diem';
import { importCriteriaTable, importSetGrid, scoreGrid, templateSpec, type SheetSpec } from '../../shared';
import { CA_MAU_1880_GRID } from '../fixtures/ca-mau-1880';
import { applyWrites, insertSpec, readGrid } from '../../addin/src/excel/excel-port';
import { FakeExcel } from '../helpers/fake-excel';
import { largeSet, scoreRows } from '../helpers/large-set';

type Ctx = Excel.RequestContext;
const all = (): boolean => true;
/** An Excel whose newest ExcelApi is `max` ("1.8"). */
const upTo = (max: string) => (v: string): boolean => Number(v.split('.')[1]) <= Number(max.split('.')[1]);

async function insertLarge(leaves: number): Promise<FakeExcel> {
  const excel = new FakeExcel();
  excel.addSheet('Sheet1', [['ghi chú của người dùng']]);
  const spec = buildChamDiem({ year: 2026, set: largeSet(leaves) });
  const { name } = await insertSpec(excel.context() as Ctx, spec, all);
  expect(name).toBe('Chấm điểm CCHC 2026');
  return excel;
}

async function scoreSheet(rows: number): Promise<{ excel: FakeExcel; syncs: number; writes: number }> {
  const excel = new FakeExcel();
  excel.addSheet('Điểm', scoreRows(rows));
  const ctx = excel.context() as Ctx & { workbook: { worksheets: { getActiveWorksheet(): Excel.Worksheet } } };
  const sheet = ctx.workbook.worksheets.getActiveWorksheet();
  // With the widths and heights scoring needs to size wrapped rows: still the read's one round trip.
  const grid = await readGrid(ctx, sheet, { supports: all });
  const outcome = scoreGrid(grid, largeSet(7));
  if (!outcome.ok) throw new Error('no table');
  const chart = outcome.value.chart;
  await applyWrites(ctx, sheet, outcome.value.writes, chart ? { plan: chart, probe: { isNullObject: true } as Excel.Chart } : undefined, outcome.value.heights);
  return { excel, syncs: excel.syncs, writes: outcome.value.writes.length };
}

describe('the Excel adapter', () => {
  test('inserting the largest template takes the same round trips at 10 and at 2 000 rows', async () => {
    const small = await insertLarge(10);
    const large = await insertLarge(2000);
    expect(small.syncs).toBe(2);
    expect(large.syncs).toBe(2);
  });

  test('nothing is written outside the new sheet', async () => {
    const excel = await insertLarge(10);
    expect(excel.writtenSheets()).toEqual(new Set(['Chấm điểm CCHC 2026']));
    expect(excel.sheets.find((s) => s.name === 'Sheet1')?.values).toEqual([['ghi chú của người dùng']]);
    const written = excel.sheets.find((s) => s.name === 'Chấm điểm CCHC 2026');
    expect(written?.values[1]?.[0]).toBe('XÃ ……………');
  });

  test('scoring is one read and one write, at 10 rows as at 2 000', async () => {
    const small = await scoreSheet(10);
    const large = await scoreSheet(2000);
    expect([small.syncs, large.syncs]).toEqual([2, 2]);
    expect(large.writes).toBeGreaterThan(2000); // what a per-cell adapter would pay in round trips
    expect(large.excel.ops.filter((o) => o.path.endsWith('charts.add')).map((o) => o.args.slice(0, 1))).toEqual([['BarClustered']]);
    // Only computed cells: the deduction column beside the rows, and new rows below the table.
    const blocks = large.excel.ops.filter((o) => o.path.endsWith('.formulas')).map((o) => /range\(([A-Z]+)(\d+):[A-Z]+\d+\)/.exec(o.path)).map((m) => [Number(m?.[2]) - 1, (m?.[1] ?? 'A').charCodeAt(0) - 65]);
    expect(blocks.length).toBeGreaterThan(2);
    for (const [row, column] of blocks) expect(column === 5 || (row ?? 0) >= 2001).toBe(true);
    const d = large.excel.sheets[0];
    expect(d?.formulas[1]?.[5]).toBe('IF(OR(E2="",E2="KĐG",D2="KĐG"),"",ROUND(E2-C2,2))');
    expect(d?.values[1]?.slice(0, 5)).toEqual(['1.1', 'Tiêu chí 1', 2, 2, 0]);
  });

  test('rows whose opinion wraps grow to fit, a row the user made taller is kept, an Excel below 1.9 plans no heights', async () => {
    const opinion = 'Chưa ban hành kế hoạch kiểm tra công tác cải cách hành chính năm 2026 đúng thời hạn; báo cáo gửi chậm so với quy định của tỉnh.';
    const rows = scoreRows(4).map((r, i) => (i === 2 || i === 3 ? [...r.slice(0, 6), opinion] : r));
    const score = async (supports: (v: string) => boolean): Promise<{ excel: FakeExcel; heights: readonly { row: number; height: number }[] }> => {
      const excel = new FakeExcel();
      const data = excel.addSheet('Điểm', rows);
      data.columnWidths.set(1, 200); // B, the criteria's names: wide enough for one line
      data.columnWidths.set(6, 120); // G, the opinion column: 120 pt, about 21 characters
      data.rowHeights.set(3, 200); // row 4: the user made it tall
      const ctx = excel.context() as Ctx & { workbook: { worksheets: { getActiveWorksheet(): Excel.Worksheet } } };
      const sheet = ctx.workbook.worksheets.getActiveWorksheet();
      const outcome = scoreGrid(await readGrid(ctx, sheet, { supports }), largeSet(7));
      if (!outcome.ok) throw new Error('no table');
      await applyWrites(ctx, sheet, outcome.value.writes, undefined, outcome.value.heights);
      return { excel, heights: (outcome.value.heights ?? []).filter((h) => h.row <= 5) };
    };
    const modern = await score(all);
    // 120 pt less the cell's margins holds 3 or 4 words of 12 pt Times a line: the opinion takes 7 lines of 14,4 pt (+ 7 of room).
    // Excel reads every row's height at once, so the one-line rows left at the default (2 and 5) get room too: 22 pt.
    expect(modern.heights).toEqual([{ row: 2, height: 22 }, { row: 3, height: 108 }, { row: 5, height: 22 }]);
    expect(modern.excel.sheets[0]?.rowHeights.get(2)).toBe(108);
    expect(modern.excel.sheets[0]?.rowHeights.get(3)).toBe(200);
    expect(modern.excel.syncs).toBe(2);
    const old = await score(upTo('1.8'));
    expect(old.heights).toEqual([]);
    expect(old.excel.ops.some((o) => o.path.endsWith('Properties'))).toBe(false);
  });

  test('a failure in the middle of an insertion leaves no half-built sheet and reports the cause', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Sheet1');
    excel.failOnOp = 'format.wrapText';
    const spec = buildChamDiem({ year: 2026 });
    await expect(insertSpec(excel.context() as Ctx, spec, all)).rejects.toThrow('Lỗi Excel giả lập');
    expect(excel.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  test('a second template gets a free name', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Chấm điểm CCHC 2026');
    expect((await insertSpec(excel.context() as Ctx, buildChamDiem({ year: 2026 }), all)).name).toBe('Chấm điểm CCHC 2026 (2)');
  });
});

// Checked against 30898a3: each test below fails there and passes now.
describe('the Excel adapter against documented host behaviour', () => {
  test('insertion works where getRanges wants ";" between areas (vi-VN on Windows): no multi-area address is used', async () => {
    const excel = new FakeExcel();
    excel.listSeparator = ';';
    excel.addSheet('Sheet1');
    const { name } = await insertSpec(excel.context() as Ctx, buildChamDiem({ year: 2026 }), all);
    expect(excel.sheets.map((s) => s.name)).toEqual(['Sheet1', name]);
    expect(excel.ops.filter((o) => o.path.includes('.ranges('))).toEqual([]);
    expect(excel.syncs).toBe(2);
    // Style rows are merged into rectangles: a long template does not cost one range per row and style.
    const large = await insertLarge(2000);
    expect(large.ops.filter((o) => o.path.endsWith("format.wrapText")).length).toBeLessThan(200); // one per row would be over 2 000
  });

  test('one page wide, autofit, then the row heights the sheet description estimated, in the same two round trips', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Sheet1');
    const base = buildChamDiem({ year: 2026 });
    const spec: SheetSpec = { ...base, rows: base.rows.map((r, i) => (i === 9 ? { ...r, height: 48 } : i === 10 ? { ...r, height: 31.5 } : r)) };
    const { name } = await insertSpec(excel.context() as Ctx, spec, all);
    expect(excel.syncs).toBe(2);
    const paths = excel.ops.map((o) => o.path);
    expect(excel.ops.find((o) => o.path === `sheet[${name}].pageLayout.zoom`)?.args).toEqual([{ horizontalFitToPages: 1, verticalFitToPages: 0 }]);
    const autofit = paths.findIndex((p) => p.endsWith('format.autofitRows'));
    expect(autofit).toBeGreaterThan(-1);
    const heights = excel.ops.filter((o) => o.path.endsWith('format.rowHeight')).map((o) => [o.path.replace(/^.*range\((\d+):\d+\).*$/, '$1'), o.args[0]]);
    for (const [row, h] of spec.rows.flatMap((r, i) => (r.height === undefined ? [] : [[String(i + 1), r.height]]))) expect(heights).toContainEqual([row, h]);
    expect(heights).toContainEqual(['10', 48]);
    expect(paths.findIndex((p) => p.endsWith('format.rowHeight'))).toBeGreaterThan(autofit);
  });

  test('ExcelApi 1.1 to 1.8: insertion writes what those sets allow and says what it left out', async () => {
    const at18 = new FakeExcel();
    at18.addSheet('Sheet1');
    const r18 = await insertSpec(at18.context() as Ctx, buildChamDiem({ year: 2026 }), upTo('1.8'));
    expect(at18.ops.filter((o) => o.path.includes('pageLayout'))).toEqual([]);
    expect(at18.ops.some((o) => o.path.endsWith('dataValidation.rule'))).toBe(true);
    expect(r18.leftOut).toEqual(['Excel này chưa ghi được: thiết lập trang in (A4, khổ ngang, vừa một trang chiều ngang) (cần ExcelApi 1.9). Hãy cập nhật Office hoặc dùng Excel trên web.']);

    const at11 = new FakeExcel();
    at11.addSheet('Sheet1');
    const r11 = await insertSpec(at11.context() as Ctx, buildChamDiem({ year: 2026 }), upTo('1.1'));
    const sheet = at11.sheets.find((s) => s.name === r11.name);
    // Row 1 holds the set's note (above the print area); the letterhead follows.
    expect(sheet?.values[2]?.[0]).toBe('XÃ ……………');
    for (const newer of ['getRangeByIndexes', 'merge', 'freezeRows', 'dataValidation', 'conditionalFormats', 'pageLayout', 'columnWidth', 'autofitRows']) {
      expect([newer, at11.ops.some((o) => o.path.includes(newer))]).toEqual([newer, false]);
    }
    expect(r11.leftOut[0]).toContain('độ rộng cột, chiều cao dòng và gộp ô (cần ExcelApi 1.2)');
    expect(r11.leftOut[0]).toContain('kiểm tra dữ liệu nhập (cần ExcelApi 1.8)');
  });

  test('template text stays text: "100%" in the phase goals is not parsed in the US locale', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Sheet1');
    const outcome = templateSpec('ke-hoach-giai-doan', { year: 2026 });
    if (!outcome.ok) throw new Error('no template');
    const { name } = await insertSpec(excel.context() as Ctx, outcome.value, all);
    const sheet = excel.sheets.find((s) => s.name === name);
    let texts = 0;
    outcome.value.rows.forEach((row, r) => row.cells.forEach((cell, c) => {
      if (!cell || cell.formula !== undefined || typeof cell.value !== 'string' || cell.value === '') return;
      texts++;
      expect([r + 1, c + 1, sheet?.values[r]?.[c]]).toEqual([r + 1, c + 1, cell.value]);
    }));
    expect(texts).toBeGreaterThan(20);
    expect(outcome.value.rows.some((row) => row.cells.some((c) => c?.value === '100%'))).toBe(true);
  });

  test('scoring leaves every cell between computed cells untouched: text "=…" stays text, a date stays a date', async () => {
    const excel = new FakeExcel();
    const rows = scoreRows(12);
    const date = 46027; // a date serial the user typed in the deduction column, between computed rows
    (rows[4] as unknown[])[5] = date;
    excel.addSheet('Điểm', rows);
    const data = excel.sheets[0];
    if (!data) throw new Error('no sheet');
    // Row 8's deduction cell holds text typed as '=không tính, which Excel's formulas return without the apostrophe.
    (data.values[7] as unknown[])[5] = '=không tính';
    const ctx = excel.context() as Ctx & { workbook: { worksheets: { getActiveWorksheet(): Excel.Worksheet } } };
    const sheet = ctx.workbook.worksheets.getActiveWorksheet();
    const grid = await readGrid(ctx, sheet);
    expect(grid.formulas[7]?.[5]).toBeNull();
    const outcome = scoreGrid(grid, largeSet(7));
    if (!outcome.ok) throw new Error('no table');
    await applyWrites(ctx, sheet, outcome.value.writes);
    expect(excel.syncs).toBe(2);
    expect([data.values[4]?.[5], data.formulas[4]?.[5]]).toEqual([date, null]);
    expect([data.values[7]?.[5], data.formulas[7]?.[5]]).toEqual(['=không tính', null]);
    expect(data.formulas[5]?.[5]).toBe('IF(OR(E6="",E6="KĐG",D6="KĐG"),"",ROUND(E6-C6,2))');
  });
});

test('the decision\'s table pasted into the active sheet reads through the port into the core\'s import, as the backend does', async () => {
  const excel = new FakeExcel();
  excel.addSheet('Dán', CA_MAU_1880_GRID.map((r) => r.map((v) => v ?? '')));
  const ctx = excel.context() as Ctx & { workbook: { worksheets: { getActiveWorksheet(): Excel.Worksheet } } };
  const imported = importSetGrid(await readGrid(ctx, ctx.workbook.worksheets.getActiveWorksheet()), 2026);
  expect(imported.set).toEqual(importCriteriaTable(CA_MAU_1880_GRID).set);
  expect(imported.problems.map((p) => p.code)).toEqual(['import_scale_missing']);
});
