/**
 * Adds to `parents` every code that has `code` among its descendants ("1.1.3" adds "1" and "1.1"),
 * as parentCodes (shared/criteria/walk.ts) collects them, and returns `code`'s parent. Sheets list a
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
