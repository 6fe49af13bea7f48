import { hasBounds, netPoints } from '../outcomes';
import type { Bound } from '../rule';
import type { RuleSheetKind } from './rule-sheet-kind';
import { num, numberIn, pointsLiteral } from './formula-parts';

function edge(x: string, b: Bound, side: 'lower' | 'upper'): string {
  if (side === 'lower') return `${x}${b.inclusive ? '>=' : '>'}${num(b.value)}`;
  return `${x}${b.inclusive ? '<=' : '<'}${num(b.value)}`;
}

/** Nested IFs in the decision's order, each edge inclusive or not as its wording says; a gap gives nothing, as the core gives no band. */
export const bandsSheet: RuleSheetKind<'bands'> = {
  kind: 'bands',
  shape: (rule) => ({
    main: { kind: 'percent', help: `Tỷ lệ % đạt được. ${rule.outcomes.filter(hasBounds).map((o) => o.label).join('; ')}.` },
    second: { kind: 'none' },
  }),
  formula(rule, { main: x }, ctx) {
    const banded = rule.outcomes.filter(hasBounds);
    const chain = banded.reduceRight((otherwise, o) => {
      const tests = [o.lower ? edge(x, o.lower, 'lower') : '', o.upper ? edge(x, o.upper, 'upper') : ''].filter(Boolean);
      const test = tests.length > 1 ? `AND(${tests.join(',')})` : tests[0] ?? 'TRUE';
      return `IF(${test},${pointsLiteral(netPoints(o), ctx.rounding)},${otherwise})`;
    }, '""');
    return `IF(${x}="","",${chain})`;
  },
  read(_rule, { main }) {
    const fraction = numberIn(main);
    return fraction === undefined ? undefined : { fraction };
  },
};
