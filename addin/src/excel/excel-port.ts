import { FILL_COLOURS, a1, printAreaA1, charactersOfPoints, columnWidthPoints, columnBlocks, columnLetters, freeSheetName, listSourceA1, maxReferenceA1, formatFormulaA1, parseA1, TONE_COLOURS, toSheetBlocks, validationFormulaA1, type AreaChartPlan, type CellStyle, type CellWrite, type Grid, type RowHeight, type SheetSpec } from '../../../shared';
import { excelApi, type Supports } from './requirements';

/**
 * What insertion writes on each ExcelApi version (requirement sets as annotated in
 * https://learn.microsoft.com/javascript/api/excel): values, number formats, fonts, fills, borders
 * and alignment work on 1.1; the rest is written where the host has it and named when it is not.
 */
const LAYERS = {
  layout: { version: '1.2', vi: 'độ rộng cột, chiều cao dòng và gộp ô' },
  conditional: { version: '1.6', vi: 'tô màu cảnh báo' },
  freeze: { version: '1.7', vi: 'cố định dòng tiêu đề' },
  validation: { version: '1.8', vi: 'kiểm tra dữ liệu nhập' },
  print: { version: '1.9', vi: 'thiết lập trang in (A4, khổ ngang, vừa một trang chiều ngang)' },
} as const;

/**
 * Inserts a template into a new worksheet in two round trips whatever its length: one to learn the
 * sheet names, one carrying every write. If the batch fails, the new sheet is removed in a third
 * (and a fourth), so no half-built table stays behind. `leftOut` names what this Excel could not take.
 */
export async function insertSpec(context: Excel.RequestContext, spec: SheetSpec, supports: Supports = excelApi): Promise<{ name: string; leftOut: string[] }> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const name = freeSheetName(sheets.items.map((s) => s.name), spec.name);
  let leftOut: string[];
  try {
    const sheet = sheets.add(name);
    leftOut = writeSpec(sheet, spec, supports);
    sheet.activate();
    await context.sync();
  } catch (e) {
    await removeSheet(context, name, supports);
    throw e;
  }
  return { name, leftOut: leftOut.length ? [`Excel này chưa ghi được: ${leftOut.join('; ')}. Hãy cập nhật Office hoặc dùng Excel trên web.`] : [] };
}

async function removeSheet(context: Excel.RequestContext, name: string, supports: Supports): Promise<void> {
  if (supports('1.4')) {
    const partial = context.workbook.worksheets.getItemOrNullObject(name);
    await context.sync();
    if (!partial.isNullObject) {
      partial.delete();
      await context.sync();
    }
    return;
  }
  try {
    context.workbook.worksheets.getItem(name).delete();
    await context.sync();
  } catch {
    // The sheet was never created: nothing to remove.
  }
}

/** Whole cells as text: a formula as is, every other string marked "'" by the sheet blocks, empty as "". */
const cellInput = (v: string | number | null): string | number => (v === null ? '' : v);

function writeSpec(sheet: Excel.Worksheet, spec: SheetSpec, supports: Supports): string[] {
  const leftOut: string[] = [];
  const has = (layer: keyof typeof LAYERS): boolean => {
    const ok = supports(LAYERS[layer].version);
    if (!ok) leftOut.push(`${LAYERS[layer].vi} (cần ExcelApi ${LAYERS[layer].version})`);
    return ok;
  };
  const b = toSheetBlocks(spec);
  const all = sheet.getRange(`A1:${a1(b.rows, b.columns)}`);
  // Formats first: a code such as "1.10" stays text only if the cell is text when it is written.
  all.numberFormat = b.numberFormats;
  // Every text is marked "'" so Excel, which reads a string as if typed in en-US
  // (https://github.com/OfficeDev/office-js/issues/1559), never turns "1." or "100%" into a number.
  all.formulas = b.values.map((row) => row.map(cellInput));
  all.format.font.name = spec.font.name;
  all.format.font.size = spec.font.size;
  all.format.verticalAlignment = 'Center';
  // One range per rectangle rather than one multi-area getRanges address: the separator getRanges
  // wants follows the Windows list separator (";" in vi-VN), not ","
  // (https://github.com/OfficeDev/office-js/issues/1167, https://github.com/OfficeDev/office-js/issues/1985).
  for (const group of b.styleGroups) for (const address of rectangles(group.ranges)) {
    const area = sheet.getRange(address);
    const s = group.style;
    area.format.font.bold = s.bold ?? false;
    area.format.font.italic = s.italic ?? false;
    if (s.size) area.format.font.size = s.size;
    area.format.horizontalAlignment = s.align === 'center' ? 'Center' : s.align === 'right' ? 'Right' : 'Left';
    area.format.wrapText = s.wrap ?? false;
    if (s.fill) area.format.fill.color = FILL_COLOURS[s.fill];
  }
  for (const address of rectangles(b.borderRanges)) {
    const bordered = sheet.getRange(address);
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const) {
      bordered.format.borders.getItem(edge).style = 'Continuous';
    }
  }
  if (has('layout')) {
    for (const merge of spec.merges) sheet.getRange(merge).merge(false);
    spec.columns.forEach((width, i) => {
      // In points (https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-columnwidth-member),
      // as the sheet description's height estimates count them, so reading the width back gives the same characters.
      sheet.getRange(`${columnLetters(i + 1)}:${columnLetters(i + 1)}`).format.columnWidth = columnWidthPoints(width);
    });
    // The columns the template keeps for itself (the outcome wordings its dropdowns list) are hidden
    // (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-columnhidden-member, ExcelApi 1.2).
    if (spec.hiddenColumns) sheet.getRange(`${columnLetters(spec.hiddenColumns.first)}:${columnLetters(spec.hiddenColumns.last)}`).columnHidden = true;
    // Excel's own fit first (it does not grow rows for merged cells), then the heights the sheet
    // description estimated from text, font and width, which hold for merged cells too.
    all.format.autofitRows();
    spec.rows.forEach((row, i) => {
      if (row.height !== undefined) sheet.getRange(`${i + 1}:${i + 1}`).format.rowHeight = row.height;
    });
  }
  if (spec.frozen.rows > 0 && has('freeze')) sheet.freezePanes.freezeRows(spec.frozen.rows);
  if (has('print')) {
    const p = spec.print;
    const mm = (v: number): number => (v / 25.4) * 72;
    sheet.pageLayout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    sheet.pageLayout.paperSize = 'A4';
    // One page wide, as many tall as needed (https://learn.microsoft.com/javascript/api/excel/excel.pagelayoutzoomoptions).
    sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    sheet.pageLayout.topMargin = mm(p.margins.top);
    sheet.pageLayout.bottomMargin = mm(p.margins.bottom);
    sheet.pageLayout.leftMargin = mm(p.margins.left);
    sheet.pageLayout.rightMargin = mm(p.margins.right);
    sheet.pageLayout.setPrintTitleRows(`$${p.repeatRows.first}:$${p.repeatRows.last}`);
    // Notes for the screen sit above the print area (https://learn.microsoft.com/javascript/api/excel/excel.pagelayout#excel-excel-pagelayout-setprintarea-member(1)).
    const area = printAreaA1(spec);
    if (area) sheet.pageLayout.setPrintArea(area);
    if (p.pageNumbers) {
      sheet.pageLayout.headersFooters.state = 'FirstAndDefault';
      sheet.pageLayout.headersFooters.defaultForAllPages.centerHeader = '&P';
    }
  }
  if (spec.validations.length && has('validation')) {
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
  }
  if (spec.conditionalFormats.length && has('conditional')) {
    for (const cf of spec.conditionalFormats) {
      for (const range of cf.ranges) {
        const format = sheet.getRange(range).conditionalFormats.add('Custom');
        format.custom.rule.formula = `=${formatFormulaA1(cf.rule, range)}`;
        format.custom.format.fill.color = TONE_COLOURS[cf.tone].background;
        format.custom.format.font.color = TONE_COLOURS[cf.tone].font;
      }
    }
  }
  return leftOut;
}

/** One cell's look as the sheet description names it, on Excel's range format (ExcelApi 1.1). */
function styleCell(range: Excel.Range, s: CellStyle): void {
  range.format.font.bold = s.bold ?? false;
  range.format.font.italic = s.italic ?? false;
  if (s.size) range.format.font.size = s.size;
  range.format.horizontalAlignment = s.align === 'center' ? 'Center' : s.align === 'right' ? 'Right' : 'Left';
  range.format.verticalAlignment = 'Center';
  range.format.wrapText = s.wrap ?? false;
  if (s.fill) range.format.fill.color = FILL_COLOURS[s.fill];
  if (s.border) for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const) range.format.borders.getItem(edge).style = 'Continuous';
}

interface Rect { top: number; left: number; bottom: number; right: number }

function rect(range: string): Rect | undefined {
  const [from = '', to = from] = range.split(':');
  const p = parseA1(from);
  const q = parseA1(to);
  return p && q ? { top: Math.min(p.row, q.row), left: Math.min(p.column, q.column), bottom: Math.max(p.row, q.row), right: Math.max(p.column, q.column) } : undefined;
}

/**
 * Ranges of one row each ("A5:C5", "A6:C6", …) merged down into rectangles ("A5:C6"), so a long
 * template costs a few range objects per style rather than one per row.
 */
export function rectangles(ranges: readonly string[]): string[] {
  const open = new Map<string, Rect>();
  const out: Rect[] = [];
  const rects = ranges.map(rect).filter((r): r is Rect => r !== undefined).sort((a, b) => a.top - b.top || a.left - b.left);
  for (const r of rects) {
    const key = `${r.left}:${r.right}`;
    const prev = open.get(key);
    if (prev && prev.bottom + 1 === r.top && r.bottom === r.top) prev.bottom = r.bottom;
    else {
      const copy = { ...r };
      out.push(copy);
      if (r.bottom === r.top) open.set(key, copy);
    }
  }
  return out.map((r) => (r.top === r.bottom && r.left === r.right ? a1(r.top, r.left) : `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`));
}

/**
 * Which formulas are formulas: Excel's `formulas` gives a text cell typed as "'=abc" as "=abc",
 * without its apostrophe, so a cell counts as a formula only when what it shows differs from that
 * text (a formula's result is not its own source).
 */
export function formulaOf(formula: unknown, value: unknown): string | null {
  return typeof formula === 'string' && formula.startsWith('=') && formula !== value ? formula : null;
}

/**
 * One round trip: what the used range shows and its formulas; with `layout`, also its column widths
 * and row heights, which scoring needs to give rows whose texts wrap their height. They come in the
 * same round trip, one entry per column and per row of the used range, through getColumnProperties /
 * getRowProperties (ExcelApi 1.9,
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getcolumnproperties-member(1),
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getrowproperties-member(1)),
 * in points (https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-columnwidth-member).
 * An older Excel reads no layout, and the core then plans no heights.
 */
export async function readGrid(context: Excel.RequestContext, sheet: Excel.Worksheet, layout?: { readonly supports: Supports }): Promise<Grid> {
  const used = sheet.getUsedRangeOrNullObject();
  used.load(['values', 'formulas', 'rowIndex', 'columnIndex']);
  sheet.load('name');
  const withLayout = layout?.supports('1.9') ?? false;
  const columns = withLayout ? used.getColumnProperties({ format: { columnWidth: true } }) : undefined;
  const rows = withLayout ? used.getRowProperties({ format: { rowHeight: true } }) : undefined;
  await context.sync();
  if (used.isNullObject) return { name: sheet.name, values: [], formulas: [] };
  const grid = gridOf(sheet.name, used.rowIndex, used.columnIndex, used.values as unknown[][], used.formulas as unknown[][]);
  if (!columns || !rows) return grid;
  return withSizes(grid, used.rowIndex, used.columnIndex, columns.value.map((c) => c.format?.columnWidth), rows.value.map((r) => r.format?.rowHeight));
}

/** The core counts rows and columns from A1: pads what lies before the block read. */
export function gridOf(name: string, rowIndex: number, columnIndex: number, values: unknown[][], formulas: unknown[][]): Grid {
  const pad = <T>(rows: T[][], fill: T): T[][] => [
    ...Array.from({ length: rowIndex }, () => [] as T[]),
    ...rows.map((r) => [...Array.from({ length: columnIndex }, () => fill), ...r]),
  ];
  const f = formulas.map((row, i) => row.map((x, j) => formulaOf(x, values[i]?.[j])?.slice(1) ?? null));
  return { name, values: pad(values, null), formulas: pad(f, null) };
}

/** The used range's widths (points) as the core's characters and its heights (points), counted from A1. */
export function withSizes(grid: Grid, rowIndex: number, columnIndex: number, widthPoints: readonly (number | undefined)[], heightPoints: readonly (number | undefined)[]): Grid {
  const columnWidths = [...Array.from({ length: columnIndex }, () => undefined), ...widthPoints.map((w) => (typeof w === 'number' ? charactersOfPoints(w) : undefined))];
  const rowHeights = [...Array.from({ length: rowIndex }, () => undefined), ...heightPoints.map((h) => (typeof h === 'number' ? h : undefined))];
  return { ...grid, columnWidths, rowHeights };
}

export const AREA_CHART_NAME = 'CCHC.DiemTheoLinhVuc';

/** Queued before the read, so the one read round trip also tells whether the sheet has its chart already. */
export function probeAreaChart(sheet: Excel.Worksheet): Excel.Chart {
  const probe = sheet.charts.getItemOrNullObject(AREA_CHART_NAME);
  probe.load('name');
  return probe;
}

/**
 * Writes the computed cells in one round trip, one range per column: the runs of computed cells
 * are joined with null between them, which Excel leaves untouched
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values), so a cell
 * between two computed ones is never rewritten. The chart of points by area is added once.
 */
export async function applyWrites(
  context: Excel.RequestContext, sheet: Excel.Worksheet, writes: readonly CellWrite[],
  chart?: { readonly plan: AreaChartPlan; readonly probe: Excel.Chart },
  heights: readonly RowHeight[] = [],
): Promise<void> {
  if (writes.length === 0) return;
  const { blocks, formats } = columnBlocks(writes);
  const spans = new Map<number, { firstRow: number; cells: (string | null)[] }>();
  for (const block of blocks) {
    const span = spans.get(block.column);
    if (!span) {
      spans.set(block.column, { firstRow: block.firstRow, cells: [...block.cells] });
      continue;
    }
    while (span.firstRow + span.cells.length < block.firstRow) span.cells.push(null);
    span.cells.push(...block.cells);
  }
  for (const [column, span] of spans) {
    sheet.getRange(`${a1(span.firstRow, column)}:${a1(span.firstRow + span.cells.length - 1, column)}`).formulas = span.cells.map((c) => [c]) as unknown as string[][];
  }
  // Queued with the rest: formats cost operations in the same batch, not round trips.
  for (const f of formats) for (const cell of f.cells) sheet.getRange(cell).numberFormat = [[f.numFmt]];
  // The block of points by area prints like the table: its looks, a few cells, queued in the same batch.
  for (const w of writes) if (w.style) styleCell(sheet.getRange(a1(w.row, w.column)), w.style);
  // Heights the core planned only grow a row (it compared them with the heights read), in points
  // (https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-rowheight-member).
  for (const h of heights) sheet.getRange(`${h.row}:${h.row}`).format.rowHeight = h.height;
  if (chart && chart.probe.isNullObject) {
    const c = sheet.charts.add('BarClustered', sheet.getRange(chart.plan.range), 'Columns');
    c.name = AREA_CHART_NAME;
    c.title.text = chart.plan.title;
    c.setPosition(a1(chart.plan.anchorRow, chart.plan.anchorColumn));
  }
  await context.sync();
}
