import { roundPoints, type RoundingHabit } from '../../numbers/rounding';

/** A number as a formula literal every host parses back to the same double (at most 15 digits, no exponent for points). */
export function num(n: number): string {
  const tidy = Number(n.toPrecision(15));
  return Object.is(tidy, -0) ? '0' : String(tidy);
}

/**
 * Excel refuses a formula holding a text constant longer than 255 characters ("Text values in
 * formulas are limited to 255 characters":
 * https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3),
 * and the insert that carries it fails whole. No formula we write holds a longer one.
 */
export const MAX_TEXT_CONSTANT = 255;

/**
 * Text as a formula string literal, quotes doubled; a longer text is written as pieces joined with
 * "&", each within the limit. Counted in UTF-16 units as Excel counts them, never splitting a
 * surrogate pair.
 */
export function textConstant(text: string): string {
  const pieces: string[] = [];
  let current = '';
  for (const ch of text) {
    if (current.length + ch.length > MAX_TEXT_CONSTANT) {
      pieces.push(current);
      current = '';
    }
    current += ch;
  }
  if (current || pieces.length === 0) pieces.push(current);
  return pieces.map((piece) => `"${piece.replace(/"/g, '""')}"`).join('&');
}

/** The string literals of a formula, quotes undoubled: what the 255-character limit counts. */
export function stringLiterals(formula: string): string[] {
  const out: string[] = [];
  for (const m of formula.matchAll(/"((?:[^"]|"")*)"/g)) out.push((m[1] ?? '').replace(/""/g, '"'));
  return out;
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
