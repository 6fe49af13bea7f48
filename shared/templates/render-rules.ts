import { a1, parseA1 } from '../sheet/a1';
import type { FormatRule, FormulaValidationRule, ValidationRule } from './sheet-spec';

/** Where a cell reference points: A1 relative to the range's first cell (.xlsx, Excel), or position-free (Sheets). */
interface Ref {
  self(): string;
  sameRow(column: number): string;
}

function a1Ref(topLeft: string): Ref {
  const at = parseA1(topLeft.split(':')[0] ?? topLeft);
  if (!at) throw new RangeError(`not an A1 range: ${topLeft}`);
  return {
    self: () => a1(at.row, at.column),
    sameRow: (column) => `$${a1(at.row, column).replace(/\d+$/, '')}${at.row}`,
  };
}

/** Sheets applies one rule to many ranges; INDIRECT in R1C1 form means "this cell" wherever it is. */
const positionFree: Ref = {
  self: () => 'INDIRECT("R[0]C[0]",FALSE)',
  sameRow: (column) => `INDIRECT("R[0]C${column}",FALSE)`,
};

function validationWith(rule: FormulaValidationRule, ref: Ref): string {
  const x = ref.self();
  switch (rule.kind) {
    case 'points-up-to': return `AND(ISNUMBER(${x}),${x}>=0,${x}<=${ref.sameRow(rule.maxColumn)})`;
    case 'points-or-mark': return `OR(${x}="${rule.mark}",AND(ISNUMBER(${x}),${x}>=0,${x}<=${ref.sameRow(rule.maxColumn)}))`;
    case 'percent-or-text': return `OR(ISTEXT(${x}),AND(ISNUMBER(${x}),${x}>=0,${x}<=1))`;
    case 'number-at-least': return `AND(ISNUMBER(${x}),${x}>=${rule.min})`;
  }
}

function formatWith(rule: FormatRule, ref: Ref): string {
  const x = ref.self();
  switch (rule.kind) {
    case 'above': return `AND(ISNUMBER(${x}),${x}>${ref.sameRow(rule.column)})`;
    case 'differs': return `AND(ISNUMBER(${x}),ISNUMBER(${ref.sameRow(rule.column)}),${x}<>${ref.sameRow(rule.column)})`;
    case 'percent-outside': return `AND(ISNUMBER(${x}),OR(${x}<0,${x}>1))`;
    case 'empty-while-positive': return `AND(ISNUMBER(${ref.sameRow(rule.column)}),${ref.sameRow(rule.column)}>0,LEN(TRIM(${x}))=0)`;
    case 'not-sum-of': return `ROUND(${x}-SUM(${rule.cells.join(',')}),4)<>0`;
  }
}

/** The validation as an A1 formula for the first cell of `range`, the way Excel and .xlsx files store it. */
export function validationFormulaA1(rule: FormulaValidationRule, range: string): string {
  return validationWith(rule, a1Ref(range));
}

export function formatFormulaA1(rule: FormatRule, range: string): string {
  return formatWith(rule, a1Ref(range));
}

/** The same rule as one formula that holds wherever it is applied (Google Sheets). */
export function validationFormulaAnywhere(rule: FormulaValidationRule): string {
  return validationWith(rule, positionFree);
}

export function formatFormulaAnywhere(rule: FormatRule): string {
  return formatWith(rule, positionFree);
}

/** For a "points up to the row's maximum" rule, the upper bound as a reference to the first row's maximum ("$C12"), for hosts with a decimal-between validation. */
export function maxReferenceA1(rule: Extract<ValidationRule, { kind: 'points-up-to' }>, range: string): string {
  return a1Ref(range).sameRow(rule.maxColumn);
}

/**
 * Excel's inline list ("a,b,c") cannot hold a comma inside a value nor pass 255 characters
 * (https://learn.microsoft.com/javascript/api/excel/excel.listdatavalidation); a list that does not
 * fit is held in cells and the dropdown takes that range, in every host.
 */
export function fitsInlineList(values: readonly string[]): boolean {
  return values.length > 0 && values.every((v) => !v.includes(',') && v.trim() !== '') && values.join(',').length <= 255;
}

/** A list rule's source as Excel and .xlsx files store it: a quoted inline list, or an absolute range. */
export function listSourceA1(rule: Extract<ValidationRule, { kind: 'list' }>): string {
  if ('values' in rule.source) return `"${rule.source.values.join(',').replace(/"/g, '""')}"`;
  return rule.source.range.split(':').map((cell) => cell.replace(/^\$?([A-Z]+)\$?(\d+)$/i, '$$$1$$$2')).join(':');
}
