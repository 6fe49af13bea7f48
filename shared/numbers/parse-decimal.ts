import { isDigit } from '../text/characters';

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
  return readDecimal(token, options.decimal, options.context);
}

/** parseDecimal with its options as arguments: the cell reader calls it for most cells, and an options object per call is garbage. */
export function readDecimal(token: string, decimal: DecimalSeparator, context: NumberContext): DecimalReading | undefined {
  if (!scanDecimal(token, decimal, context)) return undefined;
  return SCAN.issue ? { value: SCAN.value, issue: SCAN.issue } : { value: SCAN.value };
}

/**
 * readDecimal without the reading object: true when the token reads as a finite number, which
 * `lastScan` then holds until the next scan. For the cell reader's bare numerals, most cells of a sheet.
 */
export function scanDecimal(token: string, decimal: DecimalSeparator, context: NumberContext): boolean {
  return parseFinite(token, decimal, context) && Number.isFinite(SCAN.value) &&
    (!SCAN.issue || SCAN.issue.kind !== 'ambiguous' || Number.isFinite(SCAN.issue.asDecimal));
}

/** What the last scan read: one object, written over by each scan. */
const SCAN: { value: number; issue: DecimalIssue | undefined } = { value: 0, issue: undefined };
export const lastScan: Readonly<typeof SCAN> = SCAN;

/** A numeral that reads as a number but not as a finite double: "9" typed 400 times. */
export function isOverflowingNumeral(token: string, decimal: DecimalSeparator): boolean {
  return parseFinite(token, decimal, 'any') && !Number.isFinite(SCAN.value);
}

/** Records a reading in SCAN; true, for parseFinite's returns. */
function found(value: number, issue: DecimalIssue | undefined): boolean {
  SCAN.value = value;
  SCAN.issue = issue;
  return true;
}

/** Up to 15 digits a double holds every integer exactly, so adding digits one by one gives what Number() of them gives. */
const EXACT_DIGITS = 15;

const WRONG_SEPARATOR: DecimalIssue = Object.freeze({ kind: 'wrong-separator' });

/**
 * One left-to-right scan of the token, no regular expression and no array: the digit groups'
 * lengths and the separators decide the reading. The rules, as patterns (d the decimal separator,
 * g the grouping one): both present → "^\d{1,3}(other\d{3})*last\d+$" where last is the later of
 * the two; one kind only → grouping when "^[1-9]\d{0,2}(sep\d{3})+$".
 * Every reading is the token's digits as one integer over a power of ten (the digits after the last
 * separator when it is a decimal point): accumulated during the scan when they fit a double
 * exactly, else read from the digits' text.
 */
function parseFinite(token: string, d: DecimalSeparator, context: NumberContext): boolean {
  const trimmed = token.trim();
  const n = trimmed.length;
  if (n === 0) return false;
  const first = trimmed.charCodeAt(0);
  const negative = first === 0x2d || first === 0x2212;
  const start = negative || first === 0x2b ? 1 : 0;
  if (start >= n || !isDigit(trimmed.charCodeAt(start)) || !isDigit(trimmed.charCodeAt(n - 1))) return false;
  const dCode = d === ',' ? 0x2c : 0x2e;
  let dCount = 0;
  let gCount = 0;
  let lastSep = -1;
  let firstGroup = -1;
  /** Every group after the first and before the last is 3 digits long. */
  let middleOfThree = true;
  let groupStart = start;
  let digits = 0;
  let whole = 0;
  for (let i = start; i < n; i++) {
    const c = trimmed.charCodeAt(i);
    if (isDigit(c)) {
      digits++;
      whole = whole * 10 + (c - 0x30);
      continue;
    }
    if (c !== 0x2c && c !== 0x2e) return false;
    if (c === dCode) dCount++;
    else gCount++;
    if (firstGroup < 0) firstGroup = i - groupStart;
    else if (i - groupStart !== 3) middleOfThree = false;
    lastSep = i;
    groupStart = i + 1;
  }
  // Beyond 15 digits the running integer may have drifted: the digits' text is read instead (-1).
  const known = digits <= EXACT_DIGITS ? whole : -1;
  if (lastSep < 0) return found(signed(negative, known >= 0 ? known : Number(trimmed.slice(start))), undefined);
  const lastGroup = n - 1 - lastSep;
  const firstOk = firstGroup >= 1 && firstGroup <= 3;

  if (dCount > 0 && gCount > 0) {
    const lastIsD = trimmed.charCodeAt(lastSep) === dCode;
    if ((lastIsD ? dCount : gCount) !== 1 || !firstOk || !middleOfThree) return false;
    const value = over(trimmed, start, negative, known, lastGroup);
    return found(value, lastIsD ? undefined : WRONG_SEPARATOR);
  }

  const sepIsD = dCount > 0;
  const count = sepIsD ? dCount : gCount;
  const grouping = firstOk && middleOfThree && lastGroup === 3 && trimmed.charCodeAt(start) !== 0x30;

  if (sepIsD) {
    if (count === 1) return found(over(trimmed, start, negative, known, lastGroup), undefined);
    return grouping ? found(over(trimmed, start, negative, known, 0), WRONG_SEPARATOR) : false;
  }
  if (grouping) {
    if (count > 1 || context === 'count') return found(over(trimmed, start, negative, known, 0), undefined);
    const dec = over(trimmed, start, negative, known, lastGroup);
    if (context === 'points' || context === 'percent') return found(dec, WRONG_SEPARATOR);
    return found(over(trimmed, start, negative, known, 0), { kind: 'ambiguous', asDecimal: dec });
  }
  return count === 1 ? found(over(trimmed, start, negative, known, lastGroup), WRONG_SEPARATOR) : false;
}

/**
 * The token's digits (sign and separators dropped) as one integer over 10^decimals, signed. `whole`
 * is that integer when the scan could accumulate it exactly, else -1: the digits' text is read.
 * A top-level function rather than a closure: the reader runs once a cell.
 */
function over(token: string, start: number, negative: boolean, whole: number, decimals: number): number {
  return signed(negative, whole >= 0 ? whole / 10 ** decimals : fromDigits(token, start, decimals));
}

/** For numerals too long to accumulate exactly. */
function fromDigits(token: string, start: number, decimals: number): number {
  let text = '';
  for (let i = start; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (isDigit(c)) text += token.charAt(i);
  }
  // Leading zeros change nothing: Number("0085") is 85.
  return Number(text) / 10 ** decimals;
}

function signed(negative: boolean, v: number): number {
  return negative && v !== 0 ? -v : v;
}


/** Lenient reading for numbers inside prose and formulas ("79.66%", "0,07"), where either separator is a decimal point unless it groups thousands. */
export function parseLooseNumber(token: string): number | undefined {
  // The comma reading wins whenever there is one (an ambiguous "1.234" is its thousands reading); else the dot's.
  if (scanDecimal(token, ',', 'any')) return SCAN.value;
  return scanDecimal(token, '.', 'any') ? SCAN.value : undefined;
}
