import { roundPoints, type RoundingHabit } from '../../numbers/rounding';

/** A number as a formula literal every host parses back to the same double (at most 15 digits, no exponent for points). */
export function num(n: number): string {
  const tidy = Number(n.toPrecision(15));
  return Object.is(tidy, -0) ? '0' : String(tidy);
}

/** Text as a formula string literal: quotes doubled. */
export function str(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Points as the sheet shows them: rounded to two decimals by the set's habit, as scoreTable does. */
export function roundExpr(expr: string, habit: RoundingHabit): string {
  return `${habit === 'truncate' ? 'ROUNDDOWN' : 'ROUND'}(${expr},2)`;
}

/** A fixed number of points, already rounded the way the core rounds it. */
export function pointsLiteral(points: number, habit: RoundingHabit): string {
  return num(roundPoints(points, habit));
}

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** A number typed in an input cell; text that is not one reads as nothing. */
export function numberIn(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  return undefined;
}
