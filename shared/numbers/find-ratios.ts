import { parseDecimal, parseLooseNumber } from './parse-decimal';
import { percentToFraction } from './rounding';
import type { Ratio } from './values';
import { isSpace } from '../text/is-space';

const NUM = String.raw`\d+(?:[.,]\d+)*`;
const RATIO = new RegExp(
  String.raw`(?<![\d/.,])(\()?\s*(${NUM})\s*/\s*(${NUM})(?![\d/])(\s*\))?` +
    String.raw`(?:\s*[*x×]\s*(${NUM}))?(?:\s*=\s*(${NUM})\s*(%)?)?`,
  'gu',
);

/** Words that introduce document numbers and dates, whose slashes are not ratios ("số 46/KH", "ngày 16/8"). */
const NOT_A_RATIO_BEFORE = /(?:^|\s)(?:số|ngày|số:|năm|quý)\s*$/iu;
const RATIO_CUE_BEFORE = /(?:hoàn thành|đạt|được|tỷ lệ|tỉ lệ|công thức|khắc phục|tạm tính)\s*:?\s*$/iu;

/**
 * Finds the ratios an appraisal opinion states ("Hoàn thành 4/9 nhiệm vụ", "(8/112)*1=0,07",
 * "325/408=79.66%"), leaving out document numbers and lists such as "76/482, 1017/74".
 */
export function findRatios(typed: string): Ratio[] {
  // Every ratio is a digit, a slash and a digit (spaces allowed between): text without one, such as
  // prose citing "Kế hoạch số 98/KH-UBND", needs no run of the pattern.
  if (!hasDigitSlashDigit(typed)) return [];
  // Spaces folded first: "\s*" at every position of a long run of them made the scan quadratic.
  const text = hasSpaceToFold(typed) ? typed.replace(/\s+/gu, ' ') : typed;
  const found: Ratio[] = [];
  for (const m of text.matchAll(RATIO)) {
    const [whole, open, numText = '', denText = '', close, factorText, statedText, percentSign] = m;
    const start = m.index ?? 0;
    const before = text.slice(Math.max(0, start - 12), start);
    if (NOT_A_RATIO_BEFORE.test(before)) continue;
    const after = text.slice(start + whole.length);
    const itemMatch = /^\s+(\p{L}+(?:\s+\p{L}+)?)/u.exec(after);
    const cued = Boolean(open && close) || factorText !== undefined || statedText !== undefined ||
      RATIO_CUE_BEFORE.test(before) || (itemMatch !== null && !/^\s*[,;]/.test(after));
    if (!cued) continue;
    const numerator = readCount(numText);
    const denominator = readCount(denText);
    if (numerator === undefined || denominator === undefined) continue;
    const factor = factorText === undefined ? undefined : parseLooseNumber(factorText);
    const statedValue = statedText === undefined ? undefined : parseLooseNumber(statedText);
    // Fields set one by one in their order rather than spread into a literal: V8 builds spreads slowly.
    const ratio: { -readonly [K in keyof Ratio]?: Ratio[K] } = { numerator, denominator };
    if (factor !== undefined) ratio.factor = factor;
    if (statedValue !== undefined) ratio.stated = { value: percentSign ? percentToFraction(statedValue) : statedValue, percent: percentSign !== undefined };
    if (itemMatch?.[1]) ratio.item = itemMatch[1];
    ratio.text = whole.trim();
    found.push(ratio as Ratio);
  }
  return found;
}

/** A slash with a digit before and after it, spaces allowed between. */
function hasDigitSlashDigit(text: string): boolean {
  for (let at = text.indexOf('/'); at >= 0; at = text.indexOf('/', at + 1)) {
    let before = at - 1;
    while (before >= 0 && isSpace(text.charCodeAt(before))) before--;
    let after = at + 1;
    while (after < text.length && isSpace(text.charCodeAt(after))) after++;
    if (before >= 0 && isDigit(text.charCodeAt(before)) && after < text.length && isDigit(text.charCodeAt(after))) return true;
  }
  return false;
}

/** Whitespace that "\s+" → " " would change: anything but single ASCII spaces. */
function hasSpaceToFold(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 ? i + 1 < text.length && text.charCodeAt(i + 1) === 0x20 : isSpace(c)) return true;
  }
  return false;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function readCount(token: string): number | undefined {
  return parseDecimal(token, { decimal: ',', context: 'count' })?.value;
}

/** The ratio's value times its factor, as a fraction or as points. */
export function ratioValue(r: Ratio): number {
  return r.denominator === 0 ? NaN : (r.numerator / r.denominator) * (r.factor ?? 1);
}
