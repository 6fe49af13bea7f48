import { problem, type Problem } from '../problems/problem';
import { parseRuleText } from '../rules/parse-rule-text';
import { checkRule } from '../rules/registry';
import { criteriaSetSchema, type CriteriaSet, type CriterionNode } from './criteria-set';
import { describeSetIssue } from './describe-set-issue';
import { MAX_CODE_LEVELS } from './criterion-code';
import { isLeaf, walk } from './walk';

export type CriteriaSetResult =
  | { readonly ok: true; readonly set: CriteriaSet; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Validates a set loaded from JSON or a bo-chi-so sheet before anything is scored with it. A parent
 * whose maximum is not the sum of its children is reported naming both, never silently fixed.
 * Leaves that carry only the decision's wording get their rule parsed from it.
 */
export function validateCriteriaSet(input: unknown): CriteriaSetResult {
  const tooDeep = deeperThanAllowed(input);
  if (tooDeep !== undefined) {
    return { ok: false, problems: [problem('set_invalid', 'error', {
      path: tooDeep,
      detail: `criteria are nested more than ${MAX_CODE_LEVELS} levels deep (area → criterion → sub-criterion is 3).`,
      detailVi: `các tiêu chí lồng nhau quá ${MAX_CODE_LEVELS} cấp (lĩnh vực → tiêu chí → tiêu chí thành phần là 3 cấp).`,
    })] };
  }
  const parsed = criteriaSetSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => describeSetIssue(issue, input)) };
  const problems: Problem[] = [];
  const areas = parsed.data.areas.map((a) => withParsedRules(a, problems));
  const set: CriteriaSet = { ...(parsed.data as CriteriaSet), areas };
  problems.push(...structureProblems(set));
  const ok = !problems.some((p) => p.severity === 'error');
  return ok ? { ok, set, problems } : { ok, problems };
}

function withParsedRules(node: CriterionNode, problems: Problem[]): CriterionNode {
  if (!isLeaf(node)) {
    return { ...node, children: (node.children ?? []).map((c) => withParsedRules(c, problems)) };
  }
  if (node.rule) {
    problems.push(...checkRule(node.rule, node.code, node.max));
    return node;
  }
  if (node.ruleText && node.ruleText.trim() !== '') {
    const reading = parseRuleText(node.ruleText, node.max, node.code);
    problems.push(...reading.problems);
    if (!reading.rule) return node;
    // The not-applicable condition written among the rule's lines is the leaf's, as the importer reads it.
    return { ...node, rule: reading.rule, ...(reading.notApplicable && !node.notApplicable ? { notApplicable: reading.notApplicable } : {}) };
  }
  return node;
}

function structureProblems(set: CriteriaSet): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const node of walk(set.areas)) {
    if (seen.has(node.code)) problems.push(problem('set_duplicate_code', 'error', { code: node.code }, { criterion: node.code }));
    seen.add(node.code);
    const children = node.children ?? [];
    for (const child of children) {
      if (!child.code.startsWith(node.code + '.')) {
        problems.push(problem('set_child_code', 'error', { child: child.code, parent: node.code }, { criterion: child.code }));
      }
    }
    if (children.length > 0) {
      const sum = Math.round(children.reduce((acc, c) => acc + c.max, 0) * 1e6) / 1e6;
      if (Math.abs(sum - node.max) > 1e-6) {
        problems.push(problem('set_parent_sum', 'error', {
          parent: node.code, parentMax: node.max, children: children.map((c) => c.code).join(', '), sum,
        }, { criterion: node.code }));
      }
    }
  }
  for (const area of set.areas) {
    if (area.code.includes('.')) problems.push(problem('set_child_code', 'error', { child: area.code, parent: '—' }, { criterion: area.code }));
  }
  return problems;
}

/**
 * The path of the first node below MAX_CODE_LEVELS, found with an explicit stack before the schema
 * (itself recursive) ever sees the input; undefined when the nesting is within bounds. Objects seen
 * twice (a cycle built in code) are not followed again.
 */
function deeperThanAllowed(input: unknown): string | undefined {
  const areas = isObject(input) ? input.areas : undefined;
  if (!Array.isArray(areas)) return undefined;
  const seen = new Set<object>();
  const stack: { nodes: unknown[]; depth: number; path: string }[] = [{ nodes: areas, depth: 1, path: 'areas' }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    for (let i = 0; i < item.nodes.length; i++) {
      const node = item.nodes[i];
      if (!isObject(node) || seen.has(node)) continue;
      seen.add(node);
      const path = `${item.path}[${i}]`;
      if (item.depth > MAX_CODE_LEVELS) return path;
      // A rule nests only through "when-nothing" around one other rule: two levels are all a decision needs.
      let rule = node.rule;
      for (let d = 0; isObject(rule); d++, rule = rule.rule) if (d > MAX_CODE_LEVELS) return `${path}.rule`;
      if (Array.isArray(node.children)) stack.push({ nodes: node.children, depth: item.depth + 1, path: `${path}.children` });
    }
  }
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
