import { parseLooseNumber } from '../numbers/parse-decimal';
import { percentToFraction } from '../numbers/rounding';
import type { Bound } from './rule';

export interface BandEdges {
  readonly lower?: Bound;
  readonly upper?: Bound;
}

// Starts only where a number starts: inside a run of digits every start would rescan the rest of it.
const P = String.raw`(?<![\d.,])(\d+(?:[.,]\d+)?)\s*%?`;
const SEP = String.raw`\s*(?:-|–|—|đến)\s*`;

type Shape = readonly [RegExp, (a: number, b: number) => BandEdges];

const incl = (value: number): Bound => ({ value, inclusive: true });
const excl = (value: number): Bound => ({ value, inclusive: false });

/** Most specific first: "từ 70% đến dưới 90%" must not be read as "từ 70%". */
const SHAPES: readonly Shape[] = [
  [new RegExp(`từ\\s*trên\\s*${P}${SEP}dưới\\s*${P}`, 'u'), (a, b) => ({ lower: excl(a), upper: excl(b) })],
  [new RegExp(`từ\\s*trên\\s*${P}${SEP}${P}`, 'u'), (a, b) => ({ lower: excl(a), upper: incl(b) })],
  [new RegExp(`từ\\s*${P}${SEP}dưới\\s*${P}`, 'u'), (a, b) => ({ lower: incl(a), upper: excl(b) })],
  [new RegExp(`từ\\s*${P}${SEP}${P}`, 'u'), (a, b) => ({ lower: incl(a), upper: incl(b) })],
  [new RegExp(`(?:trên|hơn|>)\\s*${P}${SEP}dưới\\s*${P}`, 'u'), (a, b) => ({ lower: excl(a), upper: excl(b) })],
  [new RegExp(`(?:trên|hơn|>)\\s*${P}${SEP}${P}`, 'u'), (a, b) => ({ lower: excl(a), upper: incl(b) })],
  [new RegExp(`${P}${SEP}dưới\\s*${P}`, 'u'), (a, b) => ({ lower: incl(a), upper: excl(b) })],
  [new RegExp(`${P}${SEP}${P}`, 'u'), (a, b) => ({ lower: incl(a), upper: incl(b) })],
  [new RegExp(`${P}\\s*trở xuống`, 'u'), (a) => ({ upper: incl(a) })],
  [new RegExp(`(?:trên hoặc bằng|lớn hơn hoặc bằng|cao hơn hoặc bằng|bằng hoặc (?:trên|lớn hơn|cao hơn|vượt)|đạt (?:và|hoặc) vượt|từ|tối thiểu|ít nhất|không dưới|không thấp hơn|>=|≥)\\s*${P}`, 'u'), (a) => ({ lower: incl(a) })],
  [new RegExp(`(?:dưới hoặc bằng|nhỏ hơn hoặc bằng|thấp hơn hoặc bằng|bằng hoặc (?:dưới|nhỏ hơn|thấp hơn))\\s*${P}`, 'u'), (a) => ({ upper: incl(a) })],
  [new RegExp(`${P}\\s*trở lên`, 'u'), (a) => ({ lower: incl(a) })],
  [new RegExp(`(?:trên|lớn hơn|cao hơn|hơn|vượt|>)\\s*${P}`, 'u'), (a) => ({ lower: excl(a) })],
  [new RegExp(`(?:dưới|nhỏ hơn|thấp hơn|<)\\s*${P}`, 'u'), (a) => ({ upper: excl(a) })],
  [new RegExp(`(?:không quá|không vượt quá|tối đa|đến|<=|≤)\\s*${P}`, 'u'), (a) => ({ upper: incl(a) })],
  // A bare "100%" means reaching it: anything at or above (staff sometimes report 101 %).
  [new RegExp(`${P}`, 'u'), (a) => (a >= 1 ? { lower: incl(a) } : { lower: incl(a), upper: incl(a) })],
];

/**
 * The percentage edges of one outcome's condition, each with whether it is included:
 * "trên" and "dưới" exclude, "từ … trở lên" and "từ a% - b%" include both ends.
 * Undefined when the condition names no percentage.
 */
export function parseBandCondition(condition: string): BandEdges | undefined {
  const text = condition.replace(/\s+/gu, ' ').toLowerCase();
  if (!text.includes('%')) return referenceEdges(text);
  for (const [re, build] of SHAPES) {
    const m = re.exec(text);
    if (!m) continue;
    const a = toFraction(m[1]);
    const b = toFraction(m[2]);
    if (a === undefined || (m[2] !== undefined && b === undefined)) return undefined;
    return build(a, b ?? a);
  }
  return undefined;
}

/** An assigned target or an average named as the reference ("đạt và vượt chỉ tiêu được giao", "thấp hơn mức trung bình"). */
const REFERENCE = /chỉ tiêu|mục tiêu|trung bình|bình quân/u;
/** Most specific first: "thấp hơn hoặc bằng" before "thấp hơn", "không đạt" before "đạt". */
const REFERENCE_SHAPES: readonly (readonly [RegExp, BandEdges])[] = [
  [/(?:thấp hơn|dưới|nhỏ hơn|không vượt|không cao hơn)\s+hoặc\s+bằng|không vượt|không cao hơn|không quá/u, { upper: incl(1) }],
  [/cao hơn hoặc bằng|trên hoặc bằng|lớn hơn hoặc bằng|bằng hoặc (?:cao|lớn) hơn|bằng hoặc trên|bằng hoặc vượt|đạt (?:và|hoặc) vượt|không thấp hơn|không dưới/u, { lower: incl(1) }],
  [/không đạt|chưa đạt|không hoàn thành|chưa hoàn thành|thấp hơn|dưới|nhỏ hơn/u, { upper: excl(1) }],
  [/vượt|cao hơn|lớn hơn|trên/u, { lower: excl(1) }],
  [/(?:^|\s)bằng/u, { lower: incl(1), upper: incl(1) }],
  [/đạt|hoàn thành/u, { lower: incl(1) }],
];

/**
 * Edges on the unit's figure ÷ its reference: the reference (the target it was assigned, the
 * province's average) is an input like the figure, so a band rule scores it from the two numbers.
 */
function referenceEdges(text: string): BandEdges | undefined {
  if (!REFERENCE.test(text)) return undefined;
  return REFERENCE_SHAPES.find(([re]) => re.test(text))?.[1];
}

function toFraction(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = parseLooseNumber(text);
  return n === undefined ? undefined : percentToFraction(n);
}
