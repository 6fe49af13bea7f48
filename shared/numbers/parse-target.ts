import { parseDecimal, type DecimalSeparator } from './parse-decimal';
import { percentToFraction } from './rounding';
import type { Comparator, TargetBound, Unit } from './values';

const OPERATORS: readonly (readonly [RegExp, Comparator])[] = [
  [/^(?:tối thiểu|ít nhất|không dưới|không thấp hơn|>=|≥|=>)$/u, 'gte'],
  [/^(?:trên|hơn|lớn hơn|cao hơn|>)$/u, 'gt'],
  [/^(?:dưới|thấp hơn|nhỏ hơn|<)$/u, 'lt'],
  [/^(?:không quá|không vượt quá|tối đa|<=|≤|=<)$/u, 'lte'],
  [/^=$/u, 'eq'],
];
const OPERATOR_WORDS =
  'tối thiểu|ít nhất|không dưới|không thấp hơn|lớn hơn|cao hơn|trên|hơn|dưới|thấp hơn|nhỏ hơn|không vượt quá|không quá|tối đa|>=|≥|=>|<=|≤|=<|>|<|=';
const N = String.raw`\d[\d.,]*\d|\d`;
// Compiled once: building them per call cost more than matching them.
const RANGE = new RegExp(`^(?:từ\\s*)?(${N})\\s*(%?)\\s*(?:-|–|đến)\\s*(${N})\\s*(%?)(.*)$`, 'u');
const FROM_UPWARDS = new RegExp(`^từ\\s*(${N})\\s*(%?)\\s*trở lên(.*)$`, 'u');
const UPWARDS = new RegExp(`^()(${N})\\s*(%?)\\s*trở lên(.*)$`, 'u');
const OPERATOR_FIRST = new RegExp(`^(${OPERATOR_WORDS})\\s*(${N})\\s*(%?)(.*)$`, 'u');

export interface TargetReading {
  readonly bound: TargetBound;
  readonly unit: Unit;
  readonly item?: string;
}

export interface TargetOptions {
  readonly decimal: DecimalSeparator;
  /** The row's unit says "%", so "Tối thiểu 80" means 80 %. */
  readonly assumePercent?: boolean;
}

/**
 * Reads a target as plans word it: "Tối thiểu 80%", "> 95%", "từ 99% trở lên", "không quá 10%",
 * "2-3 sáng kiến". Undefined when the text is not a target (free text stays free text).
 */
export function parseTarget(text: string, options: TargetOptions): TargetReading | undefined {
  // Every target states a number: text without a digit is free text, whatever its words.
  if (!/\d/.test(text)) return undefined;
  // Spaces folded first: with long runs of them, "\s*(%?)\s*" below would backtrack quadratically.
  const t = text.replace(/\s+/gu, ' ').trim().toLowerCase().replace(/^đạt\s+/u, '').replace(/^phấn đấu\s+/u, '');
  let m = RANGE.exec(t);
  if (m) {
    const percent = Boolean(m[2] || m[4]) || Boolean(options.assumePercent);
    const min = readNumber(m[1], percent, options);
    const max = readNumber(m[3], percent, options);
    const item = itemOf(m[5]);
    if (min === undefined || max === undefined || min > max || item === null) return undefined;
    return withItem({ bound: { op: 'between', min, max }, unit: percent ? 'percent' : 'number' }, item);
  }
  m = FROM_UPWARDS.exec(t) ?? UPWARDS.exec(t);
  if (m) {
    const [numberText, sign, rest] = m[0].startsWith('từ') ? [m[1], m[2], m[3]] : [m[2], m[3], m[4]];
    return single('gte', numberText, Boolean(sign), rest, options);
  }
  m = OPERATOR_FIRST.exec(t);
  if (m) {
    const op = OPERATORS.find(([re]) => re.test(m?.[1] ?? ''))?.[1];
    if (!op) return undefined;
    return single(op, m[2], Boolean(m[3]), m[4], options);
  }
  return undefined;
}

function single(
  op: Comparator,
  numberText: string | undefined,
  percentSign: boolean,
  rest: string | undefined,
  options: TargetOptions,
): TargetReading | undefined {
  const percent = percentSign || Boolean(options.assumePercent);
  const value = readNumber(numberText, percent, options);
  const item = itemOf(rest);
  if (value === undefined || item === null) return undefined;
  return withItem({ bound: { op, value }, unit: percent ? 'percent' : 'number' }, item);
}

function withItem(reading: TargetReading, item: string | undefined): TargetReading {
  return item ? { ...reading, item } : reading;
}

function readNumber(text: string | undefined, percent: boolean, options: TargetOptions): number | undefined {
  if (text === undefined) return undefined;
  const reading = parseDecimal(text, { decimal: options.decimal, context: percent ? 'percent' : 'any' });
  if (!reading) return undefined;
  return percent ? percentToFraction(reading.value) : reading.value;
}

/** A short noun after the number ("sáng kiến") belongs to the target; a sentence does not. Null means "too long". */
function itemOf(rest: string | undefined): string | undefined | null {
  const r = (rest ?? '').trim().replace(/^[.;,]+|[.;,]+$/g, '').trim();
  if (r === '') return undefined;
  const open = r.indexOf('(');
  const withoutNote = (r.endsWith(')') && open >= 0 ? r.slice(0, open) : r).trim();
  if (/\d/.test(withoutNote) || withoutNote.split(/\s+/).length > 4) return null;
  return r;
}

/** Whether an actual value meets the bound (both fractions for percentages). */
export function meetsBound(actual: number, bound: TargetBound): boolean {
  const eps = 1e-9;
  switch (bound.op) {
    case 'gt': return actual > bound.value + eps;
    case 'gte': return actual >= bound.value - eps;
    case 'lt': return actual < bound.value - eps;
    case 'lte': return actual <= bound.value + eps;
    case 'eq': return Math.abs(actual - bound.value) <= eps;
    case 'between': return actual >= bound.min - eps && actual <= bound.max + eps;
  }
}
