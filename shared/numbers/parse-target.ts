import { lastScan, scanDecimal, type DecimalSeparator } from './parse-decimal';
import { percentToFraction } from './rounding';
import type { Comparator, TargetBound, Unit } from './values';
import { isDigit, isSpace, skipSpaces } from '../text/characters';

/** Each operator word as written (lower case) and what it compares. */
const OPERATORS: ReadonlyMap<string, Comparator> = new Map<string, Comparator>([
  ...['tối thiểu', 'ít nhất', 'không dưới', 'không thấp hơn', '>=', '≥', '=>'].map((w) => [w, 'gte'] as const),
  ...['trên', 'hơn', 'lớn hơn', 'cao hơn', '>'].map((w) => [w, 'gt'] as const),
  ...['dưới', 'thấp hơn', 'nhỏ hơn', '<'].map((w) => [w, 'lt'] as const),
  ...['không quá', 'không vượt quá', 'tối đa', '<=', '≤', '=<'].map((w) => [w, 'lte'] as const),
  ['=', 'eq'],
]);
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
 *
 * Read as these patterns read the text once its spaces are folded, it is lower-cased and a leading
 * "đạt" or "phấn đấu" is dropped (N a number: "\d[\d.,]*\d|\d"; tried in this order):
 *   range     ^(?:từ\s*)?(N)\s*(%?)\s*(?:-|–|đến)\s*(N)\s*(%?)(.*)$
 *   upwards   ^(?:từ\s*)?(N)\s*(%?)\s*trở lên(.*)$
 *   operator  ^(tối thiểu|ít nhất|…|>|<|=)\s*(N)\s*(%?)(.*)$
 * but by a scanner over the text as typed: the words before the first digit pick the pattern, and
 * only the words after the number (a target's item, "sáng kiến") are folded and lower-cased.
 */
export function parseTarget(text: string, options: TargetOptions): TargetReading | undefined {
  // Every target states a number: text without a digit is free text, whatever its words.
  let firstDigit = 0;
  while (firstDigit < text.length && !isDigit(text.charCodeAt(firstDigit))) firstDigit++;
  if (firstDigit === text.length) return undefined;
  const opening = openingOf(text, firstDigit);
  if (opening === undefined) return undefined;
  const firstEnd = numeralEnd(text, firstDigit);
  let i = skipSpaces(text, firstEnd);
  const firstPercent = text.charCodeAt(i) === 0x25;
  if (firstPercent) i++;
  if (opening !== 'none' && opening !== 'from-word') {
    return single(opening, text.slice(firstDigit, firstEnd), firstPercent, restOf(text, i), options);
  }
  i = skipSpaces(text, i);
  const c = text.charCodeAt(i);
  const separatorEnd = c === 0x2d || c === 0x2013 ? i + 1 : matchWord(text, i, DEN);
  if (separatorEnd >= 0) {
    const secondDigit = skipSpaces(text, separatorEnd);
    if (!isDigit(text.charCodeAt(secondDigit))) return undefined;
    const secondEnd = numeralEnd(text, secondDigit);
    let j = skipSpaces(text, secondEnd);
    const secondPercent = text.charCodeAt(j) === 0x25;
    if (secondPercent) j++;
    const percent = firstPercent || secondPercent || Boolean(options.assumePercent);
    const min = readNumber(text.slice(firstDigit, firstEnd), percent, options);
    const max = readNumber(text.slice(secondDigit, secondEnd), percent, options);
    const item = itemOf(restOf(text, j));
    if (min === undefined || max === undefined || min > max || item === null) return undefined;
    return withItem({ bound: { op: 'between', min, max }, unit: percent ? 'percent' : 'number' }, item);
  }
  const upwardsEnd = matchWord(text, i, TRO_LEN);
  if (upwardsEnd < 0) return undefined;
  return single('gte', text.slice(firstDigit, firstEnd), firstPercent, restOf(text, upwardsEnd), options);
}

/** Where N ("\d[\d.,]*\d|\d") starting at a digit ends: the run of digits and separators, back to its last digit. */
function numeralEnd(text: string, from: number): number {
  let end = from + 1;
  for (let i = from + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) end = i + 1;
    else if (c !== 0x2c && c !== 0x2e) break;
  }
  return end;
}

/** The words after the number as the patterns' "(.*)" holds them: spaces folded, lower case. */
function restOf(text: string, from: number): string {
  if (skipSpaces(text, from) === text.length) return '';
  const rest = text.slice(from).replace(/\s+/gu, ' ').toLowerCase();
  if (!text.includes('Σ', from)) return rest;
  // A capital sigma ending a word lowers to "ς" only after a letter, which may stand before the
  // rest: lower the whole text, as the patterns did, and keep its end (lower case keeps no other context).
  const whole = text.replace(/\s+/gu, ' ').toLowerCase();
  return whole.slice(whole.length - rest.length);
}

/** The words a target may open with before its number, after an optional "đạt" and "phấn đấu": "từ" or an operator. */
const OPENINGS: readonly (readonly [string, 'from-word' | Comparator])[] = [
  ['từ', 'from-word'], ...[...OPERATORS].map(([word, op]) => [word, op] as const),
];

/** Each word with its capitals, by its first letter in either case (and the Kelvin sign for "k"). */
interface Word { readonly lower: string; readonly upper: string }
const word = (lower: string): Word => {
  const upper = [...lower].map((c) => (c.toUpperCase().length === 1 ? c.toUpperCase() : c)).join('');
  return { lower, upper };
};
const OPENINGS_BY_LEAD = new Map<number, (readonly [Word, 'from-word' | Comparator])[]>();
for (const [lower, kind] of OPENINGS) {
  const w = word(lower);
  const leads = new Set([w.lower.charCodeAt(0), w.upper.charCodeAt(0), ...(w.lower.startsWith('k') ? [0x212a] : [])]);
  for (const lead of leads) {
    const list = OPENINGS_BY_LEAD.get(lead) ?? [];
    list.push([w, kind]);
    OPENINGS_BY_LEAD.set(lead, list);
  }
}
const DAT = word('đạt');
const PHAN_DAU = word('phấn đấu');
const OPTIONAL_OPENINGS: readonly Word[] = [DAT, PHAN_DAU];
const DEN = word('đến');
const TRO_LEN = word('trở lên');

/**
 * The words before a target's first digit, read as the patterns read them (spaces folded, lower
 * case, "đạt" and "phấn đấu" dropped): nothing, "từ", an operator, or undefined for words no target
 * opens with. Matched in place, letter by letter: prose with a number ("Thực hiện theo Kế hoạch số
 * 98…") is refused at its first word, without a folded, lower-cased copy.
 */
function openingOf(text: string, firstDigit: number): 'none' | 'from-word' | Comparator | undefined {
  let i = skipSpaces(text, 0);
  for (let k = 0; k < OPTIONAL_OPENINGS.length; k++) {
    const optional = OPTIONAL_OPENINGS[k] as Word;
    // "^đạt\s+" in the folded text: the word and at least one space.
    const end = matchWord(text, i, optional);
    if (end >= 0 && end < firstDigit && isSpace(text.charCodeAt(end))) i = skipSpaces(text, end);
  }
  if (i === firstDigit) return 'none';
  // Indexed loops: for…of would walk an iterator per call, and this runs for most cells with a digit.
  const candidates = OPENINGS_BY_LEAD.get(text.charCodeAt(i));
  for (let k = 0; candidates !== undefined && k < candidates.length; k++) {
    const candidate = candidates[k] as (typeof candidates)[number];
    const end = matchWord(text, i, candidate[0]);
    if (end >= 0 && skipSpaces(text, end) === firstDigit) return candidate[1];
  }
  return undefined;
}

/**
 * Where `word` ends when it stands in `text` at `at`, as the lower-cased text with its spaces folded
 * would hold it; -1 when it does not. A space in the word stands for a run of spaces. A letter
 * matches itself, its capital and, for "k", the Kelvin sign: the one other character (checked over
 * all of Unicode) that lower-cases to a letter of these words.
 */
function matchWord(text: string, at: number, { lower, upper }: Word): number {
  let i = at;
  for (let k = 0; k < lower.length; k++) {
    const l = lower.charCodeAt(k);
    if (l === 0x20) {
      if (i >= text.length || !isSpace(text.charCodeAt(i))) return -1;
      i = skipSpaces(text, i);
      continue;
    }
    const c = text.charCodeAt(i);
    if (c !== l && c !== upper.charCodeAt(k) && !(l === 0x6b && c === 0x212a)) return -1;
    i++;
  }
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
  if (!scanDecimal(text, options.decimal, percent ? 'percent' : 'any')) return undefined;
  return percent ? percentToFraction(lastScan.value) : lastScan.value;
}

/** A short noun after the number ("sáng kiến") belongs to the target; a sentence does not. Null means "too long". */
function itemOf(rest: string | undefined): string | undefined | null {
  if (!rest) return undefined;
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
