import { missingInput } from '../missing-input';
import { checkOutcomesFitMax, findOutcome, outcomeResult, unknownOutcome } from '../outcomes';
import type { RuleKindEntry } from '../rule-kind';

/** Named outcomes ("Ban hành kịp thời: 1 / … không kịp thời: 0,5 / Không ban hành: 0"); yes/no is two levels. */
export const levelsKind: RuleKindEntry<'levels'> = {
  kind: 'levels',
  title: { vi: 'Theo mức đánh giá', en: 'Named levels' },
  needs: { vi: 'mức đạt được (ví dụ "Đạt yêu cầu")', en: 'the outcome reached (for example "Đạt yêu cầu")' },
  evaluate(rule, input, ctx) {
    if (input.outcome === undefined) return missingInput(ctx, this.needs);
    const found = findOutcome(rule.outcomes, input.outcome);
    return found ? outcomeResult(found) : unknownOutcome(rule.outcomes, input.outcome, ctx);
  },
  check: (rule, ctx) => checkOutcomesFitMax(rule.outcomes, ctx),
};
