import type { RoundingHabit } from '../../numbers/rounding';
import type { Rule, RuleInput, RuleKind, RuleOf } from '../rule';

/**
 * The two input cells a leaf's rule reads in a score sheet ("Kết quả thực hiện"): `main` holds the
 * outcome chosen, the percentage, the count or a ratio's numerator; `second` a ratio's denominator
 * or the tick for "nothing happened".
 */
export interface InputCells {
  readonly main: string;
  readonly second: string;
  /**
   * Cells holding the rule's outcome wordings, one per outcome in the rule's order (a levels rule):
   * the formula compares the chosen wording with these cells rather than with text constants, so a
   * wording keeps its commas and may pass the 255 characters Excel allows a constant in a formula.
   * Without them the wordings are written as constants, split within that limit.
   */
  readonly outcomes?: readonly string[];
}

/** What each input cell accepts, as the template shows it; `none` leaves the cell unused. */
export type InputCellShape =
  | { readonly kind: 'none' }
  /** One of the decision's own wordings, exactly as the decision writes them (commas kept), from a dropdown. */
  | { readonly kind: 'choice'; readonly values: readonly string[]; readonly help: string }
  | { readonly kind: 'percent'; readonly help: string }
  | { readonly kind: 'count'; readonly help: string }
  /** A mark ("x") that nothing to score happened. */
  | { readonly kind: 'tick'; readonly label: string; readonly help: string };

export interface InputShape {
  readonly main: InputCellShape;
  readonly second: InputCellShape;
}

export interface FormulaContext {
  readonly max: number;
  readonly rounding: RoundingHabit;
  /** The formula of a nested rule (when-nothing wraps another), or undefined when it has none. */
  formula(rule: Rule, cells: InputCells): string | undefined;
  shape(rule: Rule): InputShape | undefined;
  read(rule: Rule, values: InputValues): RuleInput | undefined;
}

/** What a sheet's input cells hold, as read back (numbers as numbers, text as text, empty as null). */
export interface InputValues {
  readonly main: number | string | null;
  readonly second: number | string | null;
}

/**
 * How one rule kind lives in a score sheet: the inputs it asks the unit for, the live formula that
 * gives its points from them, and how the typed inputs read back as the core's RuleInput. The
 * formula and evaluateRule must agree on every input (tests/shared/rules/rule-formula.test.ts).
 */
export interface RuleSheetKind<K extends RuleKind> {
  readonly kind: K;
  /** Undefined when the unit enters nothing and the self score stays typed (manual). */
  shape(rule: RuleOf<K>, ctx: FormulaContext): InputShape | undefined;
  /**
   * The self score in the hosts' formula language (English names, comma separators, A1 refs, no
   * "="): "" until the unit enters anything, and "" for figures the rule gives no points for (a gap
   * between bands, a wording not in the decision), points rounded by the set's habit otherwise.
   */
  formula(rule: RuleOf<K>, cells: InputCells, ctx: FormulaContext): string | undefined;
  /** The unit's figures as the core reads them, or undefined while nothing is entered. */
  read(rule: RuleOf<K>, values: InputValues, ctx: FormulaContext): RuleInput | undefined;
}
