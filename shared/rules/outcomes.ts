import { foldDiacritics } from '../text/fold-diacritics';
import { problem, type Problem } from '../problems/problem';
import type { Bound, Outcome } from './rule';
import type { Evaluation, RuleContext } from './rule-kind';

const YES = new Set(['co', 'dat', 'yes', 'true', 'x', 'dat yeu cau', 'hoan thanh']);
const NO = new Set(['khong', 'khong dat', 'no', 'false', 'khong dat yeu cau', 'chua dat', 'khong hoan thanh']);

/** Finds the outcome a user named: its label (accents and case ignored), or yes/no for the best and worst. */
export function findOutcome(outcomes: readonly Outcome[], wanted: string | boolean): Outcome | undefined {
  const byPoints = [...outcomes].sort((a, b) => netPoints(b) - netPoints(a));
  if (typeof wanted === 'boolean') return wanted ? byPoints[0] : byPoints[byPoints.length - 1];
  const key = foldDiacritics(wanted);
  const exact = outcomes.find((o) => foldDiacritics(o.label) === key);
  if (exact) return exact;
  const prefixed = outcomes.filter((o) => foldDiacritics(o.label).startsWith(key));
  if (prefixed.length === 1) return prefixed[0];
  if (YES.has(key)) return byPoints[0];
  if (NO.has(key)) return byPoints[byPoints.length - 1];
  return undefined;
}

export function netPoints(o: Outcome): number {
  return o.points - (o.penalty ?? 0);
}

export function outcomeResult(o: Outcome): Evaluation {
  return { ok: true, points: netPoints(o), outcome: o.label };
}

export function unknownOutcome(outcomes: readonly Outcome[], wanted: string | boolean, ctx: RuleContext): Evaluation {
  return {
    ok: false,
    problem: problem('rule_outcome_unknown', 'error',
      { code: ctx.code, outcome: String(wanted), known: outcomes.map((o) => o.label).join(' / ') },
      { criterion: ctx.code }),
  };
}

export function inBounds(value: number, o: Outcome): boolean {
  const eps = 1e-9;
  const okLower = !o.lower || (o.lower.inclusive ? value >= o.lower.value - eps : value > o.lower.value + eps);
  const okUpper = !o.upper || (o.upper.inclusive ? value <= o.upper.value + eps : value < o.upper.value - eps);
  return okLower && okUpper;
}

export function hasBounds(o: Outcome): boolean {
  return o.lower !== undefined || o.upper !== undefined;
}

export function checkOutcomesFitMax(outcomes: readonly Outcome[], ctx: RuleContext): Problem[] {
  return outcomes
    .filter((o) => o.points > ctx.max + 1e-9)
    .map((o) => problem('rule_outcome_above_max', 'error',
      { outcome: o.label, points: o.points, max: ctx.max }, { criterion: ctx.code }));
}

/**
 * Probes every edge of every band, and just either side of it, from 0 % to 100 %: a value that
 * no band takes is a gap, one that two bands take is an overlap ("trên 90%" and "từ 70% - 90%" meet
 * at 90 % without overlapping).
 */
export function checkBandCoverage(outcomes: readonly Outcome[], ctx: RuleContext): Problem[] {
  const banded = outcomes.filter(hasBounds);
  if (banded.length === 0) return [];
  const edges = new Set<number>([0, 1]);
  for (const o of banded) for (const b of [o.lower, o.upper]) if (b) edges.add(b.value);
  const probes = [...edges].flatMap((e) => [e - 1e-6, e, e + 1e-6]).filter((v) => v >= 0 && v <= 1);
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const v of probes.sort((a, b) => a - b)) {
    const hits = banded.filter((o) => inBounds(v, o));
    const at = Math.round(v * 10000) / 10000;
    if (hits.length === 0 && !seen.has(`gap${at}`)) {
      seen.add(`gap${at}`);
      problems.push(problem('rule_bands_gap', 'warning', { value: at }, { criterion: ctx.code }));
    } else if (hits.length > 1 && !seen.has(`over${at}`)) {
      seen.add(`over${at}`);
      problems.push(problem('rule_bands_overlap', 'error',
        { value: at, first: hits[0]?.label ?? '', second: hits[1]?.label ?? '' }, { criterion: ctx.code }));
    }
  }
  return problems;
}

export function describeBound(b: Bound, side: 'lower' | 'upper'): string {
  const pct = `${Math.round(b.value * 10000) / 100}%`;
  if (side === 'lower') return b.inclusive ? `>= ${pct}` : `> ${pct}`;
  return b.inclusive ? `<= ${pct}` : `< ${pct}`;
}
