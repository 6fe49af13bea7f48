import { DEFAULT_CRITERIA_SET, type CriteriaSet, type CriterionNode } from '../../shared';

/**
 * A criteria set with `leaves` sub-criteria spread over the seven areas, each area one criterion:
 * the shape of a long provincial set, to show that work per host call does not grow with rows.
 */
export function largeSet(leaves: number): CriteriaSet {
  const perArea = Math.ceil(leaves / 7);
  const areas: CriterionNode[] = Array.from({ length: 7 }, (_, a) => {
    const count = Math.max(0, Math.min(perArea, leaves - a * perArea));
    const children: CriterionNode[] = Array.from({ length: count }, (_, i) => ({
      code: `${a + 1}.1.${i + 1}`, name: `Tiêu chí thành phần ${a + 1}.1.${i + 1}`, max: 1, rule: { kind: 'ratio' } as const,
    }));
    const criterion: CriterionNode = { code: `${a + 1}.1`, name: `Tiêu chí ${a + 1}.1`, max: count, children };
    return count > 0
      ? { code: String(a + 1), name: `Lĩnh vực ${a + 1}`, max: count, children: [criterion] }
      : { code: String(a + 1), name: `Lĩnh vực ${a + 1}`, max: 0 };
  });
  // A whole set of its own for the year the tests insert (2026), so no sheet carries the example set's notes.
  return { ...DEFAULT_CRITERIA_SET, id: `lon-${leaves}`, name: `Bộ thử ${leaves} tiêu chí`, areas, complete: true, year: 2026, effectiveDate: '2026-01-01' };
}

/** A score sheet typed by hand: header and `rows` criteria with points, no totals yet. */
export function scoreRows(rows: number): unknown[][] {
  const out: unknown[][] = [['STT', 'Tiêu chí', 'Điểm chuẩn', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Điểm bị trừ', 'Ý kiến Hội đồng thẩm định']];
  for (let i = 0; i < rows; i++) out.push([`${1 + (i % 7)}.${Math.floor(i / 7) + 1}`, `Tiêu chí ${i + 1}`, 2, 2, (i % 200) / 100, '', 'Đồng ý']);
  return out;
}
