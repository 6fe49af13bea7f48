import type { Problem } from '../problems/problem';
import type { ScoreRowInput } from '../scoring/score-table';
import { objectList } from './object-list';
import { readScoreRowsInto } from './score-row-reader';
import type { ScoreColumn, ScoreLayout } from './table-layout';

export type ScoreNumberField = 'max' | 'self' | 'appraised' | 'deduction';

export interface SheetScoreRow extends ScoreRowInput {
  readonly row: number;
  /** A1 address of each column of this row that the layout names. */
  readonly cells: Readonly<Partial<Record<ScoreColumn, string>>>;
  readonly evidenceText?: string;
  /** What the unit entered under "Kết quả thực hiện": numbers as numbers, text as text. */
  readonly results?: { readonly main: number | string | null; readonly second: number | string | null };
}

/** A row such as "Tổng cộng" whose figures should equal the sum of the leaves. */
export interface SheetTotalRow {
  readonly row: number;
  readonly label: string;
  readonly values: Readonly<Partial<Record<ScoreNumberField, number>>>;
  readonly cells: Readonly<Partial<Record<ScoreColumn, string>>>;
}

export interface ScoreRowsReading {
  readonly rows: readonly SheetScoreRow[];
  readonly totals: readonly SheetTotalRow[];
  readonly problems: readonly Problem[];
}

/**
 * Reads a score sheet block into rows: codes typed as text or numbers, section and heading rows
 * skipped, numbers read the Vietnamese way. Values that were typed with the wrong decimal separator
 * are read as meant (and reported), so scoring works on what the user intended.
 */
export function readScoreRows(block: readonly (readonly unknown[])[], layout: ScoreLayout): ScoreRowsReading {
  const problems = objectList<Problem>();
  const { rows, totals } = readScoreRowsInto(block, layout, problems);
  return { rows, totals, problems };
}
