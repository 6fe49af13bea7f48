import { problem } from '../../problems/problem';
import type { RuleKindEntry } from '../rule-kind';

/** A fixed result when nothing to score happened ("không phát sinh khiếu nại: điểm tối đa"), else the inner rule. */
export const whenNothingKind: RuleKindEntry<'when-nothing'> = {
  kind: 'when-nothing',
  title: { vi: 'Mặc định khi không phát sinh', en: 'Default when nothing happened' },
  needs: { vi: 'có phát sinh hay không, và số liệu nếu có', en: 'whether anything happened, and the figures if so' },
  evaluate(rule, input, ctx) {
    const nothing = input.nothingHappened === true ||
      (input.denominator === 0 && rule.rule.kind !== 'penalty');
    if (nothing) return { ok: true, points: rule.points, outcome: rule.label };
    return ctx.evaluate(rule.rule, input);
  },
  check(rule, ctx) {
    const own = rule.points > ctx.max + 1e-9
      ? [problem('rule_outcome_above_max', 'error', { outcome: rule.label, points: rule.points, max: ctx.max }, { criterion: ctx.code })]
      : [];
    return [...own, ...ctx.check(rule.rule)];
  },
};
