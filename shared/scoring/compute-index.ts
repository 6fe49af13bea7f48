import { roundTo, type RoundingHabit } from '../numbers/rounding';

/**
 * (appraised + survey) ÷ total maximum, as a fraction kept to two decimals of the percentage.
 * `fullMax` is a partial set's whole maximum (the decision's, when the set holds only some of its
 * criteria): the criteria it lacks count as earned in full, so the index is (fullMax − points
 * lost) ÷ fullMax. Seed 003: 40 points in the set, 23,41 lost, 79 in the decision → 70,37 %.
 */
export function computeIndex(appraised: number, maxTotal: number, habit: RoundingHabit, surveyPoints = 0, fullMax?: number): number | null {
  if (fullMax !== undefined) {
    if (!(fullMax > 0)) return null;
    const lost = maxTotal - appraised - surveyPoints;
    return roundTo((fullMax - lost) / fullMax, 4, habit);
  }
  if (!(maxTotal > 0)) return null;
  return roundTo((appraised + surveyPoints) / maxTotal, 4, habit);
}
