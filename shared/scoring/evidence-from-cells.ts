import type { CriteriaSet } from '../criteria/criteria-set';
import { findCriterion } from '../criteria/walk';
import type { RuleInput } from '../rules/rule';
import { ruleInputFromCells } from '../rules/sheet/registry';
import type { SheetScoreRow } from '../validate/read-score-rows';

/**
 * The figures the unit entered under "Kết quả thực hiện" as its rule's input, so the council's
 * points can be checked against what the rule gives for them, as figures stated in an opinion are.
 */
export function evidenceFromCells(row: SheetScoreRow, set: CriteriaSet): RuleInput | undefined {
  if (!row.results) return undefined;
  const criterion = findCriterion(set, row.code);
  if (!criterion?.rule) return undefined;
  return ruleInputFromCells(criterion.rule, row.results, row.max ?? criterion.max);
}
