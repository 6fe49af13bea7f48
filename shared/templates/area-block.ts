import { sumOf } from './cell-list';
import { applicableMaxSum, groupTotal } from './score-formulas';
import { sameFormula } from '../sheet/same-formula';

/** The block's title on the sheet, and the chart's drawn from it. */
export const AREA_CHART_TITLE = 'Điểm theo lĩnh vực';

/** One area of the block of points by area: its label and the sheet rows of its leaves. */
export interface AreaBlockArea {
  readonly code: string;
  readonly label: string;
  readonly rows: readonly number[];
}

/**
 * The areas the block lists, in sheet order: those with criteria on the sheet (a maximum above zero).
 * An area the set names but the sheet scores nothing in (areas 2 and 4 of the example) would print as
 * "0,00 / 0,00" and say nothing; an earlier version's block listed them, and keeps its rows (`all`).
 */
export function areaBlockAreas(
  leaves: readonly { readonly code: string; readonly row: number; readonly max: number | null }[],
  names: Readonly<Record<string, string>>,
  all = false,
): AreaBlockArea[] {
  const byArea = new Map<string, { rows: number[]; max: number }>();
  for (const leaf of leaves) {
    const code = leaf.code.split('.')[0] ?? leaf.code;
    const entry = byArea.get(code) ?? { rows: [], max: 0 };
    entry.rows.push(leaf.row);
    entry.max += leaf.max ?? 0;
    byArea.set(code, entry);
  }
  return [...byArea].filter(([, a]) => all || a.max > 0).map(([code, a]) => {
    const name = names[code];
    return { code, label: name ? `${code}. ${name}` : `Lĩnh vực ${code}`, rows: a.rows };
  });
}

/**
 * The block's columns after the name column: maximum, self-assessed (where the sheet has the
 * column) and appraised points per area, as live formulas. One definition for the template and for
 * scoring a sheet in place, so scoring rewrites the template's block with the same formulas.
 */
export function areaBlockColumns(max: number, self: number | undefined, appraised: number): {
  readonly headers: readonly string[];
  cells(rows: readonly number[]): { readonly formula: string; readonly ours?: (existing: string) => boolean }[];
} {
  const scoreColumns = self === undefined ? [appraised] : [self, appraised];
  return {
    headers: ['Lĩnh vực', 'Điểm chuẩn', ...(self === undefined ? [] : ['Điểm tự đánh giá']), 'Điểm thẩm định'],
    cells: (rows) => [
      // Plain sums of the maxima, as versions before KĐG wrote them, are still ours to replace.
      { formula: applicableMaxSum(max, scoreColumns, rows), ours: (f: string) => sameFormula(f, sumOf(max, rows)) },
      ...(self === undefined ? [] : [{ formula: groupTotal(self, rows, true) }]),
      { formula: groupTotal(appraised, rows, true) },
    ],
  };
}
