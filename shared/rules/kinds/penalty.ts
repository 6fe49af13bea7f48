import { missingInput } from '../missing-input';
import type { RuleKindEntry } from '../rule-kind';

/** Points taken away per violation ("mỗi văn bản trái pháp luật bị trừ 0,5 điểm"), up to an optional cap. */
export const penaltyKind: RuleKindEntry<'penalty'> = {
  kind: 'penalty',
  title: { vi: 'Trừ điểm theo vi phạm', en: 'Penalty per violation' },
  needs: { vi: 'số lần vi phạm', en: 'the number of violations' },
  evaluate(rule, input, ctx) {
    if (input.count === undefined || input.count < 0) return missingInput(ctx, this.needs);
    const taken = input.count * rule.perItem;
    return { ok: true, points: -(rule.cap === undefined ? taken : Math.min(rule.cap, taken)) };
  },
  check: () => [],
};
