import { problem } from '../../problems/problem';
import { missingInput } from '../missing-input';
import type { RuleKindEntry } from '../rule-kind';

/** The council decides (1.2, 7.2); only 0 ≤ points ≤ maximum can be checked. */
export const manualKind: RuleKindEntry<'manual'> = {
  kind: 'manual',
  title: { vi: 'Hội đồng chấm', en: 'Council decides' },
  needs: { vi: 'điểm do Hội đồng chấm', en: 'the points the council gave' },
  evaluate(_rule, input, ctx) {
    const points = input.points;
    if (points === undefined) return missingInput(ctx, this.needs);
    if (points > ctx.max + 1e-9) {
      return { ok: false, problem: problem('points_above_max', 'error',
        { field: 'Points', fieldVi: 'Điểm', points, max: ctx.max }, { criterion: ctx.code }) };
    }
    if (points < 0) {
      return { ok: false, problem: problem('points_below_zero', 'error',
        { field: 'Points', fieldVi: 'Điểm', points }, { criterion: ctx.code }) };
    }
    return { ok: true, points };
  },
  check: () => [],
};
