import { netPoints } from '../outcomes';
import type { RuleSheetKind } from './rule-sheet-kind';
import { isBlank, pointsLiteral, str } from './formula-parts';

/** The points of the wording chosen from the dropdown; a wording the decision does not have gives nothing. */
export const levelsSheet: RuleSheetKind<'levels'> = {
  kind: 'levels',
  shape: (rule) => ({
    main: { kind: 'choice', values: rule.outcomes.map((o) => o.label), help: 'Chọn mức đạt được trong danh sách.' },
    second: { kind: 'none' },
  }),
  formula(rule, { main: x }, ctx) {
    const chain = rule.outcomes.reduceRight(
      (otherwise, o) => `IF(${x}=${str(o.label)},${pointsLiteral(netPoints(o), ctx.rounding)},${otherwise})`, '""');
    return `IF(${x}="","",${chain})`;
  },
  read: (_rule, { main }) => (isBlank(main) ? undefined : { outcome: String(main).trim() }),
};
