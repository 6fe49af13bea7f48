import { addPoints, roundPoints } from '../numbers/rounding';
import type { SheetScoreRow } from './read-score-rows';

/**
 * What the maximum, self-assessed, appraised and deduction columns of some leaves add up to, added one
 * leaf at a time in document order. Each step is sumPoints' own (addPoints; settlePoints ends it), so
 * the totals are the same numbers to the bit, without an array of values per column and parent.
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
    this.max = addPoints(this.max, leaf.max ?? 0);
    this.self = addPoints(this.self, leaf.self ?? 0);
    this.appraised = addPoints(this.appraised, leaf.appraised ?? 0);
    this.statedDeduction = addPoints(this.statedDeduction, deduction);
  }
}

/** What a leaf adds to its parents' deduction: what it lost where it was appraised, else what the sheet states. */
export function deductionOf(leaf: SheetScoreRow): number {
  return leaf.max !== null && leaf.appraised !== null ? roundPoints(leaf.appraised - leaf.max, 'half-up') : leaf.statedDeduction ?? 0;
}
