import type { Rule } from '../rules/rule';
import type { CriteriaSet, CriterionNode } from './criteria-set';

export interface Leaf {
  readonly code: string;
  readonly name: string;
  readonly max: number;
  readonly rule: Rule;
  readonly areaCode: string;
}

/** Every node in document order (parent before its children), with an explicit stack: no recursion to overflow. */
export function* walk(nodes: readonly CriterionNode[]): Generator<CriterionNode> {
  const stack: CriterionNode[] = [...nodes].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    yield node;
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
}

export function isLeaf(node: CriterionNode): boolean {
  return !node.children || node.children.length === 0;
}

/** Every leaf of the set in document order; a leaf with no rule is the council's to score. */
export function leavesOf(set: CriteriaSet): Leaf[] {
  const out: Leaf[] = [];
  for (const area of set.areas) {
    for (const node of walk([area])) {
      if (isLeaf(node)) {
        out.push({ code: node.code, name: node.name, max: node.max, rule: node.rule ?? { kind: 'manual' }, areaCode: area.code });
      }
    }
  }
  return out;
}

const INDEXES = new WeakMap<CriteriaSet, ReadonlyMap<string, CriterionNode>>();

/** Looks a code up in a per-set index, so scoring thousands of rows does not walk the tree for each. */
export function findCriterion(set: CriteriaSet, code: string): CriterionNode | undefined {
  let index = INDEXES.get(set);
  if (!index) {
    const map = new Map<string, CriterionNode>();
    for (const node of walk(set.areas)) if (!map.has(node.code)) map.set(node.code, node);
    INDEXES.set(set, map);
    index = map;
  }
  return index.get(code);
}

/** Every code that has a descendant among the given codes: "1.1.3" makes "1" and "1.1" parents. */
export function parentCodes(codes: Iterable<string>): Set<string> {
  const parents = new Set<string>();
  let lastParent: string | undefined;
  for (const code of codes) lastParent = addAncestors(parents, code, lastParent);
  return parents;
}

/** The maximum the index divides by: every area plus the survey where the set has one. */
export function totalMax(set: CriteriaSet): number {
  const areas = set.areas.reduce((acc, a) => acc + a.max, 0);
  return Math.round((areas + (set.survey?.max ?? 0)) * 1e6) / 1e6;
}

/** "1.1.3" belongs to area "1". A slice, not split('.'): no array of every part for one part. */
export function areaCodeOf(code: string): string {
  const i = code.indexOf('.');
  return i < 0 ? code : code.slice(0, i);
}

export function parentCodeOf(code: string): string | undefined {
  const i = code.lastIndexOf('.');
  return i < 0 ? undefined : code.slice(0, i);
}

/**
 * Adds to `parents` every code that has `code` among its descendants ("1.1.3" adds "1" and "1.1"),
 * and returns `code`'s parent: what parentCodes does for each code, also for validation, which
 * keeps the parents of the rows it reads as it goes. Sheets list a
 * parent's children one after another: `lastParent`, the previous code's parent, is most often this
 * code's too, and is then known without cutting a new string. Once one ancestor is in the set, all
 * higher ones are (this function put them there), so the walk stops at it.
 */
export function addAncestors(parents: Set<string>, code: string, lastParent: string | undefined): string | undefined {
  const end = code.lastIndexOf('.');
  if (end < 0) return undefined;
  if (lastParent !== undefined && end === lastParent.length && code.startsWith(lastParent)) return lastParent;
  const parent = code.slice(0, end);
  for (let i = end; i >= 0; i = i > 0 ? code.lastIndexOf('.', i - 1) : -1) {
    const p = i === end ? parent : code.slice(0, i);
    if (parents.has(p)) break;
    parents.add(p);
  }
  return parent;
}
