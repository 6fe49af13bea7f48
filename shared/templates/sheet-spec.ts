/**
 * A host-neutral description of a worksheet. The core builds it once per template; the Excel, Sheets
 * and .xlsx writers only apply it, so no template is written twice.
 */

export type HorizontalAlign = 'left' | 'center' | 'right';

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Points; the sheet's base size applies when absent. */
  readonly size?: number;
  readonly align?: HorizontalAlign;
  readonly wrap?: boolean;
  readonly border?: boolean;
  /** A role, not a colour: each writer maps it to its palette. */
  readonly fill?: 'header' | 'section' | 'input' | 'total';
}

export interface CellSpec {
  readonly value?: string | number | null;
  /** English function names, comma separators, A1 references, no leading "=". */
  readonly formula?: string;
  readonly style?: CellStyle;
  readonly numFmt?: string;
}

export type RowKind = 'note' | 'letterhead' | 'rule' | 'signature' | 'title' | 'reference' | 'blank' | 'meta' | 'header' | 'column-numbers' | 'section' | 'criterion' | 'item' | 'total' | 'index';

export interface RowSpec {
  readonly kind: RowKind;
  /** Cells from column A; null leaves the cell untouched. */
  readonly cells: readonly (CellSpec | null)[];
  /** Points; the writer's default when absent. */
  readonly height?: number;
}

/**
 * What an entry cell accepts, as a meaning rather than a formula: each writer renders it in its own
 * terms (an A1 formula per range for .xlsx and Excel, a position-free formula for Sheets).
 */
export type ValidationRule =
  /** A number from 0 to the maximum in `maxColumn` of the same row. */
  | { readonly kind: 'points-up-to'; readonly maxColumn: number }
  /** Points up to the row's maximum, or the not-applicable mark (KĐG). */
  | { readonly kind: 'points-or-mark'; readonly maxColumn: number; readonly mark: string }
  /** A percentage from 0 to 100 %, or a target typed as text. */
  | { readonly kind: 'percent-or-text' }
  /** A number not below `min`: counts, amounts, a percentage that may pass 100 %. */
  | { readonly kind: 'number-at-least'; readonly min: number }
  /**
   * One of a list, chosen from a dropdown: the values themselves (no comma in any, 255 characters
   * in all, as Excel's inline list allows), or the cells of a range on the same sheet that hold them
   * (any wording, any length: what the templates use for the decision's outcome wordings).
   */
  | { readonly kind: 'list'; readonly source: { readonly values: readonly string[] } | { readonly range: string } };

/** The rules a writer renders as a formula; a list is a list in every host. */
export type FormulaValidationRule = Exclude<ValidationRule, { kind: 'list' }>;

export interface ValidationSpec {
  /** A1 ranges ("D9:E12"); the same rule on each. */
  readonly ranges: readonly string[];
  readonly rule: ValidationRule;
  readonly promptTitle: string;
  readonly prompt: string;
  readonly error: string;
}

export type FormatRule =
  /** The cell's number is above the number in `column` of the same row. */
  | { readonly kind: 'above'; readonly column: number }
  /** Both the cell and `column` of the same row hold numbers, and they differ. */
  | { readonly kind: 'differs'; readonly column: number }
  /** A number outside 0–100 %. */
  | { readonly kind: 'percent-outside' }
  /** The cell is empty while `column` of the same row holds a positive number. */
  | { readonly kind: 'empty-while-positive'; readonly column: number }
  /** A single cell whose value differs from the sum of `cells`. */
  | { readonly kind: 'not-sum-of'; readonly cells: readonly string[] };

export interface ConditionalFormatSpec {
  readonly ranges: readonly string[];
  readonly rule: FormatRule;
  readonly tone: 'error' | 'warning';
  /** Vietnamese explanation for the reader of the sheet. */
  readonly meaning: string;
}

export type TableKind = 'target' | 'assignment' | 'score' | 'criteria' | 'plan' | 'summary';

/** Where the table sits, so the writer's own output can be read back without guessing. */
export interface TableMeta {
  readonly kind: TableKind;
  /** 1-based sheet rows. */
  readonly headerRow: number;
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  /** Role → 1-based column. */
  readonly columns: Readonly<Record<string, number>>;
  /** Rows below the table that hold computed results ("total", "index", "rating", "lost"), 1-based. */
  readonly markers?: Readonly<Record<string, number>>;
}

export interface PrintSpec {
  readonly paper: 'A4';
  readonly orientation: 'portrait' | 'landscape';
  /** Millimetres, as Nghị định 30/2020/NĐ-CP states them. */
  readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  /** Header rows repeated on every printed page. */
  readonly repeatRows: { readonly first: number; readonly last: number };
  readonly fitToWidth: boolean;
  /** Page numbers centred in the top margin, none on the first page. */
  readonly pageNumbers: boolean;
  /**
   * The first row of the print area (1-based), when rows above it hold notes for the screen only;
   * the area runs to the last row and column. Absent: the whole sheet prints.
   */
  readonly firstRow?: number;
}

export interface SheetSpec {
  readonly templateId: string;
  /** At most 31 characters, none of : \ / ? * [ ]. */
  readonly name: string;
  readonly font: { readonly name: 'Times New Roman'; readonly size: number };
  /** Widths in characters, from column A. */
  readonly columns: readonly number[];
  /**
   * Columns (1-based, first..last) the template keeps for itself and hides from view and print: the
   * decision's outcome wordings that the dropdowns list and the formulas compare with, one leaf's
   * wordings in its own row, so they travel with the row when it is moved or the sheet is copied.
   */
  readonly hiddenColumns?: { readonly first: number; readonly last: number };
  readonly rows: readonly RowSpec[];
  readonly merges: readonly string[];
  readonly frozen: { readonly rows: number; readonly columns: number };
  readonly print: PrintSpec;
  readonly validations: readonly ValidationSpec[];
  readonly conditionalFormats: readonly ConditionalFormatSpec[];
  readonly table: TableMeta;
}
