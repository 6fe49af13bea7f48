import type { Problem } from '../problems/problem';
import { bandsKind } from './kinds/bands';
import { countKind } from './kinds/count';
import { levelsKind } from './kinds/levels';
import { manualKind } from './kinds/manual';
import { penaltyKind } from './kinds/penalty';
import { ratioKind } from './kinds/ratio';
import { whenNothingKind } from './kinds/when-nothing';
import type { Rule, RuleInput, RuleKind } from './rule';
import type { Evaluation, RuleContext, RuleKindEntry } from './rule-kind';

/** Adding a rule kind is adding an entry here (the type makes a missing one a compile error). */
export const RULE_KINDS: { readonly [K in RuleKind]: RuleKindEntry<K> } = {
  bands: bandsKind,
  count: countKind,
  levels: levelsKind,
  manual: manualKind,
  penalty: penaltyKind,
  ratio: ratioKind,
  'when-nothing': whenNothingKind,
};

function entryFor<K extends RuleKind>(kind: K): RuleKindEntry<K> {
  return RULE_KINDS[kind];
}

/** A class, not an object of closures: scoring builds one context per row. */
class LeafContext implements RuleContext {
  constructor(readonly code: string, readonly max: number) {}

  evaluate(rule: Rule, input: RuleInput): Evaluation {
    return evaluateRule(rule, input, this.code, this.max);
  }

  check(rule: Rule): Problem[] {
    return checkRule(rule, this.code, this.max);
  }
}

function contextFor(code: string, max: number): RuleContext {
  return new LeafContext(code, max);
}

/** The rule's unrounded points for one leaf (negative only for penalties). */
export function evaluateRule(rule: Rule, input: RuleInput, code: string, max: number): Evaluation {
  const entry = entryFor(rule.kind) as RuleKindEntry<typeof rule.kind>;
  return (entry.evaluate as (r: Rule, i: RuleInput, c: RuleContext) => Evaluation)(rule, input, contextFor(code, max));
}

/** Problems of a rule against its criterion's maximum. */
export function checkRule(rule: Rule, code: string, max: number): Problem[] {
  const entry = entryFor(rule.kind);
  return (entry.check as (r: Rule, c: RuleContext) => Problem[])(rule, contextFor(code, max));
}
