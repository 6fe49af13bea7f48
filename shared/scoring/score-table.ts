import type { CriteriaSet } from '../criteria/criteria-set';
import { areaCodeOf, findCriterion, parentCodes } from '../criteria/walk';
import { problem, type Problem } from '../problems/problem';
import { evaluateRule } from '../rules/registry';
import type { RuleInput } from '../rules/rule';
import { nearlyEqual, otherHabit, roundPoints, sumPoints, type RoundingHabit } from '../numbers/rounding';
import { computeIndex } from './compute-index';
import { rate } from './rate';

export interface ScoreRowInput {
  /** Sheet row number, for messages. */
  readonly row?: number | undefined;
  readonly code: string;
  readonly name?: string | undefined;
  readonly max: number | null;
  readonly self: number | null;
  readonly appraised: number | null;
  /** Điểm bị trừ as typed, to check against appraised − max. */
  readonly statedDeduction?: number | null | undefined;
  readonly opinion?: string | undefined;
  readonly responsible?: string | undefined;
  /** What the unit reported for the criterion's rule (a ratio's counts, an outcome, a count). */
  readonly evidence?: RuleInput | undefined;
  /** Marked KĐG: the unit is not scored on it, so it leaves both the points and the maximum. */
  readonly notApplicable?: boolean | undefined;
}

export interface RuleGap {
  readonly typed: number;
  readonly computed: number;
  readonly difference: number;
  /** The other rounding habit reproduces the typed score. */
  readonly explainedBy?: RoundingHabit;
}

export interface ScoredRow extends ScoreRowInput {
  readonly isLeaf: boolean;
  /** Điểm thẩm định − Điểm chuẩn: zero or negative; null while either is missing. */
  readonly deduction: number | null;
  readonly computed?: { readonly points: number; readonly outcome?: string | undefined };
  readonly gap?: RuleGap;
  readonly problems: readonly Problem[];
}

export interface Totals {
  readonly max: number;
  readonly self: number;
  readonly appraised: number;
  readonly deduction: number;
  /** Criteria that lost points. */
  readonly lost: number;
}

export interface AreaTotals extends Totals {
  readonly area: string;
}

export interface ScoreResult {
  readonly rows: readonly ScoredRow[];
  readonly areas: readonly AreaTotals[];
  readonly totals: Totals;
  /** A fraction (0.7037 for 70,37 %), or null before any appraisal or without a maximum to divide by. */
  readonly index: number | null;
  /** The maximum the index divides by: the sheet's own total maximum, or the one the user gave. */
  readonly indexMax: number;
  readonly indexBasis: IndexBasis;
  readonly rating: string | null;
}

/** Which maximum the index divides by: the sum of the maxima the sheet lists, or a maximum the user gave (a set's full total). */
export type IndexBasis = 'sheet' | 'given' | 'whole';

export interface ScoreOptions {
  readonly set?: CriteriaSet | undefined;
  /** Without a set: the habit the council uses. */
  readonly rounding?: RoundingHabit | undefined;
  /** Divide by this instead of the sheet's own total maximum (a set's full total); the sheet's formula then divides by it too. */
  readonly maxTotal?: number | undefined;
  readonly surveyPoints?: number | undefined;
  /**
   * A partial set's whole maximum (else the set's own `fullMax`): the criteria the sheet lacks count
   * as earned, so the index is (whole − points lost) ÷ whole ('whole' basis). Seed 003 with 79: 70,37 %.
   */
  readonly fullMax?: number | undefined;
}

/**
 * Scores a table row by row: deduction, the rule's own result where the unit's figures are given,
 * and the gap between what was typed and what the rule gives. Totals count leaves only, so a sheet
 * that also lists its area rows is not counted twice; a penalty never takes an area below zero.
 */
export function scoreTable(rows: readonly ScoreRowInput[], options: ScoreOptions = {}): ScoreResult {
  const habit = options.set?.rounding ?? options.rounding ?? 'half-up';
  const parents = parentCodes(rows.map((r) => r.code));
  const scored = rows.map((r) => scoreRow(r, !parents.has(r.code), habit, options.set));
  // A leaf marked KĐG leaves the totals and the divisor alike.
  const leaves = scored.filter((r) => r.isLeaf && !r.notApplicable);
  const dropped = scored.filter((r) => r.isLeaf && r.notApplicable);

  const byArea = new Map<string, ScoredRow[]>();
  for (const leaf of leaves) {
    const area = areaCodeOf(leaf.code);
    const list = byArea.get(area);
    if (list) list.push(leaf);
    else byArea.set(area, [leaf]);
  }
  const areas = [...byArea].map(([area, areaRows]) => ({ area, ...totalsOf(areaRows) }));
  const totals: Totals = {
    max: sumPoints(areas.map((a) => a.max)),
    self: sumPoints(areas.map((a) => a.self)),
    appraised: sumPoints(areas.map((a) => a.appraised)),
    deduction: sumPoints(leaves.map((r) => r.deduction ?? 0)),
    lost: leaves.filter((r) => (r.deduction ?? 0) < 0).length,
  };
  // One definition of the index, the same as the sheet's own formula (score-formulas.ts) and the summary of
  // units: points ÷ the total maximum of the criteria the sheet lists, unless the user gives the maximum.
  // Survey points given apart from the rows bring the survey's maximum with them.
  const surveyMax = options.surveyPoints !== undefined ? options.set?.survey?.max ?? 0 : 0;
  const set = options.set;
  const droppedMax = sumPoints(dropped.map((r) => r.max ?? (set ? findCriterion(set, r.code)?.max ?? 0 : 0)));
  const ofTheSet = set !== undefined && leaves.length > 0 && leaves.every((r) => findCriterion(set, r.code) !== undefined);
  const givenWhole = options.fullMax ?? (set && ofTheSet ? set.fullMax : undefined);
  const whole = givenWhole === undefined || options.maxTotal !== undefined ? undefined : sumPoints([givenWhole, -droppedMax]);
  const indexMax = whole ?? options.maxTotal ?? sumPoints([totals.max, surveyMax]);
  const indexBasis: IndexBasis = whole !== undefined ? 'whole' : options.maxTotal === undefined ? 'sheet' : 'given';
  // Before the council has entered anything there is no index yet, rather than an index of 0 %.
  const appraisedAny = leaves.some((r) => r.appraised !== null);
  const index = !appraisedAny ? null : whole !== undefined
    ? computeIndex(totals.appraised, sumPoints([totals.max, surveyMax]), habit, options.surveyPoints, whole)
    : computeIndex(totals.appraised, indexMax, habit, options.surveyPoints);
  const rating = index === null || !options.set ? null : rate(index, options.set.scale);
  return { rows: scored, areas, totals, index, indexMax, indexBasis, rating };
}

function scoreRow(input: ScoreRowInput, isLeaf: boolean, habit: RoundingHabit, set: CriteriaSet | undefined): ScoredRow {
  if (isLeaf && input.notApplicable) return { ...input, isLeaf, deduction: null, problems: [] };
  const deduction = input.max !== null && input.appraised !== null ? roundPoints(input.appraised - input.max, 'half-up') : null;
  const problems: Problem[] = [];
  const criterion = set ? findCriterion(set, input.code) : undefined;
  if (!isLeaf || !criterion?.rule || !input.evidence) return scoredRow(input, { isLeaf, deduction, problems });

  const max = input.max ?? criterion.max;
  const evaluation = evaluateRule(criterion.rule, input.evidence, input.code, max);
  if (!evaluation.ok) return scoredRow(input, { isLeaf, deduction, problems: [evaluation.problem] });
  const computed = { points: roundPoints(evaluation.points, habit), outcome: evaluation.outcome };
  const typed = input.appraised ?? input.self;
  if (typed === null || nearlyEqual(typed, computed.points, 0.0005)) return scoredRow(input, { isLeaf, deduction, computed, problems });

  const gap = ruleGap(typed, evaluation.points, habit);
  problems.push(problem('score_differs_from_rule', 'warning', {
    typed, computed: gap.computed, difference: gap.difference,
    explanation: gap.explainedBy ? `Rounding by ${gap.explainedBy === 'truncate' ? 'truncation' : 'half up'} gives the typed score.` : '',
    explanationVi: gap.explainedBy ? `Cách ${gap.explainedBy === 'truncate' ? 'cắt bỏ (làm tròn xuống)' : 'làm tròn lên từ 0,5'} cho đúng điểm đã ghi.` : '',
  }, { criterion: input.code }));
  return scoredRow(input, { isLeaf, deduction, computed, gap, problems });
}

/**
 * `{ ...input, ...fields }`, built with Object.assign: in V8 (node 20) adding properties after a spread
 * costs about a microsecond each, twenty times the assign, and scoring does it for every row. An input
 * with an own "__proto__" key (JSON.parse makes one) keeps the spread, which assign would turn into a prototype.
 */
function scoredRow(input: ScoreRowInput, fields: Omit<ScoredRow, keyof ScoreRowInput>): ScoredRow {
  return Object.prototype.hasOwnProperty.call(input, '__proto__') ? { ...input, ...fields } : Object.assign({}, input, fields);
}

/** How far a typed score is from the rule's result, and whether the other rounding habit explains it. */
export function ruleGap(typed: number, rawPoints: number, habit: RoundingHabit): RuleGap {
  const computed = roundPoints(rawPoints, habit);
  const difference = roundPoints(typed - computed, 'half-up');
  const other = otherHabit(habit);
  const explained = difference !== 0 && nearlyEqual(roundPoints(rawPoints, other), typed, 0.0005);
  return explained ? { typed, computed, difference, explainedBy: other } : { typed, computed, difference };
}

function totalsOf(rows: readonly ScoredRow[]): Totals {
  return {
    max: sumPoints(rows.map((r) => r.max ?? 0)),
    self: Math.max(0, sumPoints(rows.map((r) => r.self ?? 0))),
    appraised: Math.max(0, sumPoints(rows.map((r) => r.appraised ?? 0))),
    deduction: sumPoints(rows.map((r) => r.deduction ?? 0)),
    lost: rows.filter((r) => (r.deduction ?? 0) < 0).length,
  };
}
