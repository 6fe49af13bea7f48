import type { CriteriaSet } from '../criteria/criteria-set';
import type { Problem } from '../problems/problem';

/** What a cell gives a custom function: a number, text, a boolean, or nothing. */
export type FnScalar = number | string | boolean | null;
/** One argument: a single value or a 2-D range. */
export type FnArg = FnScalar | readonly (readonly FnScalar[])[];

/** A cell's answer: a value, or a problem the host shows as an error in the cell. */
export type FnValue = number | boolean | { readonly problem: Problem };

export interface FnContext {
  /** The workbook's active criteria set, for SCORE with a criterion code. */
  readonly set: CriteriaSet;
}

/** One custom function: a small pure implementation (its help text: function-docs.ts). */
export interface FunctionEntry {
  /** Without namespace: Excel shows CCHC.SCORE, Sheets CCHC_SCORE. */
  readonly name: 'SCORE' | 'DEDUCTION' | 'INDEX' | 'PERCENT' | 'MET';
  readonly result: 'number' | 'boolean';
  /** Element-wise functions take one value per argument; aggregates take the whole ranges. */
  readonly shape: 'element-wise' | 'aggregate';
  evaluate(args: readonly FnScalar[], ctx: FnContext): FnValue;
  aggregate?(args: readonly FnArg[], ctx: FnContext): FnValue;
}
