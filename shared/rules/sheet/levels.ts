import { netPoints } from '../outcomes';
import type { RuleSheetKind } from './rule-sheet-kind';
import { isBlank, pointsLiteral, str } from './formula-parts';

/**
 * Excel's inline dropdown list separates items with commas and cannot escape one, and decisions do
 * word outcomes with commas ("Ban hành đầy đủ, kịp thời"): the dropdown shows such a wording with
 * U+201A "‚", which reads the same, and reading the cell back restores the comma.
 */
const LOOKALIKE = '\u201A';
export function choiceLabel(label: string): string {
  return label.replace(/,/g, LOOKALIKE);
}

/** The points of the wording chosen from the dropdown; a wording the decision does not have gives nothing. */
export const levelsSheet: RuleSheetKind<'levels'> = {
  kind: 'levels',
  shape: (rule) => ({
    main: { kind: 'choice', values: rule.outcomes.map((o) => choiceLabel(o.label)), help: 'Chọn mức đạt được trong danh sách.' },
    second: { kind: 'none' },
  }),
  formula(rule, { main: x }, ctx) {
    const chain = rule.outcomes.reduceRight(
      (otherwise, o) => `IF(${x}=${str(choiceLabel(o.label))},${pointsLiteral(netPoints(o), ctx.rounding)},${otherwise})`, '""');
    return `IF(${x}="","",${chain})`;
  },
  read: (_rule, { main }) => (isBlank(main) ? undefined : { outcome: String(main).trim().split(LOOKALIKE).join(',') }),
};
