/**
 * The regular-expression formulations of the clean-up, the target reader and the ratio finder, as
 * they stood before issue 14 replaced them with scanners (commit 77316ab), and the cell reader built
 * on them: the specification the scanners are held to (tests/shared/numbers/scanners.test.ts). Kept
 * apart from the core: nothing ships them.
 */
import {
  isOverflowingNumeral, parseDecimal, parseLooseNumber, percentToFraction, problem,
  type CellValue, type Comparator, type DecimalReading, type DecimalSeparator, type NumberContext, type Problem, type Ratio, type ScalarValue, type TargetBound, type Unit,
} from '../../shared';
import { textOf } from '../../shared/text/text-of';

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—',
};

interface CleanOptions {
  /** Keep paragraph and list breaks as new lines (for the clean-up command); otherwise fold to one line. */
  readonly keepLineBreaks?: boolean;
}

/**
 * Strips what Word, PDFs and web systems leave in pasted cells: HTML tags, LaTeX markers,
 * Markdown bold, entities, non-breaking and zero-width spaces. Words are never dropped:
 * footnote marks such as <sup>(3)</sup> become "(3)".
 */
export function cleanResidueByPatterns(input: string, options: CleanOptions = {}): string {
  // Most cells ("2,00", "Đồng ý") hold no residue: one scan instead of a dozen regular expressions.
  let text = isComposedLatin(input) ? input : input.normalize('NFC');
  if (isAlreadyClean(text)) return text;
  text = text.replace(/<sup>([^<]*)<\/sup>/gi, (whole, inner: string) => footnote(inner) ?? whole);
  text = text.replace(/<\s*br\s*\/?\s*>/gi, '\n');
  text = text.replace(/<\s*li[^<>]*>/gi, '\n- ');
  text = text.replace(/<\/\s*(p|div|li|ul|ol|tr|h[1-6])\s*>/gi, '\n');
  text = text.replace(/<\/?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?\/?>/g, ' ');
  text = text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, name: string) => decodeEntity(name) ?? m);
  text = stripLatex(text);
  text = text.replace(/\*\*(.+?)\*\*/g, '$1').replace(/__(.+?)__/g, '$1');
  text = text.replace(/[\u200b\u200c\u200d\ufeff]/g, '');
  text = text.replace(/[\u00a0\u2007\u202f\t]/g, ' ');
  if (options.keepLineBreaks) {
    return text
      .split(/\r?\n/)
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter((line) => line.length > 0)
      .join('\n');
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Text made only of characters below U+0300 and of Latin Extended Additional (U+1E00–U+1EFF, where
 * every precomposed Vietnamese letter lives) holds no combining mark, so NFC leaves it unchanged
 * (checked over every pair of such characters): typed Vietnamese skips the normalisation.
 */
function isComposedLatin(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x300 && (c < 0x1e00 || c > 0x1eff)) return false;
  }
  return true;
}

/**
 * True when no step of the clean-up would change the (normalised) text: none of the characters the
 * steps look for (<, &, $, *, _, \, zero-width and special spaces) and every whitespace a single
 * inner ASCII space, which is what both the folded and the line-keeping forms leave.
 */
function isAlreadyClean(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === last || text.charCodeAt(i + 1) === 0x20) return false;
    } else if (c < 0x21 || c === 0x3c || c === 0x26 || c === 0x24 || c === 0x2a || c === 0x5f || c === 0x5c) {
      return false;
    } else if (c >= 0x7f && isSpecial(c)) {
      return false;
    }
  }
  return true;
}

/** Characters that "\s" matches or the clean-up removes, above ASCII (plus DEL and the C1 controls, to be safe). */
function isSpecial(c: number): boolean {
  return c <= 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * "<sup> (3) </sup>" → " (3)". Read by hand: the pattern it replaces ("\s*\(?\s*([^<()]*?)\s*\)?\s*")
 * backtracked cubically on a "<sup>" followed by thousands of spaces.
 */
function footnote(inner: string): string | undefined {
  let mark = inner.trim();
  if (mark.startsWith('(')) mark = mark.slice(1).trimStart();
  if (mark.endsWith(')')) mark = mark.slice(0, -1).trimEnd();
  return /[()]/.test(mark) ? undefined : ` (${mark})`;
}

function decodeEntity(name: string): string | undefined {
  if (name.startsWith('#x') || name.startsWith('#X')) return fromCodePoint(parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return fromCodePoint(parseInt(name.slice(1), 10));
  return ENTITIES[name.toLowerCase()];
}

/**
 * "&#99999999;" names no character (String.fromCodePoint throws beyond U+10FFFF), and a lone
 * surrogate or control character is no word: such an entity is kept as typed, so the cell still
 * reads as what the user pasted.
 */
function fromCodePoint(code: number): string | undefined {
  if (!Number.isSafeInteger(code) || code > 0x10ffff) return undefined;
  if (code <= 0x1f && code !== 0x09 && code !== 0x0a && code !== 0x0d) return undefined;
  if ((code >= 0x7f && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  return String.fromCodePoint(code);
}

/** Only paired `$…$` count as LaTeX, so a lone dollar sign in prose survives. */
function stripLatex(text: string): string {
  return text.replace(/\$([^$]+)\$/g, (_m, inner: string) =>
    inner
      .replace(/\\frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}/g, '$1/$2')
      .replace(/\\(times|cdot)/g, '*')
      .replace(/\\%/g, '%')
      .replace(/\\,/g, ' ')
      .replace(/\\text\s*\{([^{}]*)\}/g, '$1'),
  ).replace(/\\%/g, '%');
}

const OPERATORS: readonly (readonly [RegExp, Comparator])[] = [
  [/^(?:tối thiểu|ít nhất|không dưới|không thấp hơn|>=|≥|=>)$/u, 'gte'],
  [/^(?:trên|hơn|lớn hơn|cao hơn|>)$/u, 'gt'],
  [/^(?:dưới|thấp hơn|nhỏ hơn|<)$/u, 'lt'],
  [/^(?:không quá|không vượt quá|tối đa|<=|≤|=<)$/u, 'lte'],
  [/^=$/u, 'eq'],
];
const OPERATOR_WORDS =
  'tối thiểu|ít nhất|không dưới|không thấp hơn|lớn hơn|cao hơn|trên|hơn|dưới|thấp hơn|nhỏ hơn|không vượt quá|không quá|tối đa|>=|≥|=>|<=|≤|=<|>|<|=';
const TARGET_N = String.raw`\d[\d.,]*\d|\d`;
// Compiled once: building them per call cost more than matching them.
const RANGE = new RegExp(`^(?:từ\\s*)?(${TARGET_N})\\s*(%?)\\s*(?:-|–|đến)\\s*(${TARGET_N})\\s*(%?)(.*)$`, 'u');
const FROM_UPWARDS = new RegExp(`^từ\\s*(${TARGET_N})\\s*(%?)\\s*trở lên(.*)$`, 'u');
const UPWARDS = new RegExp(`^()(${TARGET_N})\\s*(%?)\\s*trở lên(.*)$`, 'u');
const OPERATOR_FIRST = new RegExp(`^(${OPERATOR_WORDS})\\s*(${TARGET_N})\\s*(%?)(.*)$`, 'u');

interface TargetReading {
  readonly bound: TargetBound;
  readonly unit: Unit;
  readonly item?: string;
}

interface TargetOptions {
  readonly decimal: DecimalSeparator;
  /** The row's unit says "%", so "Tối thiểu 80" means 80 %. */
  readonly assumePercent?: boolean;
}

/**
 * Reads a target as plans word it: "Tối thiểu 80%", "> 95%", "từ 99% trở lên", "không quá 10%",
 * "2-3 sáng kiến". Undefined when the text is not a target (free text stays free text).
 */
export function parseTargetByPatterns(text: string, options: TargetOptions): TargetReading | undefined {
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

const RATIO_NUM = String.raw`\d+(?:[.,]\d+)*`;
const RATIO = new RegExp(
  String.raw`(?<![\d/.,])(\()?\s*(${RATIO_NUM})\s*/\s*(${RATIO_NUM})(?![\d/])(\s*\))?` +
    String.raw`(?:\s*[*x×]\s*(${RATIO_NUM}))?(?:\s*=\s*(${RATIO_NUM})\s*(%)?)?`,
  'gu',
);

/** Words that introduce document numbers and dates, whose slashes are not ratios ("số 46/KH", "ngày 16/8"). */
const NOT_A_RATIO_BEFORE = /(?:^|\s)(?:số|ngày|số:|năm|quý)\s*$/iu;
const RATIO_CUE_BEFORE = /(?:hoàn thành|đạt|được|tỷ lệ|tỉ lệ|công thức|khắc phục|tạm tính)\s*:?\s*$/iu;

/**
 * Finds the ratios an appraisal opinion states ("Hoàn thành 4/9 nhiệm vụ", "(8/112)*1=0,07",
 * "325/408=79.66%"), leaving out document numbers and lists such as "76/482, 1017/74".
 */
export function findRatiosByPatterns(typed: string): Ratio[] {
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

interface ReadOptions {
  /** The workbook's decimal separator; vi-VN workbooks use ','. */
  readonly decimal?: DecimalSeparator;
  readonly context?: NumberContext;
  /** The row's unit is "%": a bare "Tối thiểu 80" or "95" means a percentage. */
  readonly assumePercent?: boolean;
}

interface CellReading {
  readonly value: CellValue;
  readonly problems: readonly Problem[];
}

const CELL_N = String.raw`[-+\u2212]?\d[\d.,]*`;
const PERCENT = new RegExp(`^(${CELL_N})\\s*%$`, 'u');
const REPEATED_PERCENT = new RegExp(`^(${CELL_N})\\s*%{2,}$`, 'u');
// One character class, then a digit test: "[…]*\d[…]*" backtracks quadratically on a long run of digits.
const LOOKS_NUMERIC = /^[-+\u2212]?[\dOoIl.,]+\s*%*$/u;
const LEVEL = /(cấp\s+[\p{L}]+(?:\s+[\p{L}]+)?)\s*:\s*/giu;
const LEVEL_FIRST = /^cấp\s/iu;
const COUNT = /^(\d[\d.,]*)\s+(\p{L}[\p{L}\s]*)(\(.*\))?$/u;
const PERCENT_WITH_RATIO = new RegExp(`^(${CELL_N})\\s*%\\s*\\(\\s*(\\d[\\d.,]*\\s*/\\s*\\d[\\d.,]*(?:\\s+\\p{L}+(?:\\s+\\p{L}+)?)?)\\s*\\)$`, 'u');

/**
 * Reads a cell the way Vietnamese staff type it. Never throws: the value is always one of the
 * kinds of CellValue, and anything doubtful comes back as a problem beside it.
 */
export function readCellByPatterns(raw: unknown, options: ReadOptions = {}): CellReading {
  const decimal = options.decimal ?? ',';
  const context = options.context ?? 'any';
  if (raw === null || raw === undefined) return ok({ kind: 'empty' });
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? ok({ kind: 'number', value: raw }) : ok({ kind: 'invalid', text: String(raw) });
  }
  if (typeof raw === 'boolean') return ok({ kind: 'text', text: raw ? 'TRUE' : 'FALSE', ratios: [] });
  const typed = raw instanceof Date ? (Number.isNaN(raw.getTime()) ? '' : raw.toISOString().slice(0, 10)) : textOf(raw);
  const text = cleanResidueByPatterns(typed);
  // Residue with no words in it ("<img …>") is still something typed into the cell: keep it as text, as typed.
  if (text === '') return typed.trim() === '' ? ok({ kind: 'empty' }) : ok({ kind: 'text', text: typed.trim(), ratios: [] });

  // Numbers, percentages and overflowing numerals all open with a sign or a digit: prose skips them.
  const lead = text.charCodeAt(0);
  const digitFirst = lead >= 0x30 && lead <= 0x39;
  if (digitFirst || lead === 0x2d || lead === 0x2b || lead === 0x2212) {
    const percentWithRatio = readPercentWithRatio(text, decimal);
    if (percentWithRatio) return percentWithRatio;
    const percentMatch = PERCENT.exec(text);
    if (percentMatch) {
      const reading = parseDecimal(percentMatch[1] ?? '', { decimal, context: 'percent' });
      if (reading) return fromDecimal(text, reading, true);
    }
    // Cleaned text has single inner spaces only, so "no space" is "one token".
    if (!text.includes(' ')) {
      const reading = parseDecimal(text, { decimal, context });
      if (reading) return fromDecimal(text, reading, options.assumePercent === true);
    }
    const overflow = readOverflow(text, decimal);
    if (overflow) return overflow;
  }
  const malformed = readMalformed(text, decimal);
  if (malformed) return malformed;

  const perLevel = readPerLevel(text, decimal, options.assumePercent ?? false);
  if (perLevel) return ok(perLevel);

  const ratios = findRatiosByPatterns(text);
  const onlyRatio = ratios.length === 1 && ratios[0] && text.replace(/^\(|\)$/g, '') === ratios[0].text.replace(/^\(|\)$/g, '');
  if (onlyRatio && ratios[0]) return ok({ kind: 'ratio', ratio: ratios[0] });
  // "12/15 hồ sơ": the ratio and the noun it counts, nothing else.
  const only = ratios.length === 1 ? ratios[0] : undefined;
  if (only?.item && text.replace(/\s+/g, ' ') === `${only.text} ${only.item}`) return ok({ kind: 'ratio', ratio: only });

  const target = parseTargetByPatterns(text, { decimal, ...(options.assumePercent ? { assumePercent: true } : {}) });
  if (target) return ok({ kind: 'target', ...target });

  const count = digitFirst ? COUNT.exec(text) : null;
  if (count && (count[2] ?? '').trim().split(/\s+/).length <= 4) {
    const reading = parseDecimal(count[1] ?? '', { decimal, context: 'count' });
    if (reading) {
      const note = count[3];
      return ok({ kind: 'count', value: reading.value, item: (count[2] ?? '').trim(), ...(note ? { note } : {}) });
    }
  }
  return ok({ kind: 'text', text, ratios });
}

/**
 * "100% (12/12)": the percentage, with the counts behind it in brackets. The percentage is the
 * value; counts that give another percentage are reported beside it.
 */
function readPercentWithRatio(text: string, decimal: DecimalSeparator): CellReading | undefined {
  const m = PERCENT_WITH_RATIO.exec(text);
  if (!m) return undefined;
  const reading = parseDecimal(m[1] ?? '', { decimal, context: 'percent' });
  const ratios = findRatiosByPatterns(`(${m[2] ?? ''})`);
  const ratio = ratios.length === 1 ? ratios[0] : undefined;
  if (!reading || !ratio) return undefined;
  const value = percentToFraction(reading.value);
  const computed = ratio.denominator === 0 ? NaN : ratio.numerator / ratio.denominator;
  const agrees = Number.isFinite(computed) && Math.abs(computed - value) < 0.005;
  return ok({ kind: 'percent', value }, agrees ? [] : [problem('ratio_result_mismatch', 'warning', {
    text, stated: `${m[1] ?? ''}%`, computed: Number.isFinite(computed) ? `${Math.round(computed * 10000) / 100}%`.replace('.', ',') : '—',
  })]);
}

/** Shared by every reading without problems (most cells): frozen, so no caller can add to it. */
const NO_PROBLEMS: readonly Problem[] = Object.freeze([]);

function ok(value: CellValue, problems: readonly Problem[] = NO_PROBLEMS): CellReading {
  return { value, problems };
}

function fromDecimal(text: string, reading: DecimalReading, percent: boolean): CellReading {
  const value: ScalarValue = percent
    ? { kind: 'percent', value: percentToFraction(reading.value) }
    : { kind: 'number', value: reading.value };
  const issue = reading.issue;
  if (!issue) return ok(value);
  if (issue.kind === 'wrong-separator') {
    return ok(value, [problem('wrong_decimal_separator', 'error',
      { text, value: reading.value, suffix: percent ? '%' : '' },
      { fix: { value: value.value } })]);
  }
  return ok(value, [problem('ambiguous_thousands', 'warning',
    { text, asThousands: reading.value, asDecimal: issue.asDecimal })]);
}

/** "9" typed 400 times reads past the largest double: a problem, never Infinity. */
function readOverflow(text: string, decimal: DecimalSeparator): CellReading | undefined {
  const numeral = text.endsWith('%') ? text.slice(0, -1).trimEnd() : text;
  if (!isOverflowingNumeral(numeral, decimal)) return undefined;
  const digits = numeral.replace(/\D/g, '').length;
  const shown = text.length > 24 ? `${text.slice(0, 12)}…${text.slice(-6)}` : text;
  return ok({ kind: 'invalid', text }, [problem('number_too_large', 'error', { text: shown, digits })]);
}

/** "8O%", "9,5 %%", "1l,5": a number with a letter or sign that slipped in. */
function readMalformed(text: string, decimal: DecimalSeparator): CellReading | undefined {
  const repeated = REPEATED_PERCENT.exec(text);
  const hasLetters = LOOKS_NUMERIC.test(text) && /\d/.test(text) && /[OoIl]/.test(text);
  if (!repeated && !hasLetters) return undefined;
  const suggestion = text.replace(/[Oo]/g, '0').replace(/[Il]/g, '1').replace(/\s*%+$/, (m) => (m.includes('%') ? '%' : ''));
  const fixed = readCellByPatterns(suggestion, { decimal });
  const fixValue = fixed.value.kind === 'number' || fixed.value.kind === 'percent' ? fixed.value.value : undefined;
  return ok({ kind: 'invalid', text }, [problem('malformed_number', 'error', { text, suggestion },
    fixValue === undefined ? {} : { fix: { value: fixValue } })]);
}

/** "Cấp huyện: 60% Cấp xã: >40%": one value or target per level of government. */
function readPerLevel(text: string, decimal: DecimalSeparator, assumePercent: boolean): CellValue | undefined {
  // The first head must open the text: an anchored test spares scanning every prose cell for heads.
  if (!LEVEL_FIRST.test(text)) return undefined;
  const heads = [...text.matchAll(LEVEL)];
  if (heads.length === 0 || (heads[0]?.index ?? -1) !== 0) return undefined;
  const entries: { level: string; value: ScalarValue }[] = [];
  for (let i = 0; i < heads.length; i++) {
    const head = heads[i];
    if (!head) return undefined;
    const start = (head.index ?? 0) + head[0].length;
    const end = heads[i + 1]?.index ?? text.length;
    const part = text.slice(start, end).trim().replace(/[;,.]$/, '').trim();
    const reading = readCellByPatterns(part, { decimal, context: 'percent', assumePercent });
    const v = reading.value;
    if (v.kind !== 'number' && v.kind !== 'percent' && v.kind !== 'target') return undefined;
    const level = (head[1] ?? '').trim();
    entries.push({ level: level.charAt(0).toUpperCase() + level.slice(1), value: v });
  }
  return { kind: 'per-level', entries };
}
