import type { CriterionNode } from '../criteria/criteria-set';
import { SET_NOTE_PREFIXES } from '../criteria/set-sheet-labels';
import { describeRule } from '../rules/describe-rule';
import { parseRuleText } from '../rules/parse-rule-text';
import { readRuleLine } from '../rules/rule-line';

/**
 * What a bo-chi-so sheet's "Cách tính" and "Ghi chú" cells hold for a criterion, so the sheet reads
 * back to the same criterion through the one reader of rule wordings (parseRuleText): the
 * decision's wording, one line a line, when it reads back as it is, else the rule in words with
 * the decision's wording kept in the note; then the condition under which the leaf is not scored,
 * in its own words. The note keeps the criterion's note, its evidence and printed numbering.
 */
export function ruleCellText(node: CriterionNode): { rule: string; note: string } {
  const leaf = !node.children || node.children.length === 0;
  const extra: string[] = [];
  const lines: string[] = [];
  if (leaf) {
    const rule = node.rule ?? { kind: 'manual' as const };
    let text = describeRule(rule);
    if (node.ruleText) {
      const back = parseRuleText(node.ruleText, node.max, node.code);
      if (back.rule && back.notApplicable === undefined && JSON.stringify(back.rule) === JSON.stringify(rule)) {
        text = node.ruleText.split('\n').map((l) => l.trim()).filter((l) => l !== '').join('\n');
      }
      else extra.push(`Theo quyết định: ${node.ruleText.replace(/\n/g, ' / ')}`);
    }
    lines.push(text);
    if (node.notApplicable) {
      if (readRuleLine(node.notApplicable, undefined).kind === 'not-applicable' && !node.notApplicable.includes('\n')) lines.push(node.notApplicable);
      else extra.push(node.notApplicable);
    }
  }
  if (node.evidence) extra.push(`${SET_NOTE_PREFIXES.evidence}${node.evidence}`);
  if (node.printed) extra.push(`${SET_NOTE_PREFIXES.printed}${node.printed}`);
  return { rule: lines.join('\n'), note: [node.note, ...extra].filter((s): s is string => Boolean(s)).join('\n') };
}
