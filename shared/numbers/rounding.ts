/**
 * The two habits seen in appraisal councils' sheets: Excel's ROUND (half away from zero) and
 * ROUNDDOWN (truncation toward zero). Seed 003 shows both in one table.
 */
export type RoundingHabit = 'half-up' | 'truncate';

export const ROUNDING_HABITS: readonly RoundingHabit[] = ['half-up', 'truncate'];

export function roundTo(value: number, decimals: number, habit: RoundingHabit): number {
  const factor = 10 ** decimals;
  // Beyond about 1e306 the scaled value overflows; such a number has no decimals left to round.
  if (!Number.isFinite(value * factor)) return value;
  const raw = Math.abs(value * factor);
  // Below 1e6, twelve significant digits move the value by at most 5e-7; away from the cut points by
  // more than 1e-5 the cut is the same without the round trip through a string (scoring does this per row).
  if (raw < 1e6) {
    const fraction = raw - Math.floor(raw);
    const clear = habit === 'half-up' ? Math.abs(fraction - 0.5) > 1e-5 : fraction > 1e-5 && fraction < 1 - 1e-5;
    if (clear) {
      const quick = (habit === 'half-up' ? Math.floor(raw + 0.5) : Math.floor(raw)) / factor;
      return value < 0 && quick !== 0 ? -quick : quick;
    }
  }
  // toPrecision(12) strips binary noise such as 0.85 * 100 = 85.00000000000001 before the cut.
  const scaled = Math.abs(Number((value * factor).toPrecision(12)));
  const cut = habit === 'half-up' ? Math.floor(scaled + 0.5) : Math.floor(scaled);
  const result = cut / factor;
  return value < 0 && result !== 0 ? -result : result;
}

export function roundPoints(value: number, habit: RoundingHabit): number {
  return roundTo(value, 2, habit);
}

export function otherHabit(habit: RoundingHabit): RoundingHabit {
  return habit === 'half-up' ? 'truncate' : 'half-up';
}

/** 92,8 % as the fraction 0.928, not 0.9279999999999999. */
export function percentToFraction(percent: number): number {
  // A whole percentage below 1e15 has at most 15 significant digits, so percent / 100 is already
  // the double nearest that decimal: the round trip through toPrecision would return it unchanged.
  if (Number.isInteger(percent) && percent !== 0 && Math.abs(percent) < 1e15) return percent / 100;
  // The same for a percentage with a few decimals (92,8): its digits m over 10^k give it back exactly,
  // and at most 15 digits name one double only, so m / 10^(k+2) is the double nearest the decimal,
  // what toPrecision(15) finds by way of a string (scoring and reading do this per cell).
  for (let k = 1, scale = 10; k <= 6 && percent !== 0; k++, scale *= 10) {
    const m = percent * scale;
    if (Number.isInteger(m) && Math.abs(m) < 1e15 && m / scale === percent) return m / (scale * 100);
  }
  return Number((percent / 100).toPrecision(15));
}

/** Sums points without the drift of binary fractions (0.1 + 0.2). */
export function sumPoints(values: readonly number[]): number {
  return settlePoints(values.reduce(addPoints, 0));
}

/**
 * One step of sumPoints, exported so a total kept while walking rows (scoreTable) adds exactly as
 * sumPoints does over the same values in the same order, without an array per total.
 */
export function addPoints(sum: number, value: number): number {
  const next = sum + value;
  return Number.isFinite(next * 1e6) ? Math.round(next * 1e6) / 1e6 : next;
}

/**
 * sumPoints' last step. Two pasted maxima near ±1e308 overflow to ±Infinity: saturate, so a total is
 * always a finite number the validator can compare and report, never a value no sheet can hold.
 */
export function settlePoints(sum: number): number {
  return Number.isNaN(sum) || Number.isFinite(sum) ? sum : Math.sign(sum) * Number.MAX_VALUE;
}

export function nearlyEqual(a: number, b: number, tolerance = 0.005): boolean {
  return Math.abs(a - b) < tolerance;
}
