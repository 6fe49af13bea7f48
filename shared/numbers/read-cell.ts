import { problem, type Problem } from '../problems/problem';
import { textOf } from '../text/text-of';
import { cleanResidue } from './clean-residue';
import { findRatios } from './find-ratios';
import { isOverflowingNumeral, lastScan, parseDecimal, scanDecimal, type DecimalIssue, type DecimalSeparator, type NumberContext } from './parse-decimal';
import { parseTarget, type TargetOptions, type TargetReading } from './parse-target';
import { percentToFraction } from './rounding';
import type { CellValue, ScalarValue } from './values';
import { isDigit, isNumeralChar, isSpace, letterLengthAt, skipLetters, skipSpaces } from '../text/characters';

export interface ReadOptions {
  /** The workbook's decimal separator; vi-VN workbooks use ','. */
  readonly decimal?: DecimalSeparator;
  readonly context?: NumberContext;
  /** The row's unit is "%": a bare "Tối thiểu 80" or "95" means a percentage. */
  readonly assumePercent?: boolean;
}

export interface CellReading {
  readonly value: CellValue;
  readonly problems: readonly Problem[];
}

const N = String.raw`[-+\u2212]?\d[\d.,]*`;
const PERCENT_WITH_RATIO = new RegExp(`^(${N})\\s*%\\s*\\(\\s*(\\d[\\d.,]*\\s*/\\s*\\d[\\d.,]*(?:\\s+\\p{L}+(?:\\s+\\p{L}+)?)?)\\s*\\)$`, 'u');

/**
 * Reads a cell the way Vietnamese staff type it. Never throws: the value is always one of the
 * kinds of CellValue, and anything doubtful comes back as a problem beside it.
 */
export function readCell(raw: unknown, options: ReadOptions = {}): CellReading {
  const decimal = options.decimal ?? ',';
  const context = options.context ?? 'any';
  if (raw === null || raw === undefined || raw === '') return EMPTY;
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? ok({ kind: 'number', value: raw }) : ok({ kind: 'invalid', text: String(raw) });
  }
  if (typeof raw === 'string') {
    const plain = readPlainNumeral(raw, decimal, context, options.assumePercent === true);
    if (plain) return plain;
  }
  if (typeof raw === 'boolean') return ok({ kind: 'text', text: raw ? 'TRUE' : 'FALSE', ratios: [] });
  const typed = raw instanceof Date ? (Number.isNaN(raw.getTime()) ? '' : raw.toISOString().slice(0, 10)) : textOf(raw);
  const text = cleanResidue(typed);
  // Residue with no words in it ("<img …>") is still something typed into the cell: keep it as text, as typed.
  if (text === '') return typed.trim() === '' ? ok({ kind: 'empty' }) : ok({ kind: 'text', text: typed.trim(), ratios: [] });

  // Numbers, percentages and overflowing numerals all open with a sign or a digit: prose skips them.
  const lead = text.charCodeAt(0);
  const digitFirst = lead >= 0x30 && lead <= 0x39;
  if (digitFirst || lead === 0x2d || lead === 0x2b || lead === 0x2212) {
    // A bare numeral or percentage, as PERCENT and the one-token reading read it (cleaned text has
    // single inner spaces only): already tried above when the clean-up left the typed text as it was.
    if (text !== raw) {
      const plain = readPlainNumeral(text, decimal, context, options.assumePercent === true);
      if (plain) return plain;
    }
    // "100% (12/12)" closes with its bracket.
    if (text.charCodeAt(text.length - 1) === 0x29 && text.includes('%')) {
      const percentWithRatio = readPercentWithRatio(text, decimal);
      if (percentWithRatio) return percentWithRatio;
    }
    const overflow = readOverflow(text, decimal);
    if (overflow) return overflow;
  }
  // "8O%", "9,5 %%", "1l,5".
  if (mayBeMalformed(text)) return readMalformed(text, decimal);

  // Per-level values open with "Cấp" (any case).
  if (lead === 0x63 || lead === 0x43) {
    const perLevel = readPerLevel(text, decimal, options.assumePercent ?? false);
    if (perLevel) return ok(perLevel);
  }

  const ratios = findRatios(text);
  const first = ratios.length === 1 ? ratios[0] : undefined;
  if (first) {
    if (sameWithoutOuterBrackets(text, first.text)) return ok({ kind: 'ratio', ratio: first });
    // "12/15 hồ sơ": the ratio and the noun it counts, nothing else.
    if (first.item && text.replace(/\s+/g, ' ') === `${first.text} ${first.item}`) return ok({ kind: 'ratio', ratio: first });
  }

  const target = parseTarget(text, targetOptions(decimal, options.assumePercent === true));
  if (target) {
    // Fields in the reading's order, set rather than spread: V8 builds spreads slowly.
    const value: { kind: 'target'; bound: TargetReading['bound']; unit: TargetReading['unit']; item?: string } = { kind: 'target', bound: target.bound, unit: target.unit };
    if (target.item !== undefined) value.item = target.item;
    return ok(value);
  }

  if (digitFirst) {
    const count = readCount(text, decimal);
    if (count) return ok(count);
  }
  return ok({ kind: 'text', text, ratios });
}

/**
 * "14.678 hồ sơ", "1 sáng kiến (được chọn nhân rộng)": COUNT, "^(\d[\d.,]*)\s+(\p{L}[\p{L}\s]*)(\(.*\))?$",
 * with at most four words, matched by hand. Each part is greedy and what may follow it cannot be
 * part of it, so the one match tried is the longest numeral, then the longest run of words.
 */
function readCount(text: string, decimal: DecimalSeparator): CellValue | undefined {
  let i = 1;
  while (i < text.length && isNumeralChar(text.charCodeAt(i))) i++;
  const numeral = text.slice(0, i);
  const wordsStart = skipSpaces(text, i);
  if (wordsStart === i || letterLengthAt(text, wordsStart) === 0) return undefined;
  let j = wordsStart;
  for (;;) {
    const step = isSpace(text.charCodeAt(j)) ? 1 : letterLengthAt(text, j);
    if (step === 0) break;
    j += step;
  }
  let note: string | undefined;
  if (j < text.length) {
    // "\(.*\)$": a bracket to the end, "." stopping at a line break (cleaned text has none; the rule stays the pattern's).
    if (text.charCodeAt(j) !== 0x28 || text.charCodeAt(text.length - 1) !== 0x29 || j === text.length - 1 || hasLineBreak(text, j)) return undefined;
    note = text.slice(j);
  }
  const item = text.slice(wordsStart, j).trim();
  if (wordCount(item) > 4 || !scanDecimal(numeral, decimal, 'count')) return undefined;
  const value: { kind: 'count'; value: number; item: string; note?: string } = { kind: 'count', value: lastScan.value, item };
  if (note) value.note = note;
  return value;
}

/** "text.split(/\\s+/).length" of trimmed text, without the list. */
function wordCount(trimmed: string): number {
  let words = 1;
  for (let i = 0; i < trimmed.length; i++) {
    if (isSpace(trimmed.charCodeAt(i))) {
      words++;
      i = skipSpaces(trimmed, i) - 1;
    }
  }
  return words;
}

/** A character "." does not match: \n, \r, U+2028, U+2029. */
function hasLineBreak(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/** Whether "a" and "b" are equal once "/^\\(|\\)$/g" → "" has taken an opening bracket off their start and a closing one off their end. */
function sameWithoutOuterBrackets(a: string, b: string): boolean {
  const aFrom = a.charCodeAt(0) === 0x28 ? 1 : 0;
  const aTo = a.length > aFrom && a.charCodeAt(a.length - 1) === 0x29 ? a.length - 1 : a.length;
  const bFrom = b.charCodeAt(0) === 0x28 ? 1 : 0;
  const bTo = b.length > bFrom && b.charCodeAt(b.length - 1) === 0x29 ? b.length - 1 : b.length;
  if (aTo - aFrom !== bTo - bFrom) return false;
  for (let i = 0; i < aTo - aFrom; i++) if (a.charCodeAt(aFrom + i) !== b.charCodeAt(bFrom + i)) return false;
  return true;
}

/**
 * "100% (12/12)": the percentage, with the counts behind it in brackets. The percentage is the
 * value; counts that give another percentage are reported beside it.
 */
function readPercentWithRatio(text: string, decimal: DecimalSeparator): CellReading | undefined {
  const m = PERCENT_WITH_RATIO.exec(text);
  if (!m) return undefined;
  const reading = parseDecimal(m[1] ?? '', { decimal, context: 'percent' });
  const ratios = findRatios(`(${m[2] ?? ''})`);
  const ratio = ratios.length === 1 ? ratios[0] : undefined;
  if (!reading || !ratio) return undefined;
  const value = percentToFraction(reading.value);
  const computed = ratio.denominator === 0 ? NaN : ratio.numerator / ratio.denominator;
  const agrees = Number.isFinite(computed) && Math.abs(computed - value) < 0.005;
  return ok({ kind: 'percent', value }, agrees ? [] : [problem('ratio_result_mismatch', 'warning', {
    text, stated: `${m[1] ?? ''}%`, computed: Number.isFinite(computed) ? `${Math.round(computed * 10000) / 100}%`.replace('.', ',') : '—',
  })]);
}

/** The four ways parseTarget is asked, made once rather than per cell. */
const TARGET_OPTIONS: Readonly<Record<DecimalSeparator, readonly [TargetOptions, TargetOptions]>> = {
  ',': [{ decimal: ',', assumePercent: false }, { decimal: ',', assumePercent: true }],
  '.': [{ decimal: '.', assumePercent: false }, { decimal: '.', assumePercent: true }],
};

function targetOptions(decimal: DecimalSeparator, assumePercent: boolean): TargetOptions {
  const pair = TARGET_OPTIONS[decimal] ?? [{ decimal, assumePercent: false }, { decimal, assumePercent: true }];
  return pair[assumePercent ? 1 : 0];
}

/** Shared by every reading without problems (most cells): frozen, so no caller can add to it. */
const NO_PROBLEMS: readonly Problem[] = Object.freeze([]);
const EMPTY: CellReading = Object.freeze({ value: Object.freeze({ kind: 'empty' }), problems: NO_PROBLEMS });

/**
 * Most typed cells are a bare numeral or percentage ("2,00", "-1,15", "92,8%", "80 %"): text that
 * the clean-up leaves as it is and that no other reader would take. One scan tells them apart and
 * they are read as the general path reads them (the percentage as PERCENT reads it, a lone token as
 * the "one token" branch does); anything else, or a numeral those readings refuse, goes the general way.
 */
function readPlainNumeral(text: string, decimal: DecimalSeparator, context: NumberContext, assumePercent: boolean): CellReading | undefined {
  const n = text.length;
  const lead = text.charCodeAt(0);
  let i = lead === 0x2d || lead === 0x2b || lead === 0x2212 ? 1 : 0;
  if (i >= n || !isDigit(text.charCodeAt(i))) return undefined;
  for (i++; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!isDigit(c) && c !== 0x2c && c !== 0x2e) break;
  }
  if (i === n) return scanDecimal(text, decimal, context) ? fromScan(text, assumePercent) : undefined;
  const numeralEnd = i;
  if (text.charCodeAt(i) === 0x20) i++;
  if (i !== n - 1 || text.charCodeAt(i) !== 0x25) return undefined;
  return scanDecimal(text.slice(0, numeralEnd), decimal, 'percent') ? fromScan(text, true) : undefined;
}

function ok(value: CellValue, problems: readonly Problem[] = NO_PROBLEMS): CellReading {
  return { value, problems };
}

/** The reading of the numeral scanDecimal has just read. */
function fromScan(text: string, percent: boolean): CellReading {
  return readingOf(text, lastScan.value, lastScan.issue, percent);
}

function readingOf(text: string, read: number, issue: DecimalIssue | undefined, percent: boolean): CellReading {
  const value: ScalarValue = percent ? { kind: 'percent', value: percentToFraction(read) } : { kind: 'number', value: read };
  if (!issue) return ok(value);
  if (issue.kind === 'wrong-separator') {
    return ok(value, [problem('wrong_decimal_separator', 'error',
      { text, value: read, suffix: percent ? '%' : '' },
      { fix: { value: value.value } })]);
  }
  return ok(value, [problem('ambiguous_thousands', 'warning',
    { text, asThousands: read, asDecimal: issue.asDecimal })]);
}

/** "9" typed 400 times reads past the largest double: a problem, never Infinity. */
function readOverflow(text: string, decimal: DecimalSeparator): CellReading | undefined {
  const numeral = text.endsWith('%') ? text.slice(0, -1).trimEnd() : text;
  if (!isOverflowingNumeral(numeral, decimal)) return undefined;
  const digits = numeral.replace(/\D/g, '').length;
  const shown = text.length > 24 ? `${text.slice(0, 12)}…${text.slice(-6)}` : text;
  return ok({ kind: 'invalid', text }, [problem('number_too_large', 'error', { text: shown, digits })]);
}

/**
 * A numeral with a look-alike letter in it ("^[-+−]?[\\dOoIl.,]+\\s*%*$" holding a digit and one of
 * O, o, I, l) or with its percent sign repeated ("^[-+−]?\\d[\\d.,]*\\s*%{2,}$"), told by one scan.
 * Counts such as "14.678 hồ sơ" stop at their first word.
 */
function mayBeMalformed(text: string): boolean {
  const lead = text.charCodeAt(0);
  const start = lead === 0x2d || lead === 0x2b || lead === 0x2212 ? 1 : 0;
  let digits = 0;
  let lookalikes = 0;
  let i = start;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digits++;
    else if (c === 0x4f || c === 0x6f || c === 0x49 || c === 0x6c) lookalikes++;
    else if (c !== 0x2c && c !== 0x2e) break;
  }
  if (i === start) return false;
  const percentFrom = skipSpaces(text, i);
  let end = percentFrom;
  while (end < text.length && text.charCodeAt(end) === 0x25) end++;
  if (end !== text.length) return false;
  const firstIsDigit = text.charCodeAt(start) >= 0x30 && text.charCodeAt(start) <= 0x39;
  return (digits > 0 && lookalikes > 0) || (firstIsDigit && lookalikes === 0 && end - percentFrom >= 2);
}

/** "8O%", "9,5 %%", "1l,5": a number with a letter or sign that slipped in. */
function readMalformed(text: string, decimal: DecimalSeparator): CellReading {
  const suggestion = suggestionOf(text);
  const fixed = readCell(suggestion, { decimal });
  const fixValue = fixed.value.kind === 'number' || fixed.value.kind === 'percent' ? fixed.value.value : undefined;
  return ok({ kind: 'invalid', text }, [problem('malformed_number', 'error', { text, suggestion },
    fixValue === undefined ? {} : { fix: { value: fixValue } })]);
}

/** "8O %%" → "80%": O and o as 0, I and l as 1, the spaces and percent signs at the end as one "%". */
function suggestionOf(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x25) end--;
  const percent = end < text.length;
  if (percent) while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  let out = '';
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    out += c === 0x4f || c === 0x6f ? '0' : c === 0x49 || c === 0x6c ? '1' : text.charAt(i);
  }
  return percent ? `${out}%` : out;
}

/** "Cấp huyện: 60% Cấp xã: >40%": one value or target per level of government. */
function readPerLevel(text: string, decimal: DecimalSeparator, assumePercent: boolean): CellValue | undefined {
  // The first head must open the text.
  let head = levelHeadAt(text, 0);
  if (!head) return undefined;
  const entries: { level: string; value: ScalarValue }[] = [];
  while (head) {
    const next = nextLevelHead(text, head.end);
    const reading = readCell(levelPart(text, head.end, next ? next.start : text.length), levelPartOptions(decimal, assumePercent));
    const v = reading.value;
    if (v.kind !== 'number' && v.kind !== 'percent' && v.kind !== 'target') return undefined;
    // The head opens with "c" or "C" and ends with a letter: trimmed already, capitalised by its first letter.
    const level = head.level.charCodeAt(0) === 0x43 ? head.level : `C${head.level.slice(1)}`;
    entries.push({ level, value: v });
    head = next;
  }
  return { kind: 'per-level', entries };
}

/** The ways a level's part is read, made once rather than per part. */
const LEVEL_PART_OPTIONS: Readonly<Record<DecimalSeparator, readonly [ReadOptions, ReadOptions]>> = {
  ',': [{ decimal: ',', context: 'percent', assumePercent: false }, { decimal: ',', context: 'percent', assumePercent: true }],
  '.': [{ decimal: '.', context: 'percent', assumePercent: false }, { decimal: '.', context: 'percent', assumePercent: true }],
};

function levelPartOptions(decimal: DecimalSeparator, assumePercent: boolean): ReadOptions {
  const pair = LEVEL_PART_OPTIONS[decimal] ?? [{ decimal, context: 'percent', assumePercent: false }, { decimal, context: 'percent', assumePercent: true }];
  return pair[assumePercent ? 1 : 0];
}

/**
 * A level's value between its head (spaces already skipped) and the next head, as
 * "part.trim().replace(/[;,.]$/, '').trim()" gives it: one slice instead of four strings.
 */
function levelPart(text: string, start: number, end: number): string {
  let to = end;
  while (to > start && isSpace(text.charCodeAt(to - 1))) to--;
  const mark = text.charCodeAt(to - 1);
  if (to > start && (mark === 0x3b || mark === 0x2c || mark === 0x2e)) {
    to--;
    while (to > start && isSpace(text.charCodeAt(to - 1))) to--;
  }
  return text.slice(start, to);
}

interface LevelHead {
  readonly start: number;
  /** Past the head's colon and the spaces after it. */
  readonly end: number;
  /** "Cấp huyện", "cấp xã" as typed. */
  readonly level: string;
}

/** The next head at or after `from`, as a global search with LEVEL finds it. */
function nextLevelHead(text: string, from: number): LevelHead | undefined {
  for (let p = from; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c !== 0x63 && c !== 0x43) continue;
    const head = levelHeadAt(text, p);
    if (head) return head;
  }
  return undefined;
}

/**
 * LEVEL, "(cấp\s+\p{L}+(?:\s+\p{L}+)?)\s*:\s*" (any case), matched at `at` by hand: the words are
 * greedy and a shorter word would leave a letter where a space or the colon must stand, so the one
 * match tried is the longest words, with the second word first.
 */
function levelHeadAt(text: string, at: number): LevelHead | undefined {
  const c = text.charCodeAt(at);
  const a = text.charCodeAt(at + 1);
  const p = text.charCodeAt(at + 2);
  if ((c !== 0x63 && c !== 0x43) || (a !== 0x1ea5 && a !== 0x1ea4) || (p !== 0x70 && p !== 0x50)) return undefined;
  let i = at + 3;
  const spaced = skipSpaces(text, i);
  if (spaced === i) return undefined;
  const firstWordEnd = skipLetters(text, spaced);
  if (firstWordEnd === spaced) return undefined;
  // The second word, when a colon follows it.
  const gap = skipSpaces(text, firstWordEnd);
  if (gap > firstWordEnd) {
    const secondWordEnd = skipLetters(text, gap);
    if (secondWordEnd > gap) {
      const colon = skipSpaces(text, secondWordEnd);
      if (text.charCodeAt(colon) === 0x3a) return { start: at, end: skipSpaces(text, colon + 1), level: text.slice(at, secondWordEnd) };
    }
  }
  i = skipSpaces(text, firstWordEnd);
  if (text.charCodeAt(i) !== 0x3a) return undefined;
  return { start: at, end: skipSpaces(text, i + 1), level: text.slice(at, firstWordEnd) };
}

