import { readCell } from '../numbers/read-cell';
import { meetsBound } from '../numbers/parse-target';
import type { DecimalSeparator } from '../numbers/parse-decimal';
import type { ScalarValue, TargetBound } from '../numbers/values';
import { problem, type Problem } from '../problems/problem';
import { foldDiacritics } from '../text/fold-diacritics';

export type TargetCheck =
  | { readonly ok: true; readonly met: boolean; readonly actual: number; readonly bound: TargetBound }
  | { readonly ok: false; readonly problem: Problem };

export interface TargetCheckOptions {
  readonly decimal?: DecimalSeparator;
  /** For per-level targets ("Cấp huyện: 60% Cấp xã: >40%"): which level to check. */
  readonly level?: string;
}

/**
 * Whether an achieved value meets a target as plans word it ("Tối thiểu 80%" against 72,5 %).
 * The actual value may be a fraction, a number cell formatted as percent, or typed text.
 */
export function checkTarget(actual: unknown, target: unknown, options: TargetCheckOptions = {}): TargetCheck {
  const decimal = options.decimal ?? ',';
  const t = readCell(target, { decimal, context: 'percent' }).value;
  let scalar: ScalarValue | undefined;
  if (t.kind === 'per-level') {
    const wanted = options.level ? foldDiacritics(options.level) : undefined;
    scalar = t.entries.find((e) => wanted !== undefined && foldDiacritics(e.level).endsWith(wanted.replace(/^cap /, '')))?.value;
  } else if (t.kind === 'target' || t.kind === 'percent' || t.kind === 'number') {
    scalar = t;
  }
  if (!scalar) {
    return { ok: false, problem: problem('target_unreadable', 'error', { text: typeof target === 'string' ? target : String(target) }) };
  }
  const read = readCell(actual, { decimal, context: 'percent' }).value;
  // "12/15 hồ sơ" reached is the percentage its counts give.
  const a = read.kind === 'ratio' && read.ratio.denominator > 0 && read.ratio.factor === undefined && read.ratio.stated === undefined
    ? { kind: 'percent' as const, value: read.ratio.numerator / read.ratio.denominator } : read;
  if (a.kind !== 'number' && a.kind !== 'percent') {
    return { ok: false, problem: problem('number_expected', 'error', { text: String(actual ?? '') }) };
  }
  const targetIsPercent = scalar.kind === 'percent' || (scalar.kind === 'target' && scalar.unit === 'percent');
  // "Tối thiểu 80" in a row whose unit is %, checked against 0,725: both sides must be fractions.
  let actualValue = a.value;
  let bound: TargetBound = scalar.kind === 'target' ? scalar.bound : { op: 'gte', value: scalar.value };
  if (targetIsPercent && a.kind === 'number' && actualValue > 1.5) actualValue /= 100;
  if (!targetIsPercent && actualValue <= 1.5 && boundMagnitude(bound) > 1.5) bound = scaleBound(bound, 0.01);
  return { ok: true, met: meetsBound(actualValue, bound), actual: actualValue, bound };
}

function boundMagnitude(b: TargetBound): number {
  return b.op === 'between' ? b.max : b.value;
}

function scaleBound(b: TargetBound, k: number): TargetBound {
  return b.op === 'between' ? { op: 'between', min: b.min * k, max: b.max * k } : { op: b.op, value: b.value * k };
}
