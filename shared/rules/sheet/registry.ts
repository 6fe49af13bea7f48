import type { RoundingHabit } from '../../numbers/rounding';
import type { Rule, RuleInput, RuleKind } from '../rule';
import { bandsSheet } from './bands';
import { countSheet } from './count';
import { levelsSheet } from './levels';
import { manualSheet } from './manual';
import { penaltySheet } from './penalty';
import { ratioSheet } from './ratio';
import type { FormulaContext, InputCells, InputShape, InputValues, RuleSheetKind } from './rule-sheet-kind';
import { whenNothingSheet } from './when-nothing';

/** Every rule kind's life in a score sheet; the type makes a kind without its formula a compile error. */
export const RULE_SHEET_KINDS: { readonly [K in RuleKind]: RuleSheetKind<K> } = {
  bands: bandsSheet,
  count: countSheet,
  levels: levelsSheet,
  manual: manualSheet,
  penalty: penaltySheet,
  ratio: ratioSheet,
  'when-nothing': whenNothingSheet,
};

type AnySheetKind = {
  shape(r: Rule, c: FormulaContext): InputShape | undefined;
  formula(r: Rule, cells: InputCells, c: FormulaContext): string | undefined;
  read(r: Rule, v: InputValues, c: FormulaContext): RuleInput | undefined;
};

function entry(rule: Rule): AnySheetKind {
  return RULE_SHEET_KINDS[rule.kind] as unknown as AnySheetKind;
}

function contextFor(max: number, rounding: RoundingHabit): FormulaContext {
  const ctx: FormulaContext = {
    max,
    rounding,
    formula: (rule, cells) => entry(rule).formula(rule, cells, ctx),
    shape: (rule) => entry(rule).shape(rule, ctx),
    read: (rule, values) => entry(rule).read(rule, values, ctx),
  };
  return ctx;
}

/**
 * A leaf's self score as a live formula over its input cells, in the hosts' formula language, or
 * undefined for a rule the council scores by hand. Its result equals evaluateRule rounded by the
 * set's habit, and "" while nothing is entered.
 */
export function ruleFormula(rule: Rule, cells: InputCells, max: number, rounding: RoundingHabit): string | undefined {
  return contextFor(max, rounding).formula(rule, cells);
}

/** The input cells a leaf's rule asks the unit to fill, or undefined when it asks none. */
export function ruleInputShape(rule: Rule, max: number): InputShape | undefined {
  return contextFor(max, 'half-up').shape(rule);
}

/** The unit's figures in a leaf's input cells as the core's RuleInput, or undefined while they are not entered. */
export function ruleInputFromCells(rule: Rule, values: InputValues, max: number): RuleInput | undefined {
  return contextFor(max, 'half-up').read(rule, values);
}
