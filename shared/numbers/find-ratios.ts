import { parseDecimal, parseLooseNumber } from './parse-decimal';
import { percentToFraction } from './rounding';
import type { Ratio } from './values';

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
  // Most text has no slash, and every ratio has one: no need to run the pattern over it.
  if (!typed.includes('/')) return [];
  // Spaces folded first: "\s*" at every position of a long run of them made the scan quadratic.
  const text = typed.replace(/\s+/gu, ' ');
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
    found.push({
      numerator,
      denominator,
      ...(factor !== undefined ? { factor } : {}),
      ...(statedValue !== undefined
        ? { stated: { value: percentSign ? percentToFraction(statedValue) : statedValue, percent: percentSign !== undefined } }
        : {}),
      ...(itemMatch?.[1] ? { item: itemMatch[1] } : {}),
      text: whole.trim(),
    });
  }
  return found;
}

function readCount(token: string): number | undefined {
  return parseDecimal(token, { decimal: ',', context: 'count' })?.value;
}

/** The ratio's value times its factor, as a fraction or as points. */
export function ratioValue(r: Ratio): number {
  return r.denominator === 0 ? NaN : (r.numerator / r.denominator) * (r.factor ?? 1);
}
