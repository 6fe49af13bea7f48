import type ExcelJS from 'exceljs';
import { FILL_COLOURS, TONE_COLOURS, formatFormulaA1, listSourceA1, maxReferenceA1, validationFormulaA1, type CellSpec, type CellStyle, type SheetSpec } from '../../shared';

/** exceljs takes ARGB colours: the core's "#RRGGBB" with an opaque alpha. */
const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;
const THIN = { style: 'thin' } as const;
const MM_PER_INCH = 25.4;

/** Writes a core sheet description into an exceljs worksheet: values and formulas, styles, merges, print set-up, validation and formats. */
export function applySheetSpec(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  const font = { name: spec.font.name, size: spec.font.size };
  spec.columns.forEach((width, i) => {
    const column = ws.getColumn(i + 1);
    column.width = width;
    column.font = font;
  });
  spec.rows.forEach((row, i) => {
    const r = ws.getRow(i + 1);
    if (row.height !== undefined) r.height = row.height;
    row.cells.forEach((cell, j) => {
      if (cell) writeCell(ws.getCell(i + 1, j + 1), cell, font);
    });
  });
  for (const merge of spec.merges) ws.mergeCells(merge);
  ws.views = [{ state: 'frozen', xSplit: spec.frozen.columns, ySplit: spec.frozen.rows, topLeftCell: `A${spec.frozen.rows + 1}` }];
  const m = spec.print.margins;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: spec.print.orientation,
    fitToPage: spec.print.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { top: m.top / MM_PER_INCH, bottom: m.bottom / MM_PER_INCH, left: m.left / MM_PER_INCH, right: m.right / MM_PER_INCH, header: 0.3, footer: 0.3 },
    printTitlesRow: `${spec.print.repeatRows.first}:${spec.print.repeatRows.last}`,
  };
  if (spec.print.pageNumbers) {
    ws.headerFooter = { ...ws.headerFooter, differentFirst: true, firstHeader: '', oddHeader: '&C&"Times New Roman"&12&P' };
  }
  for (const v of spec.validations) {
    for (const range of v.ranges) {
      const rule: ExcelJS.DataValidation = v.rule.kind === 'points-up-to'
        ? { type: 'decimal', operator: 'between', formulae: [0, maxReferenceA1(v.rule, range)] }
        : v.rule.kind === 'list'
          ? { type: 'list', formulae: [listSourceA1(v.rule)] }
          : { type: 'custom', formulae: [validationFormulaA1(v.rule, range)] };
      (ws as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations.add(range, {
        ...rule, allowBlank: true, showInputMessage: true, showErrorMessage: true, errorStyle: 'stop',
        promptTitle: v.promptTitle, prompt: v.prompt, errorTitle: 'Giá trị không hợp lệ', error: v.error,
      });
    }
  }
  let priority = 1;
  for (const cf of spec.conditionalFormats) {
    const tone = TONE_COLOURS[cf.tone];
    // One entry per range, each formula written for its own top-left cell, which every engine reads alike.
    for (const range of cf.ranges) {
      ws.addConditionalFormatting({
        ref: range,
        rules: [{
          type: 'expression', priority: priority++, formulae: [formatFormulaA1(cf.rule, range)],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(tone.background) } }, font: { color: { argb: argb(tone.font) } } },
        }],
      });
    }
  }
}

function writeCell(cell: ExcelJS.Cell, spec: CellSpec, font: { name: string; size: number }): void {
  if (spec.formula !== undefined) cell.value = { formula: spec.formula } as ExcelJS.CellFormulaValue;
  else if (spec.value !== undefined && spec.value !== null) cell.value = spec.value;
  if (spec.numFmt) cell.numFmt = spec.numFmt;
  styleCell(cell, spec.style ?? {}, font);
}

/** A core cell style on an exceljs cell; also used for the cells scoring adds to a user's sheet. */
export function styleCell(cell: ExcelJS.Cell, s: CellStyle, font: { name: string; size: number }): void {
  cell.font = { ...font, bold: s.bold ?? false, italic: s.italic ?? false, ...(s.size ? { size: s.size } : {}) };
  cell.alignment = { horizontal: s.align ?? 'left', vertical: 'middle', wrapText: s.wrap ?? false };
  if (s.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (s.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(FILL_COLOURS[s.fill]) } };
}
