import type { CriterionNode } from '../criteria/criteria-set';
import { describeRule } from '../rules/describe-rule';
import { parseRuleText } from '../rules/parse-rule-text';

/**
 * What a bo-chi-so sheet's "Cách tính" and "Ghi chú" cells hold for a leaf, so the sheet reads back
 * to the same rule: the decision's wording when it reads back as it is (its outcome lines joined
 * by " / ", a cell's line breaks being lost on the way), else the rule in words with the decision's
 * wording kept in the note. The condition under which the leaf is not scored goes in the note too.
 */
export function ruleCellText(node: CriterionNode): { rule: string; note: string } {
  const rule = node.rule ?? { kind: 'manual' as const };
  const extra: string[] = [];
  let text = describeRule(rule);
  if (node.ruleText) {
    const joined = node.ruleText.split('\n').map((l) => l.trim()).filter((l) => l !== '').join(' / ');
    const back = parseRuleText(joined, node.max, node.code).rule;
    if (back && JSON.stringify(back) === JSON.stringify(rule)) text = joined;
    else extra.push(`Theo quyết định: ${node.ruleText.replace(/\n/g, ' / ')}`);
  }
  if (node.notApplicable) extra.push(node.notApplicable);
  return { rule: text, note: [node.note, ...extra].filter((s): s is string => Boolean(s)).join('\n') };
}
