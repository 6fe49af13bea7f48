import { isCriterionCode } from '../criteria/criterion-code';
import { findCriterion } from '../criteria/walk';
import { readCell } from '../numbers/read-cell';
import { roundTo, roundPoints } from '../numbers/rounding';
import { problem } from '../problems/problem';
import { evaluateRule } from '../rules/registry';
import type { RuleInput } from '../rules/rule';
import { checkTarget } from '../scoring/target-met';
import type { FnArg, FnScalar, FnValue, FunctionEntry } from './function-entry';

const bad = (text: unknown): FnValue => ({ problem: problem('number_expected', 'error', { text: text === null ? '(trống)' : String(text) }) });

/** A number as staff type it: 0,85 typed as text in a vi-VN sheet counts, "8O" does not. */
function numberOf(v: FnScalar, context: 'points' | 'count' | 'percent' = 'points'): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const reading = readCell(v, { decimal: ',', context });
  const value = reading.value;
  if (reading.problems.some((p) => p.code === 'malformed_number')) return undefined;
  return value.kind === 'number' || value.kind === 'percent' ? value.value : undefined;
}

function flatten(arg: FnArg): FnScalar[] {
  return Array.isArray(arg) ? (arg as readonly (readonly FnScalar[])[]).flat() : [arg as FnScalar];
}

const score: FunctionEntry = {
  name: 'SCORE',
  result: 'number',
  shape: 'element-wise',
  evaluate([codeOrMax = null, numerator = null, denominator = null], ctx) {
    const max = typeof codeOrMax === 'number' ? codeOrMax : undefined;
    const code = typeof codeOrMax === 'string' && isCriterionCode(codeOrMax.trim()) ? codeOrMax.trim() : undefined;
    const criterion = code ? findCriterion(ctx.set, code) : undefined;
    if (max === undefined && !criterion) {
      return { problem: problem('rule_outcome_unknown', 'error', { code: String(codeOrMax ?? ''), outcome: String(codeOrMax ?? ''), known: 'mã tiêu chí của Bộ chỉ số đang dùng hoặc một số điểm tối đa' }) };
    }
    const input = inputFor(numerator, denominator);
    if ('problem' in input) return input;
    const rule = criterion?.rule ?? { kind: 'ratio' as const };
    const e = evaluateRule(rule, input, code ?? '', max ?? criterion?.max ?? 0);
    if (!e.ok) return { problem: e.problem };
    return roundPoints(e.points, ctx.set.rounding);
  },
};

function inputFor(numerator: FnScalar, denominator: FnScalar): RuleInput | { problem: ReturnType<typeof problem> } {
  if (denominator !== null && denominator !== '') {
    const n = numberOf(numerator, 'count');
    const d = numberOf(denominator, 'count');
    if (n === undefined) return bad(numerator) as { problem: ReturnType<typeof problem> };
    if (d === undefined) return bad(denominator) as { problem: ReturnType<typeof problem> };
    if (d === 0) return { problem: problem('denominator_zero', 'error') };
    return { numerator: n, denominator: d };
  }
  if (typeof numerator === 'boolean') return { outcome: numerator };
  if (typeof numerator === 'number') return { fraction: numerator, count: numerator, points: numerator };
  if (typeof numerator === 'string') {
    const v = readCell(numerator, { decimal: ',', context: 'percent' }).value;
    if (v.kind === 'percent') return { fraction: v.value };
    if (v.kind === 'number') return { fraction: v.value, count: v.value, points: v.value };
    if (v.kind === 'ratio') return { numerator: v.ratio.numerator, denominator: v.ratio.denominator };
    if (v.kind === 'count') return { count: v.value };
    if (v.kind === 'text') return { outcome: v.text };
  }
  return bad(numerator) as { problem: ReturnType<typeof problem> };
}

const deduction: FunctionEntry = {
  name: 'DEDUCTION',
  result: 'number',
  shape: 'element-wise',
  evaluate([max = null, points = null]) {
    const m = numberOf(max);
    const p = numberOf(points);
    if (m === undefined) return bad(max);
    if (p === undefined) return bad(points);
    return roundPoints(p - m, 'half-up');
  },
};

const index: FunctionEntry = {
  name: 'INDEX',
  result: 'number',
  shape: 'aggregate',
  evaluate: () => ({ problem: problem('number_expected', 'error', { text: 'INDEX' }) }),
  aggregate([points = null, maxes = null], ctx) {
    let sumPoints = 0;
    let sumMax = 0;
    for (const v of flatten(points)) {
      if (v === null || v === '') continue;
      const n = numberOf(v);
      if (n === undefined) return bad(v);
      sumPoints += n;
    }
    for (const v of flatten(maxes)) {
      if (v === null || v === '') continue;
      const n = numberOf(v);
      if (n === undefined) return bad(v);
      sumMax += n;
    }
    if (!(sumMax > 0)) return bad(maxes === null ? null : 0);
    return roundTo(sumPoints / sumMax, 4, ctx.set.rounding);
  },
};

const percent: FunctionEntry = {
  name: 'PERCENT',
  result: 'number',
  shape: 'element-wise',
  evaluate([text = null]) {
    if (typeof text === 'number') return text;
    if (typeof text !== 'string') return bad(text);
    const reading = readCell(text, { decimal: ',', context: 'percent', assumePercent: true });
    const v = reading.value;
    if (reading.problems.some((p) => p.code === 'malformed_number')) return { problem: reading.problems[0] ?? problem('number_expected', 'error', { text }) };
    if (v.kind === 'ratio' && v.ratio.denominator > 0 && v.ratio.factor === undefined) return v.ratio.numerator / v.ratio.denominator;
    return v.kind === 'percent' ? v.value : bad(text);
  },
};

const met: FunctionEntry = {
  name: 'MET',
  result: 'boolean',
  shape: 'element-wise',
  evaluate([actual = null, target = null]) {
    const r = checkTarget(actual, target);
    return r.ok ? r.met : { problem: r.problem };
  },
};

/** The custom functions of SPEC §5, the same in Excel (CCHC.SCORE) and Google Sheets (CCHC_SCORE). */
export const FUNCTIONS: readonly FunctionEntry[] = [score, deduction, index, percent, met];
