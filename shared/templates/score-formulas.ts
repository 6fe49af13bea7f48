import type { RoundingHabit } from '../numbers/rounding';
import { a1 } from '../sheet/a1';
import { NOT_APPLICABLE_MARK } from '../scoring/not-applicable';
import { cellList, rowRuns, sumOf } from './cell-list';

/**
 * The live formulas of a score sheet, one place for the template and for scoring a sheet in place,
 * so both write the same thing. Columns are 1-based; row lists are the leaves a figure sums.
 */

/** True while none of the rows has an appraisal yet: no deduction or index before the council scores. */
export function noAppraisal(appraised: number, rows: readonly number[]): string {
  return rows.length ? `COUNT(${cellList(appraised, rows)})=0` : 'TRUE';
}

const MARK = `"${NOT_APPLICABLE_MARK}"`;

/** Điểm bị trừ of a leaf: appraised − maximum, empty until appraised and on a leaf marked KĐG. */
export function leafDeduction(row: number, appraised: number, max: number, self?: number): string {
  const e = a1(row, appraised);
  const marked = [`${e}=${MARK}`, ...(self === undefined ? [] : [`${a1(row, self)}=${MARK}`])];
  return `IF(OR(${e}="",${marked.join(',')}),"",ROUND(${e}-${a1(row, max)},2))`;
}

/**
 * The maximum of the given rows without those marked KĐG in a score column: a criterion the unit
 * is not scored on leaves the maximum, as scoreTable leaves it out of the divisor. One SUMIFS per
 * run of consecutive rows.
 */
export function applicableMaxSum(max: number, scoreColumns: readonly number[], rows: readonly number[]): string {
  const runs = rowRuns(rows);
  if (runs.length === 0) return '0';
  const col = (c: number, [f, l]: [number, number]): string => (f === l ? a1(f, c) : `${a1(f, c)}:${a1(l, c)}`);
  const parts = runs.map((run) => `SUMIFS(${col(max, run)},${scoreColumns.map((c) => `${col(c, run)},"<>${NOT_APPLICABLE_MARK}"`).join(',')})`);
  return parts.length === 1 ? parts[0] ?? '0' : `SUM(${parts.join(',')})`;
}

/**
 * Điểm bị trừ of a criterion, an area or the total: the sum of its leaves' deductions, empty until any
 * of them is appraised. A deduction exists only where the council has appraised (SPEC §4), so a
 * half-appraised group loses what its appraised leaves lost, not the maximum of those still blank;
 * the core's totals and the check add the leaves the same way.
 */
export function groupDeduction(appraised: number, deduction: number, leaves: readonly number[]): string {
  return `IF(${noAppraisal(appraised, leaves)},"",ROUND(${sumOf(deduction, leaves)},2))`;
}

/** What earlier versions wrote as a group's deduction (appraised − maximum of the whole group): still ours to replace. */
export function legacyGroupDeduction(row: number, appraised: number, max: number, leaves: readonly number[]): string {
  return `IF(${noAppraisal(appraised, leaves)},"",ROUND(${a1(row, appraised)}-${a1(row, max)},2))`;
}

/** A criterion's or an area's points; a penalty never takes an area below zero (SPEC §4). */
export function groupTotal(column: number, leaves: readonly number[], isArea: boolean): string {
  return isArea ? `MAX(0,${sumOf(column, leaves)})` : sumOf(column, leaves);
}

/**
 * Chỉ số: points ÷ maximum kept to two decimals of the percentage, by the set's rounding habit. The
 * maximum is the total row's Điểm chuẩn (the criteria the sheet lists), or the number the user gave:
 * the same definition as the core's scoreTable.
 */
export function indexFormula(totalRow: number, points: number, max: number, rounding: RoundingHabit, givenMax?: number, wholeMax?: number, leafMaxSum?: string): string {
  // A partial set's whole maximum: the criteria the sheet lacks count as earned, (whole − points lost) ÷ whole, as computeIndex.
  if (wholeMax !== undefined && wholeMax > 0) {
    const round = rounding === 'truncate' ? 'ROUNDDOWN' : 'ROUND';
    const [p, m] = [a1(totalRow, points), a1(totalRow, max)];
    // A leaf marked KĐG leaves the whole maximum too, as scoreTable subtracts it: what the leaves' maxima hold beyond
    // the total row's applicable maximum is what KĐG dropped, kept live so marking a leaf later still agrees.
    const whole = leafMaxSum === undefined ? String(wholeMax) : `(${wholeMax}-(${leafMaxSum}-${m}))`;
    return `IF(${m}>0,${round}((${whole}-(${m}-${p}))/${whole},4),"")`;
  }
  return indexOf(a1(totalRow, points), givenMax === undefined ? a1(totalRow, max) : String(givenMax), rounding);
}

/** Points ÷ maximum as a fraction to 4 decimals by the rounding habit, empty without a maximum: computeIndex as a formula. */
export function indexOf(points: string, max: string, rounding: RoundingHabit): string {
  const round = rounding === 'truncate' ? 'ROUNDDOWN' : 'ROUND';
  return `IF(${max}>0,${round}(${points}/${max},4),"")`;
}
