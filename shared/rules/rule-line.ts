import { parseLooseNumber } from '../numbers/parse-decimal';
import { formatNumber } from '../problems/format-number';

/**
 * What one line under a criterion says: an outcome with its points, a footnote formula (a ratio),
 * when the criterion is not scored at all, when it earns full points because it does not apply, or
 * just a note.
 */
export type RuleLine =
  | { readonly kind: 'outcome'; readonly text: string }
  | { readonly kind: 'formula'; readonly numerator: string; readonly denominator: string; readonly factor?: number; readonly text: string }
  | { readonly kind: 'not-applicable'; readonly text: string }
  | { readonly kind: 'full-when-not-applicable'; readonly text: string; readonly points?: number }
  | { readonly kind: 'note'; readonly text: string };

const NUM = String.raw`\d+(?:[.,]\d+)?`;
/** The factors a formula ends with: "x 100% x 5", "× 5 điểm", "* 100%". */
const FACTORS = new RegExp(`(?:\\s*[x×*]\\s*(?:100\\s*%|${NUM}(?:\\s*điểm)?))+\\s*[.;]?\\s*$`, 'iu');
/** "không được giao … thì không đánh giá chấm điểm", "không áp dụng", "không chấm điểm nội dung này". */
const NOT_SCORED = /không\s+(?:đánh giá(?:,)?\s*(?:chấm điểm)?|chấm điểm|tính điểm|áp dụng)(?!\s*(?:là|bằng)\s*0)/iu;
/** "không thuộc đối tượng … thì được tính tối đa điểm", "được điểm tối đa", "được tính đủ điểm". */
const FULL_POINTS = /(?:được|tính|chấm)\s+(?:tính\s+|chấm\s+)?(?:tối đa\s+(?:số\s+)?điểm|điểm tối đa|đủ điểm|tối đa)/iu;
/** Points in the text: "…: 1 điểm", "… 0,5 điểm", "…: 1". */
const HAS_POINTS = new RegExp(`(?:${NUM}\\s*điểm|:\\s*${NUM}\\s*\\.?$|[:=]\\s*(?:điểm\\s+)?tối đa\\s*\\.?$)`, 'iu');

/**
 * Classifies one line. `points` is the points column of its row when it holds a number: it joins the
 * text as "…: 1" (a negative number as 0 points and a penalty) so the rule parser reads it as the
 * decision meant.
 */
export function readRuleLine(line: string, points: number | undefined): RuleLine {
  const text = line.trim().replace(/^\(?\d{1,2}\)\s*/, '');
  const formula = readFormula(text);
  if (formula) return formula;
  if (points === undefined && FULL_POINTS.test(text) && /không|trường hợp|nếu/iu.test(text)) {
    // "… thì được tính tối đa điểm: 1" as a sheet's cell may write it: the points after the colon.
    const end = new RegExp(`:\\s*(${NUM})(?:\\s*điểm)?\\s*\\.?$`, 'iu').exec(text);
    const stated = end ? parseLooseNumber(end[1] ?? '') : undefined;
    return stated === undefined || !end ? { kind: 'full-when-not-applicable', text } : { kind: 'full-when-not-applicable', text: text.slice(0, end.index).trim(), points: stated };
  }
  if (points === undefined && NOT_SCORED.test(text)) return { kind: 'not-applicable', text };
  if (HAS_POINTS.test(text)) return { kind: 'outcome', text };
  if (points !== undefined) {
    const label = text.replace(/[:\s]+$/, '');
    const p = (n: number): string => formatNumber(n, 'vi');
    return { kind: 'outcome', text: points < 0 ? `${label}: 0 điểm và bị trừ ${p(-points)} điểm` : `${label}: ${p(points)}` };
  }
  return { kind: 'note', text };
}

/** "… = A / B x 100% x 5": words on both sides of one slash after the last "=". Linear: no backtracking pattern. */
function readFormula(text: string): RuleLine | undefined {
  const eq = text.lastIndexOf('=');
  if (eq < 0) return undefined;
  const right = text.slice(eq + 1);
  const slash = right.indexOf('/');
  if (slash < 0 || right.indexOf('/', slash + 1) >= 0) return undefined;
  const numerator = right.slice(0, slash).trim().replace(/^\(|\)$/g, '').trim();
  let denominator = right.slice(slash + 1);
  const tail = FACTORS.exec(denominator);
  let factor: number | undefined;
  if (tail) {
    denominator = denominator.slice(0, tail.index);
    const numbers = [...tail[0].matchAll(new RegExp(`[x×*]\\s*(${NUM})(?![\\d.,]|\\s*%)`, 'giu'))];
    const last = numbers[numbers.length - 1];
    factor = last ? parseLooseNumber(last[1] ?? '') : undefined;
  }
  denominator = denominator.trim().replace(/^\(|\)$/g, '').trim();
  if (!/\p{L}/u.test(numerator) || !/\p{L}/u.test(denominator)) return undefined;
  return { kind: 'formula', numerator, denominator, text, ...(factor === undefined ? {} : { factor }) };
}
