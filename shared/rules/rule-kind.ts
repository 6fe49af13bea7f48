import type { Problem } from '../problems/problem';
import type { Rule, RuleInput, RuleKind, RuleOf } from './rule';

export type Evaluation =
  | { readonly ok: true; readonly points: number; readonly outcome?: string }
  | { readonly ok: false; readonly problem: Problem };

export interface RuleContext {
  readonly code: string;
  readonly max: number;
  /** Evaluates a nested rule; wrappers such as when-nothing call back through it. */
  evaluate(rule: Rule, input: RuleInput): Evaluation;
  check(rule: Rule): Problem[];
}

/** One entry of the rule registry: metadata plus two small pure functions. */
export interface RuleKindEntry<K extends RuleKind> {
  readonly kind: K;
  readonly title: { readonly vi: string; readonly en: string };
  /** What the unit must report to score a leaf by this rule. */
  readonly needs: { readonly vi: string; readonly en: string };
  /** Unrounded points; rounding belongs to the criteria set. */
  evaluate(rule: RuleOf<K>, input: RuleInput, context: RuleContext): Evaluation;
  /** Whether the rule fits its criterion: outcomes within the maximum, bands without gaps. */
  check(rule: RuleOf<K>, context: RuleContext): Problem[];
}
