import type { DecimalSeparator } from '../numbers/parse-decimal';

/** `result` and `resultBase`: the unit's figures ("Kết quả thực hiện") a leaf's rule scores. */
export type ScoreColumn = 'code' | 'name' | 'max' | 'self' | 'appraised' | 'deduction' | 'opinion' | 'responsible' | 'evidence' | 'result' | 'resultBase';

/** Where a block of cell values sits on its sheet and which column means what (0-based offsets in the block). */
interface LayoutBase {
  /** Sheet row of the block's first row, 1-based. */
  readonly firstRow: number;
  /** Sheet column of the block's first column, 1-based. */
  readonly firstColumn: number;
  /** The workbook's decimal separator: text typed with the other one is stored as text. */
  readonly decimal: DecimalSeparator;
}

export interface ScoreLayout extends LayoutBase {
  readonly kind: 'score';
  readonly columns: Readonly<Partial<Record<ScoreColumn, number>>>;
}

export interface TargetLayout extends LayoutBase {
  readonly kind: 'target';
  readonly columns: {
    readonly code?: number;
    readonly name?: number;
    /** "Đơn vị" column: "%" makes bare numbers percentages. */
    readonly unit?: number;
    /** Columns holding achieved values and targets. */
    readonly values: readonly number[];
  };
}

export type TableLayout = ScoreLayout | TargetLayout;
