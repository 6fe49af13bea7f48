import { lastScan, parseLooseNumber, scanDecimal } from './parse-decimal';
import { percentToFraction } from './rounding';
import type { Ratio } from './values';
import { isDigit, isSpace, skipLetters, skipSpaces } from '../text/characters';

const NUM = String.raw`\d+(?:[.,]\d+)*`;
const RATIO = new RegExp(
  String.raw`(?<![\d/.,])(\()?\s*(${NUM})\s*/\s*(${NUM})(?![\d/])(\s*\))?` +
    String.raw`(?:\s*[*x×]\s*(${NUM}))?(?:\s*=\s*(${NUM})\s*(%)?)?`,
  'gu',
);

/** Shared by every text without a ratio (most cells): frozen, so no caller can add to it. */
const NO_RATIOS: readonly Ratio[] = Object.freeze([]);

/** Words that introduce document numbers and dates, whose slashes are not ratios ("số 46/KH", "ngày 16/8"). */
const NOT_A_RATIO_BEFORE = /(?:^|\s)(?:số|ngày|số:|năm|quý)\s*$/iu;
const RATIO_CUE_BEFORE = /(?:hoàn thành|đạt|được|tỷ lệ|tỉ lệ|công thức|khắc phục|tạm tính)\s*:?\s*$/iu;

/**
 * Finds the ratios an appraisal opinion states ("Hoàn thành 4/9 nhiệm vụ", "(8/112)*1=0,07",
 * "325/408=79.66%"), leaving out document numbers and lists such as "76/482, 1017/74".
 */
export function findRatios(typed: string): readonly Ratio[] {
  // Every ratio is a digit, a slash and a digit (spaces allowed between): text without one, such as
  // prose citing "Kế hoạch số 98/KH-UBND", needs no run of the pattern.
  if (!hasDigitSlashDigit(typed)) return NO_RATIOS;
  // Spaces folded first: "\s*" at every position of a long run of them made the scan quadratic.
  const text = hasSpaceToFold(typed) ? typed.replace(/\s+/gu, ' ') : typed;
  const found: Ratio[] = [];
  // The pattern runs from just before each slash that can be a ratio's, not over the prose between:
  // every match holds one such slash, and only a bracket, spaces and the numerator stand before it.
  for (let from = 0; ;) {
    const slash = nextDigitSlashDigit(text, from);
    if (slash < 0) break;
    RATIO.lastIndex = Math.max(from, earliestStart(text, slash));
    const m = RATIO.exec(text);
    if (!m) break;
    const whole = m[0];
    const start = m.index;
    from = start + whole.length;
    const ratio = ratioOf(text, m, start, from);
    if (ratio) found.push(ratio);
  }
  return found;
}

/** A match of RATIO as a ratio, or undefined when its words say it is a document number or nothing cues it. */
function ratioOf(text: string, m: RegExpExecArray, start: number, end: number): Ratio | undefined {
  // Indexed rather than destructured: destructuring walks the match with an iterator, per ratio.
  const whole = m[0];
  const open = m[1];
  const close = m[4];
  const factorText = m[5];
  const statedText = m[6];
  const percentSign = m[7];
  // The twelve characters before the ratio, taken only when a pattern must read them.
  const from = Math.max(0, start - 12);
  if (mayNameADocument(text, from, start) && NOT_A_RATIO_BEFORE.test(text.slice(from, start))) return undefined;
  const item = itemAfter(text, end);
  // An item is a word right after the ratio, so "\s*[,;]" cannot follow it: the item alone cues.
  const cued = Boolean(open && close) || factorText !== undefined || statedText !== undefined || item !== undefined ||
    RATIO_CUE_BEFORE.test(text.slice(from, start));
  if (!cued) return undefined;
  const numerator = readCount(m[2] ?? '');
  const denominator = readCount(m[3] ?? '');
  if (numerator === undefined || denominator === undefined) return undefined;
  const factor = factorText === undefined ? undefined : parseLooseNumber(factorText);
  const statedValue = statedText === undefined ? undefined : parseLooseNumber(statedText);
  // Fields set one by one in their order rather than spread into a literal: V8 builds spreads slowly.
  const ratio: { -readonly [K in keyof Ratio]?: Ratio[K] } = { numerator, denominator };
  if (factor !== undefined) ratio.factor = factor;
  if (statedValue !== undefined) ratio.stated = { value: percentSign ? percentToFraction(statedValue) : statedValue, percent: percentSign !== undefined };
  if (item) ratio.item = item;
  ratio.text = whole.trim();
  return ratio as Ratio;
}

/**
 * NOT_A_RATIO_BEFORE ends with "số", "ngày", "số:", "năm" or "quý" and spaces: the last other
 * character is one of their last letters, in either case.
 */
function mayNameADocument(text: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && isSpace(text.charCodeAt(i))) i--;
  if (i < from) return false;
  const c = text.charCodeAt(i);
  return c === 0x1ed1 || c === 0x1ed0 || c === 0x79 || c === 0x59 || c === 0x3a || c === 0x6d || c === 0x4d || c === 0xfd || c === 0xdd;
}

/** "^\s+(\p{L}+(?:\s+\p{L}+)?)" after the match: one or two words, each as long as it goes. */
function itemAfter(text: string, from: number): string | undefined {
  const wordStart = skipSpaces(text, from);
  if (wordStart === from) return undefined;
  const firstEnd = skipLetters(text, wordStart);
  if (firstEnd === wordStart) return undefined;
  const secondStart = skipSpaces(text, firstEnd);
  const secondEnd = secondStart > firstEnd ? skipLetters(text, secondStart) : secondStart;
  return text.slice(wordStart, secondEnd > secondStart ? secondEnd : firstEnd);
}

/** The first slash at or after `from` with a digit before and after it (spaces allowed between); -1 when none. */
function nextDigitSlashDigit(text: string, from: number): number {
  for (let at = text.indexOf('/', from); at >= 0; at = text.indexOf('/', at + 1)) {
    let before = at - 1;
    while (before >= 0 && isSpace(text.charCodeAt(before))) before--;
    let after = at + 1;
    while (after < text.length && isSpace(text.charCodeAt(after))) after++;
    if (before >= 0 && isDigit(text.charCodeAt(before)) && after < text.length && isDigit(text.charCodeAt(after))) return at;
  }
  return -1;
}

/** No match holding this slash starts before this: going left, only the numerator, spaces and one bracket. */
function earliestStart(text: string, slash: number): number {
  let i = slash - 1;
  for (;;) {
    const c = text.charCodeAt(i);
    if (i >= 0 && (isDigit(c) || c === 0x2c || c === 0x2e || isSpace(c))) i--;
    else break;
  }
  return i >= 0 && text.charCodeAt(i) === 0x28 ? i : i + 1;
}

/** A slash with a digit before and after it, spaces allowed between. */
function hasDigitSlashDigit(text: string): boolean {
  return nextDigitSlashDigit(text, 0) >= 0;
}

/** Whitespace that "\s+" → " " would change: anything but single ASCII spaces. */
function hasSpaceToFold(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 ? i + 1 < text.length && text.charCodeAt(i + 1) === 0x20 : isSpace(c)) return true;
  }
  return false;
}

function readCount(token: string): number | undefined {
  return scanDecimal(token, ',', 'count') ? lastScan.value : undefined;
}

/** The ratio's value times its factor, as a fraction or as points. */
export function ratioValue(r: Ratio): number {
  return r.denominator === 0 ? NaN : (r.numerator / r.denominator) * (r.factor ?? 1);
}
