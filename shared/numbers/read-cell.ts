import { problem, type Problem } from '../problems/problem';
import { textOf } from '../text/text-of';
import { cleanResidue } from './clean-residue';
import { findRatios } from './find-ratios';
import { isOverflowingNumeral, parseDecimal, type DecimalReading, type DecimalSeparator, type NumberContext } from './parse-decimal';
import { parseTarget } from './parse-target';
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
const PERCENT = new RegExp(`^(${N})\\s*%$`, 'u');
const REPEATED_PERCENT = new RegExp(`^(${N})\\s*%{2,}$`, 'u');
// One character class, then a digit test: "[…]*\d[…]*" backtracks quadratically on a long run of digits.
const LOOKS_NUMERIC = /^[-+\u2212]?[\dOoIl.,]+\s*%*$/u;
const LEVEL = /(cấp\s+[\p{L}]+(?:\s+[\p{L}]+)?)\s*:\s*/giu;
const LEVEL_FIRST = /^cấp\s/iu;
const COUNT = /^(\d[\d.,]*)\s+(\p{L}[\p{L}\s]*)(\(.*\))?$/u;
const PERCENT_WITH_RATIO = new RegExp(`^(${N})\\s*%\\s*\\(\\s*(\\d[\\d.,]*\\s*/\\s*\\d[\\d.,]*(?:\\s+\\p{L}+(?:\\s+\\p{L}+)?)?)\\s*\\)$`, 'u');

/**
 * Reads a cell the way Vietnamese staff type it. Never throws: the value is always one of the
 * kinds of CellValue, and anything doubtful comes back as a problem beside it.
 */
export function readCell(raw: unknown, options: ReadOptions = {}): CellReading {
  const decimal = options.decimal ?? ',';
  const context = options.context ?? 'any';
  if (raw === null || raw === undefined) return ok({ kind: 'empty' });
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? ok({ kind: 'number', value: raw }) : ok({ kind: 'invalid', text: String(raw) });
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

  const ratios = findRatios(text);
  const onlyRatio = ratios.length === 1 && ratios[0] && text.replace(/^\(|\)$/g, '') === ratios[0].text.replace(/^\(|\)$/g, '');
  if (onlyRatio && ratios[0]) return ok({ kind: 'ratio', ratio: ratios[0] });
  // "12/15 hồ sơ": the ratio and the noun it counts, nothing else.
  const only = ratios.length === 1 ? ratios[0] : undefined;
  if (only?.item && text.replace(/\s+/g, ' ') === `${only.text} ${only.item}`) return ok({ kind: 'ratio', ratio: only });

  const target = parseTarget(text, { decimal, ...(options.assumePercent ? { assumePercent: true } : {}) });
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
