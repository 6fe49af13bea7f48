import { missingInput } from '../missing-input';
import { checkBandCoverage, checkOutcomesFitMax, findOutcome, inBounds, hasBounds, outcomeResult, unknownOutcome } from '../outcomes';
import type { RuleKindEntry } from '../rule-kind';

/** Points by the band a percentage falls in ("trên 90%: 2 / từ 70% - 90%: 1 / dưới 70%: 0"). */
export const bandsKind: RuleKindEntry<'bands'> = {
  kind: 'bands',
  title: { vi: 'Theo mức tỷ lệ', en: 'Percentage bands' },
  needs: { vi: 'tỷ lệ % đạt được', en: 'the percentage achieved' },
  evaluate(rule, input, ctx) {
    if (input.outcome !== undefined) {
      const named = findOutcome(rule.outcomes, input.outcome);
      return named ? outcomeResult(named) : unknownOutcome(rule.outcomes, input.outcome, ctx);
    }
    let fraction = input.fraction;
    if (fraction === undefined && input.numerator !== undefined && input.denominator !== undefined && input.denominator > 0) {
      fraction = input.numerator / input.denominator;
    }
    if (fraction === undefined) return missingInput(ctx, this.needs);
    const band = rule.outcomes.find((o) => hasBounds(o) && inBounds(fraction, o));
    if (!band) return unknownOutcome(rule.outcomes, `${Math.round(fraction * 10000) / 100}%`, ctx);
    return outcomeResult(band);
  },
  check: (rule, ctx) => [...checkOutcomesFitMax(rule.outcomes, ctx), ...checkBandCoverage(rule.outcomes, ctx)],
};
