import { formatNumber, type Language } from '../../problems/format-number';
import type { Problem } from '../../problems/problem';
import type { Rule } from '../../rules/rule';
import type { CriteriaSet } from '../criteria-set';
import { isLeaf, walk } from '../walk';

export interface ImportCounts {
  readonly areas: number;
  /** Every criterion and sub-criterion below the areas. */
  readonly criteria: number;
  /** The criteria that are scored (no sub-criteria). */
  readonly leaves: number;
  readonly total: number;
  /** Leaves whose points the workbook computes, by how. */
  readonly automatic: Readonly<Partial<Record<AutomaticKind, number>>>;
  /** Leaves the council scores. */
  readonly manual: number;
  /** Criteria that carry a note (a footnote, an explanation the decision prints). */
  readonly notes: number;
  readonly notApplicable: number;
}

type AutomaticKind = Exclude<Rule['kind'], 'manual' | 'when-nothing'>;

const KIND_WORDS: Readonly<Record<AutomaticKind, Readonly<Record<Language, string>>>> = {
  levels: { vi: 'theo mức', en: 'by outcome' },
  bands: { vi: 'theo khoảng tỷ lệ', en: 'by percentage band' },
  ratio: { vi: 'theo công thức tỷ lệ', en: 'by ratio formula' },
  count: { vi: 'theo số lượng', en: 'per item' },
  penalty: { vi: 'trừ điểm theo vi phạm', en: 'by deduction' },
};

/** What a set holds, counted for the summary after an import. "Không phát sinh" around a rule counts as that rule. */
export function importCounts(set: CriteriaSet): ImportCounts {
  const automatic: Partial<Record<AutomaticKind, number>> = {};
  let criteria = 0;
  let leaves = 0;
  let manual = 0;
  let notes = 0;
  let notApplicable = 0;
  const areaCodes = new Set(set.areas.map((a) => a.code));
  for (const node of walk(set.areas)) {
    if (!areaCodes.has(node.code)) criteria++;
    if (node.note) notes++;
    if (!isLeaf(node)) continue;
    leaves++;
    if (node.notApplicable) notApplicable++;
    let rule: Rule = node.rule ?? { kind: 'manual' };
    while (rule.kind === 'when-nothing') rule = rule.rule;
    if (rule.kind === 'manual') manual++;
    else automatic[rule.kind] = (automatic[rule.kind] ?? 0) + 1;
  }
  const total = Math.round((set.areas.reduce((a, n) => a + n.max, 0) + (set.survey?.max ?? 0)) * 1e6) / 1e6;
  return { areas: set.areas.length, criteria, leaves, total, automatic, manual, notes, notApplicable };
}

/**
 * The summary after an import, in the officer's words: the set, what scores itself and how, what the
 * council scores, the notes attached, and the rows (`places`, as the host names them) that need a
 * look because a warning or error sits there.
 */
export function importSummary(set: CriteriaSet, problems: readonly Problem[], places: readonly string[], language: Language): string[] {
  const c = importCounts(set);
  const n = (x: number): string => formatNumber(x, language);
  const vi = language === 'vi';
  const kinds = (Object.keys(KIND_WORDS) as AutomaticKind[]).filter((k) => (c.automatic[k] ?? 0) > 0)
    .map((k) => `${n(c.automatic[k] ?? 0)} ${KIND_WORDS[k][language]}`);
  const selfScored = Object.values(c.automatic).reduce((a, b) => a + (b ?? 0), 0);
  const lines = [
    vi
      ? `Bộ chỉ số "${set.name}" (${set.province}, năm ${set.year}): ${n(c.areas)} lĩnh vực, ${n(c.criteria)} tiêu chí và tiêu chí thành phần, trong đó ${n(c.leaves)} tiêu chí được chấm điểm; tổng ${n(c.total)} điểm.`
      : `Criteria set "${set.name}" (${set.province}, ${set.year}): ${n(c.areas)} areas, ${n(c.criteria)} criteria and sub-criteria, of which ${n(c.leaves)} are scored; ${n(c.total)} points in all.`,
    vi
      ? `Tự tính điểm: ${n(selfScored)} tiêu chí${kinds.length ? ` (${kinds.join(', ')})` : ''}; Hội đồng chấm: ${n(c.manual)} tiêu chí; ${n(c.notes)} ghi chú đã gắn vào tiêu chí${c.notApplicable ? `; ${n(c.notApplicable)} tiêu chí có trường hợp không chấm điểm` : ''}.`
      : `Scored by the workbook: ${n(selfScored)}${kinds.length ? ` (${kinds.join(', ')})` : ''}; scored by the council: ${n(c.manual)}; ${n(c.notes)} notes attached${c.notApplicable ? `; ${n(c.notApplicable)} may be not applicable` : ''}.`,
  ];
  const look = problems.some((p) => p.severity !== 'info') ? [...new Set(places.filter((x) => x !== ''))] : [];
  if (look.length > 0) lines.push(vi ? `Cần xem lại: ${look.join('; ')}.` : `Needs a look: ${look.join('; ')}.`);
  return lines;
}
