import { parseDecimal, type DecimalSeparator } from './parse-decimal';
import { percentToFraction } from './rounding';
import { isSpace } from '../text/is-space';
import type { Comparator, TargetBound, Unit } from './values';

/** Each operator word as written (lower case) and what it compares. */
const OPERATORS: ReadonlyMap<string, Comparator> = new Map<string, Comparator>([
  ...['tối thiểu', 'ít nhất', 'không dưới', 'không thấp hơn', '>=', '≥', '=>'].map((w) => [w, 'gte'] as const),
  ...['trên', 'hơn', 'lớn hơn', 'cao hơn', '>'].map((w) => [w, 'gt'] as const),
  ...['dưới', 'thấp hơn', 'nhỏ hơn', '<'].map((w) => [w, 'lt'] as const),
  ...['không quá', 'không vượt quá', 'tối đa', '<=', '≤', '=<'].map((w) => [w, 'lte'] as const),
  ['=', 'eq'],
]);
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
  const firstDigit = text.search(/\d/);
  if (firstDigit < 0) return undefined;
  // Each pattern below opens with "từ", an operator word or nothing before the number, so the words
  // before the first digit tell which can match: prose ("Thực hiện theo Kế hoạch số 98…") stops here.
  const opening = openingOf(text.slice(0, firstDigit));
  if (opening === undefined || (opening === 'none' && !rangeOrUpwardsFollows(text, firstDigit))) return undefined;
  // Spaces folded first: with long runs of them, "\s*(%?)\s*" below would backtrack quadratically.
  const t = text.replace(/\s+/gu, ' ').trim().toLowerCase().replace(/^đạt\s+/u, '').replace(/^phấn đấu\s+/u, '');
  let m = opening === 'operator' ? null : RANGE.exec(t);
  if (m) {
    const percent = Boolean(m[2] || m[4]) || Boolean(options.assumePercent);
    const min = readNumber(m[1], percent, options);
    const max = readNumber(m[3], percent, options);
    const item = itemOf(m[5]);
    if (min === undefined || max === undefined || min > max || item === null) return undefined;
    return withItem({ bound: { op: 'between', min, max }, unit: percent ? 'percent' : 'number' }, item);
  }
  m = opening === 'from-word' ? FROM_UPWARDS.exec(t) : opening === 'none' ? UPWARDS.exec(t) : null;
  if (m) {
    const [numberText, sign, rest] = m[0].startsWith('từ') ? [m[1], m[2], m[3]] : [m[2], m[3], m[4]];
    return single('gte', numberText, Boolean(sign), rest, options);
  }
  m = opening === 'operator' ? OPERATOR_FIRST.exec(t) : null;
  if (m) {
    const op = OPERATORS.get(m[1] ?? '');
    if (!op) return undefined;
    return single(op, m[2], Boolean(m[3]), m[4], options);
  }
  return undefined;
}

/**
 * A target that opens with its number is a range ("2-3", "80% đến 90%") or "… trở lên": after the
 * number, its spaces and percent sign comes "-", "–", "đến" or "trở lên" (any case). "14.678 hồ sơ"
 * and "1 sáng kiến" stop here.
 */
function rangeOrUpwardsFollows(text: string, firstDigit: number): boolean {
  let i = firstDigit;
  while (i < text.length && isNumeralChar(text.charCodeAt(i))) i++;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 0x25) i++;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  // "-", "–", "đ"/"Đ" (đến), "t"/"T" (trở lên).
  return c === 0x2d || c === 0x2013 || c === 0x111 || c === 0x110 || c === 0x74 || c === 0x54;
}

function isNumeralChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2c || c === 0x2e;
}

/** The words a target may open with before its number, after an optional "đạt" and "phấn đấu". */
const OPENINGS: readonly (readonly [string, 'from-word' | 'operator'])[] = [
  ['từ', 'from-word'], ...OPERATOR_WORDS.split('|').map((w) => [w, 'operator'] as const),
];

/**
 * The words before a target's first digit, read as parseTarget reads the whole text (spaces folded,
 * lower case, "đạt" and "phấn đấu" dropped): nothing, "từ", an operator word, or undefined for
 * words no target opens with. Matched in place, letter by letter: most prose with a number is
 * refused at its first word, without the folded, lower-cased copy the patterns need.
 */
function openingOf(before: string): 'none' | 'from-word' | 'operator' | undefined {
  const n = before.length;
  let i = skipSpaces(before, 0);
  for (const optional of ['đạt', 'phấn đấu']) {
    // "^đạt\s+" in the folded text: the word and at least one space.
    const end = matchWord(before, i, optional);
    if (end >= 0 && end < n && isSpace(before.charCodeAt(end))) i = skipSpaces(before, end);
  }
  if (i === n) return 'none';
  for (const [word, kind] of OPENINGS) {
    const end = matchWord(before, i, word);
    if (end >= 0 && skipSpaces(before, end) === n) return kind;
  }
  return undefined;
}

/**
 * Where `word` (lower case) ends when it stands in `text` at `at`, as "text.toLowerCase()" with its
 * spaces folded would hold it; -1 when it does not. A space in the word stands for a run of spaces.
 * Upper case is the word's own capitals, and for "k" also the Kelvin sign, the one other character
 * (checked over all of Unicode) that lower-cases to a letter of these words.
 */
function matchWord(text: string, at: number, word: string): number {
  let i = at;
  for (let k = 0; k < word.length; k++) {
    const w = word.charCodeAt(k);
    if (w === 0x20) {
      if (i >= text.length || !isSpace(text.charCodeAt(i))) return -1;
      i = skipSpaces(text, i);
      continue;
    }
    const c = text.charCodeAt(i);
    if (c !== w && c !== upperOf(w) && !(w === 0x6b && c === 0x212a)) return -1;
    i++;
  }
  return i;
}

const UPPER = new Map<number, number>();
function upperOf(lower: number): number {
  let upper = UPPER.get(lower);
  if (upper === undefined) {
    const u = String.fromCharCode(lower).toUpperCase();
    upper = u.length === 1 ? u.charCodeAt(0) : lower;
    UPPER.set(lower, upper);
  }
  return upper;
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
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
