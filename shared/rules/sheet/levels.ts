import { netPoints } from '../outcomes';
import type { RuleSheetKind } from './rule-sheet-kind';
import { isBlank, pointsLiteral, textConstant } from './formula-parts';

/**
 * Earlier versions offered a wording with a comma as U+201A "‚" (Excel's inline list cannot escape a
 * comma); a sheet they wrote still reads back as the decision's wording.
 */
const OLD_LOOKALIKE = '\u201A';

/**
 * The points of the wording chosen from the dropdown; a wording the decision does not have gives
 * nothing. The wordings are compared with the cells that hold them (the dropdown's source) when the
 * template gives those cells: "=" between two cells has no length limit and is not a pattern, where
 * MATCH and COUNTIF take wildcards and refuse a text over 255 characters
 * (https://support.microsoft.com/office/match-function-e8dffd45-c762-47d6-bf89-533f4a37673a).
 */
export const levelsSheet: RuleSheetKind<'levels'> = {
  kind: 'levels',
  shape: (rule) => ({
    main: { kind: 'choice', values: rule.outcomes.map((o) => o.label), help: 'Chọn mức đạt được trong danh sách.' },
    second: { kind: 'none' },
  }),
  formula(rule, { main: x, outcomes: cells }, ctx) {
    const chain = rule.outcomes.reduceRight((otherwise, o, i) => {
      const wording = cells?.[i] ?? textConstant(o.label);
      return `IF(${x}=${wording},${pointsLiteral(netPoints(o), ctx.rounding)},${otherwise})`;
    }, '""');
    return `IF(${x}="","",${chain})`;
  },
  read: (_rule, { main }) => (isBlank(main) ? undefined : { outcome: String(main).trim().split(OLD_LOOKALIKE).join(',') }),
};
