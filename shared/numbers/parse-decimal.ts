export type DecimalSeparator = ',' | '.';

/**
 * What the number is about. Counts of files, people and documents are whole numbers, so a dot
 * followed by three digits is a thousands separator there; in points and percentages it is not.
 */
export type NumberContext = 'count' | 'points' | 'percent' | 'any';

export interface DecimalOptions {
  /** The workbook's decimal separator: ',' for vi-VN. */
  readonly decimal: DecimalSeparator;
  readonly context: NumberContext;
}

export type DecimalIssue =
  /** Typed with the other locale's separator: a spreadsheet keeps it as text. */
  | { readonly kind: 'wrong-separator' }
  /** Cannot tell thousands from decimals; `value` is the thousands reading. */
  | { readonly kind: 'ambiguous'; readonly asDecimal: number };

export interface DecimalReading {
  readonly value: number;
  readonly issue?: DecimalIssue;
}

/**
 * Reads one numeric token ("2,00", "14.678", "-1,15"); undefined when it is not a number, or when
 * it is too long for a double (400 nines): no reader downstream ever sees Infinity or NaN.
 */
export function parseDecimal(token: string, options: DecimalOptions): DecimalReading | undefined {
  const reading = parseFinite(token, options);
  return reading && Number.isFinite(reading.value) && (!reading.issue || reading.issue.kind !== 'ambiguous' || Number.isFinite(reading.issue.asDecimal))
    ? reading : undefined;
}

/** A numeral that reads as a number but not as a finite double: "9" typed 400 times. */
export function isOverflowingNumeral(token: string, decimal: DecimalSeparator): boolean {
  const reading = parseFinite(token, { decimal, context: 'any' });
  return reading !== undefined && !Number.isFinite(reading.value);
}

/**
 * One left-to-right scan of the token, no regular expression and no array: the digit groups'
 * lengths and the separators decide the reading. The rules, as patterns (d the decimal separator,
 * g the grouping one): both present → "^\d{1,3}(other\d{3})*last\d+$" where last is the later of
 * the two; one kind only → grouping when "^[1-9]\d{0,2}(sep\d{3})+$".
 */
function parseFinite(token: string, options: DecimalOptions): DecimalReading | undefined {
  const trimmed = token.trim();
  const n = trimmed.length;
  if (n === 0) return undefined;
  const first = trimmed.charCodeAt(0);
  const negative = first === 0x2d || first === 0x2212;
  const start = negative || first === 0x2b ? 1 : 0;
  if (start >= n || !isDigit(trimmed.charCodeAt(start)) || !isDigit(trimmed.charCodeAt(n - 1))) return undefined;
  const d = options.decimal;
  const dCode = d === ',' ? 0x2c : 0x2e;
  let dCount = 0;
  let gCount = 0;
  let lastSep = -1;
  let firstGroup = -1;
  /** Every group after the first and before the last is 3 digits long. */
  let middleOfThree = true;
  let groupStart = start;
  for (let i = start; i < n; i++) {
    const c = trimmed.charCodeAt(i);
    if (isDigit(c)) continue;
    if (c !== 0x2c && c !== 0x2e) return undefined;
    if (c === dCode) dCount++;
    else gCount++;
    if (firstGroup < 0) firstGroup = i - groupStart;
    else if (i - groupStart !== 3) middleOfThree = false;
    lastSep = i;
    groupStart = i + 1;
  }
  if (lastSep < 0) return { value: signed(negative, Number(trimmed.slice(start))) };
  // Helpers below are top-level functions, not closures: the reader runs once a cell.
  const body = trimmed.slice(start);
  const lastGroup = n - 1 - lastSep;
  const firstOk = firstGroup >= 1 && firstGroup <= 3;

  if (dCount > 0 && gCount > 0) {
    const lastIsD = trimmed.charCodeAt(lastSep) === dCode;
    if ((lastIsD ? dCount : gCount) !== 1 || !firstOk || !middleOfThree) return undefined;
    const sep = lastSep - start;
    const other = lastIsD ? (d === ',' ? '.' : ',') : d;
    const value = signed(negative, exact(body.slice(0, sep).split(other).join(''), body.slice(sep + 1)));
    return lastIsD ? { value } : { value, issue: { kind: 'wrong-separator' } };
  }

  const sepIsD = dCount > 0;
  const count = sepIsD ? dCount : gCount;
  const grouping = firstOk && middleOfThree && lastGroup === 3 && trimmed.charCodeAt(start) !== 0x30;
  const sep: DecimalSeparator = trimmed.charAt(lastSep) as DecimalSeparator;

  if (sepIsD) {
    if (count === 1) return { value: signed(negative, splitAt(trimmed, start, lastSep)) };
    return grouping ? { value: signed(negative, withoutGroups(body, sep)), issue: { kind: 'wrong-separator' } } : undefined;
  }
  if (grouping) {
    if (count > 1 || options.context === 'count') return { value: signed(negative, withoutGroups(body, sep)) };
    const dec = signed(negative, splitAt(trimmed, start, lastSep));
    if (options.context === 'points' || options.context === 'percent') {
      return { value: dec, issue: { kind: 'wrong-separator' } };
    }
    return { value: signed(negative, withoutGroups(body, sep)), issue: { kind: 'ambiguous', asDecimal: dec } };
  }
  return count === 1 ? { value: signed(negative, splitAt(trimmed, start, lastSep)), issue: { kind: 'wrong-separator' } } : undefined;
}

/** The digits before and after the separator at `at`, read as one decimal. */
function splitAt(text: string, start: number, at: number): number {
  return exact(text.slice(start, at), text.slice(at + 1));
}

function withoutGroups(body: string, sep: string): number {
  return exact(body.split(sep).join(''), '');
}

function signed(negative: boolean, v: number): number {
  return negative && v !== 0 ? -v : v;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Integer digits over a power of ten: the closest double to the typed decimal, with no drift. */
function exact(intDigits: string, fracDigits: string): number {
  // Leading zeros change nothing: Number("0085") is 85.
  return Number(intDigits + fracDigits) / 10 ** fracDigits.length;
}

/** Lenient reading for numbers inside prose and formulas ("79.66%", "0,07"), where either separator is a decimal point unless it groups thousands. */
export function parseLooseNumber(token: string): number | undefined {
  const vi = parseDecimal(token, { decimal: ',', context: 'any' });
  if (vi && vi.issue?.kind !== 'ambiguous') return vi.value;
  const en = parseDecimal(token, { decimal: '.', context: 'any' });
  if (vi?.issue?.kind === 'ambiguous') return vi.value;
  return en?.value;
}
