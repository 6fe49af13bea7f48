import { FILL_COLOURS, a1, charactersOfPoints, columnBlocks, columnWidthPoints, freeSheetName, parseA1, toSheetBlocks, formatFormulaAnywhere, validationFormulaAnywhere, TONE_COLOURS, type AreaChartPlan, type CellStyle, type CellWrite, type Grid, type RowHeight, type SheetSpec } from '../../shared';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Row heights and column widths are in points in the core and in pixels in Sheets (96 px per 72 pt). */
const PX_PER_POINT = 96 / 72;

/** Adjacent rows of the same explicit height, as 1-based runs. */
function heightRuns(spec: SheetSpec): { first: number; count: number; points: number }[] {
  const runs: { first: number; count: number; points: number }[] = [];
  spec.rows.forEach((row, i) => {
    if (row.height === undefined) return;
    const last = runs[runs.length - 1];
    if (last && last.points === row.height && last.first + last.count === i + 1) last.count++;
    else runs.push({ first: i + 1, count: 1, points: row.height });
  });
  return runs;
}

/**
 * Reads a whole sheet in two calls: what it shows and its formulas. Dates come as Date objects
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()); they are
 * only read, never written back.
 */
export function readGrid(sheet: Sheet, layout = false): Grid {
  const range = sheet.getDataRange();
  const values = range.getValues();
  const formulas = range.getFormulas().map((row) => row.map((f) => (f ? f.replace(/^=/, '') : null)));
  const grid = { name: sheet.getName(), values, formulas };
  if (!layout) return grid;
  // Widths come one column at a time, in pixels
  // (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getColumnWidth(Integer)):
  // one call per column of the table, however many rows it has. Row heights are not read here
  // (getRowHeight is one call per row); applyWrites reads only those of the rows it would resize.
  const columns = values.reduce((n, row) => Math.max(n, row.length), 0);
  const columnWidths = Array.from({ length: columns }, (_, c) => charactersOfPoints(sheet.getColumnWidth(c + 1) / PX_PER_POINT));
  return { ...grid, columnWidths };
}

/**
 * Inserts a template into a new sheet with whole-block calls, so a long template costs the same
 * number of calls as a short one. If anything fails half-way the new sheet is deleted, so no
 * half-built table is left behind.
 */
export function insertSpec(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, spec: SheetSpec): Sheet {
  const name = freeSheetName(spreadsheet.getSheets().map((s) => s.getName()), spec.name);
  const sheet = spreadsheet.insertSheet(name);
  try {
    writeSpec(sheet, spec);
  } catch (e) {
    spreadsheet.deleteSheet(sheet);
    throw e;
  }
  return sheet;
}

function writeSpec(sheet: Sheet, spec: SheetSpec): void {
  const b = toSheetBlocks(spec);
  const all = sheet.getRange(1, 1, b.rows, b.columns);
  // Formats first: a code such as "1.10" stays text only if the cell is text before it is written.
  all.setNumberFormats(b.numberFormats);
  // Apps Script takes "" for an empty cell; null is not a value it documents.
  all.setValues(b.values.map((row) => row.map((v) => v ?? '')));
  all.setFontFamily(spec.font.name);
  all.setFontSizes(b.fontSizes);
  all.setFontWeights(b.bold.map((row) => row.map((x) => (x ? 'bold' : 'normal'))));
  all.setFontStyles(b.italic.map((row) => row.map((x) => (x ? 'italic' : 'normal'))));
  all.setHorizontalAlignments(b.horizontal);
  all.setVerticalAlignment('middle');
  all.setWraps(b.wrap);
  all.setBackgrounds(b.backgrounds as string[][]);
  if (b.borderRanges.length) sheet.getRangeList(b.borderRanges).setBorder(true, true, true, true, true, true);
  for (const merge of spec.merges) sheet.getRange(merge).merge();
  // The width the core's height estimates assume, so reading it back gives the same characters.
  spec.columns.forEach((width, i) => sheet.setColumnWidth(i + 1, Math.round(columnWidthPoints(width) * PX_PER_POINT)));
  // The columns the template keeps for itself (the outcome wordings its dropdowns list), hidden in one call
  // (https://developers.google.com/apps-script/reference/spreadsheet/sheet#hideColumns(Integer,Integer)).
  if (spec.hiddenColumns) sheet.hideColumns(spec.hiddenColumns.first, spec.hiddenColumns.last - spec.hiddenColumns.first + 1);
  // Sheets' own fit first (it ignores merged cells:
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#autoResizeRows(Integer,Integer)),
  // then the heights the sheet description estimated, one call per run of equal heights.
  sheet.autoResizeRows(1, b.rows);
  for (const run of heightRuns(spec)) sheet.setRowHeights(run.first, run.count, Math.round(run.points * PX_PER_POINT));
  sheet.setFrozenRows(spec.frozen.rows);
  setValidations(sheet, spec);
  const rules = spec.conditionalFormats.map((cf) => SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(`=${formatFormulaAnywhere(cf.rule)}`)
    .setBackground(TONE_COLOURS[cf.tone].background)
    .setFontColor(TONE_COLOURS[cf.tone].font)
    .setRanges(sheet.getRangeList([...cf.ranges]).getRanges())
    .build());
  if (rules.length) sheet.setConditionalFormatRules(rules);
}

/**
 * Every validation in one setDataValidations call over the box that holds them all, so a template
 * with a dropdown per criterion costs the calls of one with none: a builder per distinct rule, one
 * write. Lists are requireValueInList / requireValueInRange with the dropdown shown:
 * https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireValueInList(String,Boolean)
 * https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireValueInRange(Range,Boolean)
 */
function setValidations(sheet: Sheet, spec: SheetSpec): void {
  if (spec.validations.length === 0) return;
  const box = boundingBox(spec.validations.flatMap((v) => v.ranges));
  const matrix: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] = Array.from({ length: box.rows }, () => Array.from({ length: box.columns }, () => null));
  // Every list's source range in one RangeList, so a dropdown per criterion costs no call per criterion
  // (https://developers.google.com/apps-script/reference/spreadsheet/range-list#getRanges()).
  const sourceA1 = [...new Set(spec.validations.flatMap((v) => (v.rule.kind === 'list' && 'range' in v.rule.source ? [v.rule.source.range] : [])))];
  const sourceRanges = sourceA1.length ? sheet.getRangeList(sourceA1).getRanges() : [];
  const sources = new Map(sourceA1.map((a, i) => [a, sourceRanges[i]]));
  for (const v of spec.validations) {
    const builder = SpreadsheetApp.newDataValidation();
    const source = v.rule.kind === 'list' && 'range' in v.rule.source ? sources.get(v.rule.source.range) : undefined;
    const rule = (v.rule.kind === 'list'
      ? ('values' in v.rule.source ? builder.requireValueInList([...v.rule.source.values], true) : builder.requireValueInRange(source ?? sheet.getRange(v.rule.source.range), true))
      : builder.requireFormulaSatisfied(`=${validationFormulaAnywhere(v.rule)}`))
      .setHelpText(`${v.prompt} ${v.error}`)
      .setAllowInvalid(false)
      .build();
    // A position-free formula holds wherever it is, so one rule object can fill every cell of its ranges.
    for (const range of v.ranges) {
      const r = rect(range);
      for (let row = r.top; row <= r.bottom; row++) {
        const line = matrix[row - box.top];
        if (line) for (let col = r.left; col <= r.right; col++) line[col - box.left] = rule;
      }
    }
  }
  sheet.getRange(box.top, box.left, box.rows, box.columns).setDataValidations(matrix as GoogleAppsScript.Spreadsheet.DataValidation[][]);
}

/**
 * The looks scoring adds (the block of points by area), one RangeList per distinct look, so the
 * calls do not grow with the cells (https://developers.google.com/apps-script/reference/spreadsheet/range-list).
 */
function styleCells(sheet: Sheet, writes: readonly CellWrite[]): void {
  const groups = new Map<string, { style: CellStyle; cells: string[] }>();
  for (const w of writes) {
    if (!w.style) continue;
    const key = JSON.stringify(w.style);
    const group = groups.get(key) ?? { style: w.style, cells: [] };
    group.cells.push(a1(w.row, w.column));
    groups.set(key, group);
  }
  for (const { style: s, cells } of groups.values()) {
    const list = sheet.getRangeList(cells);
    list.setFontWeight(s.bold ? 'bold' : 'normal');
    list.setFontStyle(s.italic ? 'italic' : 'normal');
    if (s.size) list.setFontSize(s.size);
    list.setHorizontalAlignment(s.align ?? 'left');
    list.setVerticalAlignment('middle');
    list.setWrap(s.wrap ?? false);
    if (s.fill) list.setBackground(FILL_COLOURS[s.fill]);
    if (s.border) list.setBorder(true, true, true, true, null, null);
  }
}

function runsOf(rows: readonly { row: number; px: number }[]): { first: number; count: number; px: number }[] {
  const runs: { first: number; count: number; px: number }[] = [];
  for (const h of [...rows].sort((a, b) => a.row - b.row)) {
    const last = runs[runs.length - 1];
    if (last && last.px === h.px && last.first + last.count === h.row) last.count++;
    else runs.push({ first: h.row, count: 1, px: h.px });
  }
  return runs;
}

interface Box { readonly top: number; readonly left: number; readonly rows: number; readonly columns: number }

function rect(range: string): { top: number; left: number; bottom: number; right: number } {
  const [from = '', to = from] = range.split(':');
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) throw new RangeError(`not an A1 range: ${range}`);
  return { top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) };
}

function boundingBox(ranges: readonly string[]): Box {
  const rects = ranges.map(rect);
  const top = Math.min(...rects.map((r) => r.top));
  const left = Math.min(...rects.map((r) => r.left));
  return { top, left, rows: Math.max(...rects.map((r) => r.bottom)) - top + 1, columns: Math.max(...rects.map((r) => r.right)) - left + 1 };
}

/**
 * Writes the computed cells only, one call per run of adjacent computed cells in a column: Sheets
 * has no "leave this cell" value in setValues, so a cell between two computed ones is never part
 * of a write (a date there would come back as text). The chart of points by area is added once.
 */
export function applyWrites(sheet: Sheet, writes: readonly CellWrite[], chart?: AreaChartPlan, heights: readonly RowHeight[] = []): void {
  if (writes.length === 0) return;
  const { blocks, formats } = columnBlocks(writes);
  for (const block of blocks) {
    sheet.getRange(block.firstRow, block.column, block.cells.length, 1).setValues(block.cells.map((c) => [c]));
  }
  for (const f of formats) sheet.getRangeList(f.cells).setNumberFormat(f.numFmt);
  styleCells(sheet, writes);
  // A row only grows: one getRowHeight per row the core would resize, then one call per run of equal heights
  // (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRowHeight(Integer),
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#setRowHeights(Integer,Integer,Integer)).
  const grow = heights.map((h) => ({ row: h.row, px: Math.round(h.height * PX_PER_POINT) })).filter((h) => sheet.getRowHeight(h.row) < h.px);
  for (const run of runsOf(grow)) sheet.setRowHeights(run.first, run.count, run.px);
  if (chart && !sheet.getCharts().some((c) => c.getOptions().get('title') === chart.title)) {
    sheet.insertChart(sheet.newChart()
      .setChartType(Charts.ChartType.BAR)
      .addRange(sheet.getRange(chart.range))
      .setNumHeaders(1)
      .setPosition(chart.anchorRow, chart.anchorColumn, 0, 0)
      .setOption('title', chart.title)
      .build());
  }
}
