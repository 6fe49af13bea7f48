import { missingInput } from '../missing-input';
import type { RuleKindEntry } from '../rule-kind';

/** Points per item up to the maximum (1.6: each initiative adopted). */
export const countKind: RuleKindEntry<'count'> = {
  kind: 'count',
  title: { vi: 'Theo số lượng', en: 'Count' },
  needs: { vi: 'số lượng', en: 'a count' },
  evaluate(rule, input, ctx) {
    if (input.count === undefined || input.count < 0) return missingInput(ctx, this.needs);
    return { ok: true, points: Math.min(ctx.max, input.count * rule.perItem) };
  },
  check: () => [],
};
