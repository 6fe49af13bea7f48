import type { Rule } from '../rules/rule';
import type { CriterionNode } from './criteria-set';
import { parentCodeOf } from './walk';
import { criterionNoun } from './criterion-noun';

export interface CriterionRow {
  readonly code: string;
  readonly name: string;
  /** Omitted on a parent row: it becomes the sum of its children. */
  readonly max?: number | undefined;
  readonly rule?: Rule | undefined;
  readonly ruleText?: string | undefined;
  readonly note?: string | undefined;
}

/**
 * Turns rows in code order (as a bo-chi-so sheet lists them) into the area → criterion →
 * sub-criterion tree. A parent that has no row of its own is created, named by its code,
 * with the sum of its children as maximum; a parent row's typed maximum is kept as typed so
 * validation can report a mismatch.
 */
export function buildTree(rows: readonly CriterionRow[], areaNames: Readonly<Record<string, string>> = {}): CriterionNode[] {
  interface Draft { row?: CriterionRow; code: string; children: Draft[] }
  const drafts = new Map<string, Draft>();
  const roots: Draft[] = [];
  const ensure = (code: string): Draft => {
    const existing = drafts.get(code);
    if (existing) return existing;
    const draft: Draft = { code, children: [] };
    drafts.set(code, draft);
    const parent = parentCodeOf(code);
    if (parent === undefined) roots.push(draft);
    else ensure(parent).children.push(draft);
    return draft;
  };
  for (const row of rows) ensure(row.code).row = row;

  const toNode = (d: Draft): CriterionNode => {
    const children = d.children.map(toNode);
    const row = d.row;
    const max = row?.max ?? Math.round(children.reduce((acc, c) => acc + c.max, 0) * 1e6) / 1e6;
    return {
      code: d.code,
      name: row?.name ?? areaNames[d.code] ?? criterionNoun(d.code, 'vi', true),
      max,
      ...(row?.rule ? { rule: row.rule } : {}),
      ...(row?.ruleText ? { ruleText: row.ruleText } : {}),
      ...(row?.note ? { note: row.note } : {}),
      ...(children.length > 0 ? { children } : {}),
    };
  };
  return roots.map(toNode);
}
