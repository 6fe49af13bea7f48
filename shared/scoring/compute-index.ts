import { roundTo, type RoundingHabit } from '../numbers/rounding';

/** (appraised + survey) ÷ total maximum, as a fraction kept to two decimals of the percentage. */
export function computeIndex(appraised: number, maxTotal: number, habit: RoundingHabit, surveyPoints = 0): number | null {
  if (!(maxTotal > 0)) return null;
  return roundTo((appraised + surveyPoints) / maxTotal, 4, habit);
}
