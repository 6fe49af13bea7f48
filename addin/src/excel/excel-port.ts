import { FILL_COLOURS, a1, columnBlocks, freeSheetName, listSourceA1, maxReferenceA1, formatFormulaA1, TONE_COLOURS, toSheetBlocks, validationFormulaA1, type AreaChartPlan, type CellWrite, type Grid, type SheetSpec } from '../../../shared';

const POINTS_PER_CHAR = 6;

/**
 * Inserts a template into a new worksheet in two round trips whatever its length: one to learn the
 * sheet names, one carrying every write as whole blocks. If the batch fails, the new sheet is
 * removed in a third, so no half-built table stays behind.
 */
export async function insertSpec(context: Excel.RequestContext, spec: SheetSpec): Promise<string> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const name = freeSheetName(sheets.items.map((s) => s.name), spec.name);
  try {
    const sheet = sheets.add(name);
    writeSpec(sheet, spec);
    sheet.activate();
    await context.sync();
  } catch (e) {
    const partial = context.workbook.worksheets.getItemOrNullObject(name);
    await context.sync();
    if (!partial.isNullObject) {
      partial.delete();
      await context.sync();
    }
    throw e;
  }
  return name;
}

function writeSpec(sheet: Excel.Worksheet, spec: SheetSpec): void {
  const b = toSheetBlocks(spec);
  const all = sheet.getRangeByIndexes(0, 0, b.rows, b.columns);
  // Formats first: a code such as "1.10" stays text only if the cell is text when it is written.
  all.numberFormat = b.numberFormats;
  all.formulas = b.values.map((row) => row.map((v) => (v === null ? '' : v)));
  all.format.font.name = spec.font.name;
  all.format.font.size = spec.font.size;
  all.format.verticalAlignment = 'Center';
  for (const group of b.styleGroups) for (const addresses of chunks(group.ranges)) {
    const areas = sheet.getRanges(addresses);
    const s = group.style;
    areas.format.font.bold = s.bold ?? false;
    areas.format.font.italic = s.italic ?? false;
    if (s.size) areas.format.font.size = s.size;
    areas.format.horizontalAlignment = s.align === 'center' ? 'Center' : s.align === 'right' ? 'Right' : 'Left';
    areas.format.wrapText = s.wrap ?? false;
    if (s.fill) areas.format.fill.color = FILL_COLOURS[s.fill];
  }
  for (const addresses of chunks(b.borderRanges)) {
    const bordered = sheet.getRanges(addresses);
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const) {
      bordered.format.borders.getItem(edge).style = 'Continuous';
    }
  }
  for (const merge of spec.merges) sheet.getRange(merge).merge(false);
  spec.columns.forEach((width, i) => {
    sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = width * POINTS_PER_CHAR;
  });
  spec.rows.forEach((row, i) => {
    if (row.height !== undefined) sheet.getRangeByIndexes(i, 0, 1, 1).format.rowHeight = row.height;
  });
  sheet.freezePanes.freezeRows(spec.frozen.rows);
  const p = spec.print;
  const mm = (v: number): number => (v / 25.4) * 72;
  sheet.pageLayout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  sheet.pageLayout.paperSize = 'A4';
  sheet.pageLayout.topMargin = mm(p.margins.top);
  sheet.pageLayout.bottomMargin = mm(p.margins.bottom);
  sheet.pageLayout.leftMargin = mm(p.margins.left);
  sheet.pageLayout.rightMargin = mm(p.margins.right);
  sheet.pageLayout.setPrintTitleRows(`$${p.repeatRows.first}:$${p.repeatRows.last}`);
  if (p.pageNumbers) {
    sheet.pageLayout.headersFooters.state = 'FirstAndDefault';
    sheet.pageLayout.headersFooters.defaultForAllPages.centerHeader = '&P';
  }
  for (const v of spec.validations) {
    for (const range of v.ranges) {
      const dv = sheet.getRange(range).dataValidation;
      // A list's source is the inline "a,b,c" or "=$I$9:$K$9": https://learn.microsoft.com/en-us/javascript/api/excel/excel.listdatavalidation
      dv.rule = v.rule.kind === 'points-up-to'
        ? { decimal: { formula1: 0, formula2: `=${maxReferenceA1(v.rule, range)}`, operator: 'Between' } }
        : v.rule.kind === 'list'
          ? { list: { inCellDropDown: true, source: 'values' in v.rule.source ? v.rule.source.values.join(',') : `=${listSourceA1(v.rule)}` } }
          : { custom: { formula: `=${validationFormulaA1(v.rule, range)}` } };
      dv.prompt = { showPrompt: true, title: v.promptTitle, message: v.prompt };
      dv.errorAlert = { showAlert: true, style: 'Stop', title: 'Giá trị không hợp lệ', message: v.error };
    }
  }
  for (const cf of spec.conditionalFormats) {
    for (const range of cf.ranges) {
      const format = sheet.getRange(range).conditionalFormats.add('Custom');
      format.custom.rule.formula = `=${formatFormulaA1(cf.rule, range)}`;
      format.custom.format.fill.color = TONE_COLOURS[cf.tone].background;
      format.custom.format.font.color = TONE_COLOURS[cf.tone].font;
    }
  }
}

/**
 * Range addresses joined for getRanges, in pieces short enough for Excel to accept; more pieces mean
 * more queued operations in the same batch, never more round trips.
 */
function chunks(ranges: readonly string[], maxLength = 2000): string[] {
  const out: string[] = [];
  let current = '';
  for (const r of ranges) {
    if (current && current.length + r.length + 1 > maxLength) {
      out.push(current);
      current = '';
    }
    current = current ? `${current},${r}` : r;
  }
  if (current) out.push(current);
  return out;
}

/** One round trip: what the used range shows and its formulas. */
export async function readGrid(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<Grid> {
  const used = sheet.getUsedRangeOrNullObject();
  used.load(['values', 'formulas', 'rowIndex', 'columnIndex']);
  sheet.load('name');
  await context.sync();
  if (used.isNullObject) return { name: sheet.name, values: [], formulas: [] };
  // The core counts rows and columns from A1; pad what lies before the used range.
  const pad = <T>(rows: T[][], fill: T): T[][] => [
    ...Array.from({ length: used.rowIndex }, () => [] as T[]),
    ...rows.map((r) => [...Array.from({ length: used.columnIndex }, () => fill), ...r]),
  ];
  const formulas = (used.formulas as unknown[][]).map((row) => row.map((f) => (typeof f === 'string' && f.startsWith('=') ? f.slice(1) : null)));
  return { name: sheet.name, values: pad(used.values as unknown[][], null), formulas: pad(formulas, null) };
}

export const AREA_CHART_NAME = 'CCHC.DiemTheoLinhVuc';

/** Queued before the read, so the one read round trip also tells whether the sheet has its chart already. */
export function probeAreaChart(sheet: Excel.Worksheet): Excel.Chart {
  const probe = sheet.charts.getItemOrNullObject(AREA_CHART_NAME);
  probe.load('name');
  return probe;
}

/**
 * Writes the computed cells as one block per column in one round trip; cells in between are written
 * back as they were. The chart of points by area is added once, beside its block.
 */
export async function applyWrites(
  context: Excel.RequestContext, sheet: Excel.Worksheet, grid: Grid, writes: readonly CellWrite[],
  chart?: { readonly plan: AreaChartPlan; readonly probe: Excel.Chart },
): Promise<void> {
  if (writes.length === 0) return;
  const { blocks, formats } = columnBlocks(writes, grid);
  for (const block of blocks) {
    sheet.getRangeByIndexes(block.firstRow - 1, block.column - 1, block.cells.length, 1).formulas = block.cells.map((c) => [c === null ? '' : c]);
  }
  // Queued with the rest: formats cost operations in the same batch, not round trips.
  for (const f of formats) for (const cell of f.cells) sheet.getRange(cell).numberFormat = [[f.numFmt]];
  if (chart && chart.probe.isNullObject) {
    const c = sheet.charts.add('BarClustered', sheet.getRange(chart.plan.range), 'Columns');
    c.name = AREA_CHART_NAME;
    c.title.text = chart.plan.title;
    c.setPosition(a1(chart.plan.anchorRow, chart.plan.anchorColumn));
  }
  await context.sync();
}
