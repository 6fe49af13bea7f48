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

const NUMBER_TOKEN = /^[-+\u2212]?\d[\d.,]*$/;

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

function parseFinite(token: string, options: DecimalOptions): DecimalReading | undefined {
  const trimmed = token.trim();
  if (!NUMBER_TOKEN.test(trimmed) || /[.,]$/.test(trimmed)) return undefined;
  const negative = /^[-\u2212]/.test(trimmed);
  const body = trimmed.replace(/^[-+\u2212]/, '');
  const signed = (v: number): number => (negative && v !== 0 ? -v : v);
  const d = options.decimal;
  const g: DecimalSeparator = d === ',' ? '.' : ',';
  const hasD = body.includes(d);
  const hasG = body.includes(g);

  if (!hasD && !hasG) return { value: signed(exact(body, '')) };

  if (hasD && hasG) {
    const last = body[Math.max(body.lastIndexOf(d), body.lastIndexOf(g))] as DecimalSeparator;
    const other = last === d ? g : d;
    const pattern = new RegExp(`^\\d{1,3}(${esc(other)}\\d{3})*${esc(last)}\\d+$`);
    if (!pattern.test(body)) return undefined;
    const [intPart = '', frac = ''] = splitLast(body, last);
    const value = signed(exact(intPart.split(other).join(''), frac));
    return last === d ? { value } : { value, issue: { kind: 'wrong-separator' } };
  }

  const sep: DecimalSeparator = hasD ? d : g;
  const count = body.split(sep).length - 1;
  const grouping = new RegExp(`^[1-9]\\d{0,2}(${esc(sep)}\\d{3})+$`).test(body);
  const thousands = (): number => signed(exact(body.split(sep).join(''), ''));
  const asDecimal = (): number | undefined => {
    if (count !== 1) return undefined;
    const [intPart = '', frac = ''] = splitLast(body, sep);
    return signed(exact(intPart, frac));
  };

  if (sep === d) {
    if (count === 1) return { value: asDecimal() as number };
    return grouping ? { value: thousands(), issue: { kind: 'wrong-separator' } } : undefined;
  }
  if (grouping) {
    if (count > 1 || options.context === 'count') return { value: thousands() };
    const dec = asDecimal() as number;
    if (options.context === 'points' || options.context === 'percent') {
      return { value: dec, issue: { kind: 'wrong-separator' } };
    }
    return { value: thousands(), issue: { kind: 'ambiguous', asDecimal: dec } };
  }
  const dec = asDecimal();
  return dec === undefined ? undefined : { value: dec, issue: { kind: 'wrong-separator' } };
}

/** Integer digits over a power of ten: the closest double to the typed decimal, with no drift. */
function exact(intDigits: string, fracDigits: string): number {
  const digits = (intDigits + fracDigits).replace(/^0+(?=\d)/, '');
  return Number(digits) / 10 ** fracDigits.length;
}

function splitLast(text: string, sep: string): [string, string] {
  const i = text.lastIndexOf(sep);
  return [text.slice(0, i), text.slice(i + 1)];
}

function esc(ch: string): string {
  return ch === '.' ? '\\.' : ch;
}

/** Lenient reading for numbers inside prose and formulas ("79.66%", "0,07"), where either separator is a decimal point unless it groups thousands. */
export function parseLooseNumber(token: string): number | undefined {
  const vi = parseDecimal(token, { decimal: ',', context: 'any' });
  if (vi && vi.issue?.kind !== 'ambiguous') return vi.value;
  const en = parseDecimal(token, { decimal: '.', context: 'any' });
  if (vi?.issue?.kind === 'ambiguous') return vi.value;
  return en?.value;
}
