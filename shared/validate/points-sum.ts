import { roundPoints } from '../numbers/rounding';
import type { SheetScoreRow } from './read-score-rows';

/**
 * What the maximum, self-assessed, appraised and deduction columns of some leaves add up to, added one
 * leaf at a time in document order. Each step and the end are sumPoints' (shared/numbers/rounding.ts),
 * so the totals are the same numbers to the bit, without an array of values per column and parent.
 */
export class PointsSum {
  count = 0;
  max = 0;
  self = 0;
  appraised = 0;
  statedDeduction = 0;

  /** `deduction` is the leaf's own: see deductionOf. */
  add(leaf: SheetScoreRow, deduction: number): void {
    this.count++;
    this.max = step(this.max, leaf.max ?? 0);
    this.self = step(this.self, leaf.self ?? 0);
    this.appraised = step(this.appraised, leaf.appraised ?? 0);
    this.statedDeduction = step(this.statedDeduction, deduction);
  }
}

/** What a leaf adds to its parents' deduction: what it lost where it was appraised, else what the sheet states. */
export function deductionOf(leaf: SheetScoreRow): number {
  return leaf.max !== null && leaf.appraised !== null ? roundPoints(leaf.appraised - leaf.max, 'half-up') : leaf.statedDeduction ?? 0;
}

/** sumPoints' step: the sum kept to six decimals while that stays finite. */
function step(sum: number, value: number): number {
  const next = sum + value;
  return Number.isFinite(next * 1e6) ? Math.round(next * 1e6) / 1e6 : next;
}

/** sumPoints' end: two pasted maxima near ±1e308 saturate rather than give ±Infinity. */
export function finished(sum: number): number {
  return Number.isNaN(sum) || Number.isFinite(sum) ? sum : Math.sign(sum) * Number.MAX_VALUE;
}
