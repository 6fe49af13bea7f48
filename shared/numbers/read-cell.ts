import { problem, type Problem } from '../problems/problem';
import { textOf } from '../text/text-of';
import { cleanResidue } from './clean-residue';
import { findRatios } from './find-ratios';
import { isOverflowingNumeral, parseDecimal, readDecimal, type DecimalReading, type DecimalSeparator, type NumberContext } from './parse-decimal';
import { parseTarget, type TargetReading } from './parse-target';
import { percentToFraction } from './rounding';
import type { CellValue, ScalarValue } from './values';

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
const REPEATED_PERCENT = new RegExp(`^(${N})\\s*%{2,}$`, 'u');
// One character class, then a digit test: "[…]*\d[…]*" backtracks quadratically on a long run of digits.
const LOOKS_NUMERIC = /^[-+\u2212]?[\dOoIl.,]+\s*%*$/u;
const LEVEL = /(cấp\s+[\p{L}]+(?:\s+[\p{L}]+)?)\s*:\s*/giu;
const LEVEL_FIRST = /^cấp\s/iu;
/** The first characters LOOKS_NUMERIC and REPEATED_PERCENT accept. */
const MALFORMED_LEAD: ReadonlySet<number> = new Set([...'-+\u2212.,OoIl'].map((c) => c.charCodeAt(0)));
const COUNT = /^(\d[\d.,]*)\s+(\p{L}[\p{L}\s]*)(\(.*\))?$/u;
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
    if (text.charCodeAt(text.length - 1) === 0x29) {
      const percentWithRatio = readPercentWithRatio(text, decimal);
      if (percentWithRatio) return percentWithRatio;
    }
    const overflow = readOverflow(text, decimal);
    if (overflow) return overflow;
  }
  // Both patterns of a malformed number open with a sign, a digit, a separator or a look-alike letter (O, o, I, l).
  if (digitFirst || MALFORMED_LEAD.has(lead)) {
    const malformed = readMalformed(text, decimal);
    if (malformed) return malformed;
  }

  // Per-level values open with "Cấp" (any case).
  if (lead === 0x63 || lead === 0x43) {
    const perLevel = readPerLevel(text, decimal, options.assumePercent ?? false);
    if (perLevel) return ok(perLevel);
  }

  const ratios = findRatios(text);
  const first = ratios.length === 1 ? ratios[0] : undefined;
  if (first) {
    if (withoutOuterBrackets(text) === withoutOuterBrackets(first.text)) return ok({ kind: 'ratio', ratio: first });
    // "12/15 hồ sơ": the ratio and the noun it counts, nothing else.
    if (first.item && text.replace(/\s+/g, ' ') === `${first.text} ${first.item}`) return ok({ kind: 'ratio', ratio: first });
  }

  const target = parseTarget(text, { decimal, assumePercent: options.assumePercent === true });
  if (target) {
    // Fields in the reading's order, set rather than spread: V8 builds spreads slowly.
    const value: { kind: 'target'; bound: TargetReading['bound']; unit: TargetReading['unit']; item?: string } = { kind: 'target', bound: target.bound, unit: target.unit };
    if (target.item !== undefined) value.item = target.item;
    return ok(value);
  }

  const count = digitFirst ? COUNT.exec(text) : null;
  if (count && (count[2] ?? '').trim().split(/\s+/).length <= 4) {
    const reading = readDecimal(count[1] ?? '', decimal, 'count');
    if (reading) {
      const note = count[3];
      const value: { kind: 'count'; value: number; item: string; note?: string } = { kind: 'count', value: reading.value, item: (count[2] ?? '').trim() };
      if (note) value.note = note;
      return ok(value);
    }
  }
  return ok({ kind: 'text', text, ratios });
}

/** What "/^\(|\)$/g" → "" leaves: the text without an opening bracket at its start and a closing one at its end. */
function withoutOuterBrackets(text: string): string {
  const from = text.charCodeAt(0) === 0x28 ? 1 : 0;
  const to = text.length > from && text.charCodeAt(text.length - 1) === 0x29 ? text.length - 1 : text.length;
  return from === 0 && to === text.length ? text : text.slice(from, to);
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
  if (i >= n || !isAsciiDigit(text.charCodeAt(i))) return undefined;
  for (i++; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!isAsciiDigit(c) && c !== 0x2c && c !== 0x2e) break;
  }
  if (i === n) {
    const reading = readDecimal(text, decimal, context);
    return reading ? fromDecimal(text, reading, assumePercent) : undefined;
  }
  const numeralEnd = i;
  if (text.charCodeAt(i) === 0x20) i++;
  if (i !== n - 1 || text.charCodeAt(i) !== 0x25) return undefined;
  const reading = readDecimal(text.slice(0, numeralEnd), decimal, 'percent');
  return reading ? fromDecimal(text, reading, true) : undefined;
}

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

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
  const fixed = readCell(suggestion, { decimal });
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
    const reading = readCell(part, { decimal, context: 'percent', assumePercent });
    const v = reading.value;
    if (v.kind !== 'number' && v.kind !== 'percent' && v.kind !== 'target') return undefined;
    const level = (head[1] ?? '').trim();
    entries.push({ level: level.charAt(0).toUpperCase() + level.slice(1), value: v });
  }
  return { kind: 'per-level', entries };
}
