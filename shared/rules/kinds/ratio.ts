import { missingInput } from '../missing-input';
import type { RuleKindEntry } from '../rule-kind';

/** points = maximum × numerator ÷ denominator (seed 003: 3.11.1, (8/112) × 1 = 0,07). */
export const ratioKind: RuleKindEntry<'ratio'> = {
  kind: 'ratio',
  title: { vi: 'Tỷ lệ', en: 'Ratio' },
  needs: { vi: 'tử số và mẫu số, hoặc tỷ lệ %', en: 'a numerator and a denominator, or a percentage' },
  evaluate(_rule, input, ctx) {
    let fraction = input.fraction;
    if (fraction === undefined && input.numerator !== undefined && input.denominator !== undefined && input.denominator > 0) {
      fraction = input.numerator / input.denominator;
    }
    if (fraction === undefined || !Number.isFinite(fraction)) return missingInput(ctx, this.needs);
    // Staff sometimes count more done than planned; the criterion still cannot give more than its maximum.
    return { ok: true, points: ctx.max * Math.min(1, Math.max(0, fraction)) };
  },
  check: () => [],
};
