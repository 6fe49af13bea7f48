import type { CriteriaSet, CriterionNode } from '../criteria/criteria-set';
import { areaCodeOf, findCriterion, parentCodes } from '../criteria/walk';
import { criterionProblem, type Problem } from '../problems/problem';
import { evaluateRule } from '../rules/registry';
import type { RuleInput } from '../rules/rule';
import { addPoints, nearlyEqual, otherHabit, roundPoints, settlePoints, sumPoints, type RoundingHabit } from '../numbers/rounding';
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
  const set = options.set;
  const habit = set?.rounding ?? options.rounding ?? 'half-up';
  // A code is a leaf unless another row's code lies under it ("1.1.3" makes "1" and "1.1" parents).
  const codes = new Set<string>();
  for (const row of rows) codes.add(row.code);
  const parents = parentCodes(codes);
  const facts = new Map<string, CodeFact>();
  // Totals are kept while scoring, in row order, through sumPoints' own step: the same sums as summing
  // lists of the leaves afterwards, without a list per total (issue 14: scoring 10 000 rows was mostly
  // copying and garbage collection).
  const scored: ScoredRow[] = [];
  const areaSums = new Map<string, AreaSums>();
  let leafCount = 0;
  let deduction = 0;
  let lost = 0;
  let droppedMax = 0;
  let everyLeafInSet = true;
  let appraisedAny = false;
  for (const input of rows) {
    let fact = facts.get(input.code);
    if (fact === undefined) facts.set(input.code, fact = codeFact(input.code, !parents.has(input.code), set));
    const r = scoreRow(input, fact, habit);
    scored.push(r);
    if (!r.isLeaf) continue;
    // A leaf marked KĐG leaves the totals and the divisor alike.
    if (r.notApplicable) {
      droppedMax = addPoints(droppedMax, r.max ?? (set ? fact.criterion?.max ?? 0 : 0));
      continue;
    }
    leafCount++;
    if (fact.criterion === undefined) everyLeafInSet = false;
    if (r.appraised !== null) appraisedAny = true;
    let sums = fact.sums;
    if (sums === undefined) {
      sums = areaSums.get(fact.area);
      if (sums === undefined) areaSums.set(fact.area, sums = new AreaSums(fact.area));
      fact.sums = sums;
    }
    sums.add(r);
    deduction = addPoints(deduction, r.deduction ?? 0);
    if ((r.deduction ?? 0) < 0) lost++;
  }
  const areas: AreaTotals[] = [];
  let max = 0;
  let self = 0;
  let appraised = 0;
  for (const sums of areaSums.values()) {
    const area = sums.totals();
    areas.push(area);
    max = addPoints(max, area.max);
    self = addPoints(self, area.self);
    appraised = addPoints(appraised, area.appraised);
  }
  const totals: Totals = {
    max: settlePoints(max), self: settlePoints(self), appraised: settlePoints(appraised), deduction: settlePoints(deduction), lost,
  };
  // One definition of the index, the same as the sheet's own formula (score-formulas.ts) and the summary of
  // units: points ÷ the total maximum of the criteria the sheet lists, unless the user gives the maximum.
  // Survey points given apart from the rows bring the survey's maximum with them.
  const surveyMax = options.surveyPoints !== undefined ? set?.survey?.max ?? 0 : 0;
  const ofTheSet = set !== undefined && leafCount > 0 && everyLeafInSet;
  const givenWhole = options.fullMax ?? (set && ofTheSet ? set.fullMax : undefined);
  const whole = givenWhole === undefined || options.maxTotal !== undefined ? undefined : sumPoints([givenWhole, -settlePoints(droppedMax)]);
  const indexMax = whole ?? options.maxTotal ?? sumPoints([totals.max, surveyMax]);
  const indexBasis: IndexBasis = whole !== undefined ? 'whole' : options.maxTotal === undefined ? 'sheet' : 'given';
  // Before the council has entered anything there is no index yet, rather than an index of 0 %.
  const index = !appraisedAny ? null : whole !== undefined
    ? computeIndex(totals.appraised, sumPoints([totals.max, surveyMax]), habit, options.surveyPoints, whole)
    : computeIndex(totals.appraised, indexMax, habit, options.surveyPoints);
  const rating = index === null || !set ? null : rate(index, set.scale);
  return { rows: scored, areas, totals, index, indexMax, indexBasis, rating };
}

/** What scoring needs to know of a code, worked out once per distinct code rather than once per row. */
interface CodeFact {
  readonly isLeaf: boolean;
  readonly area: string;
  readonly criterion: CriterionNode | undefined;
  /** The sums of the code's area, once a leaf with this code has been counted. */
  sums: AreaSums | undefined;
}

function codeFact(code: string, isLeaf: boolean, set: CriteriaSet | undefined): CodeFact {
  return { isLeaf, area: areaCodeOf(code), criterion: set ? findCriterion(set, code) : undefined, sums: undefined };
}

/** One area's running sums, added in row order: `totals` gives what sumPoints gives over the area's leaves. */
class AreaSums {
  private max = 0;
  private self = 0;
  private appraised = 0;
  private deduction = 0;
  private lost = 0;

  constructor(readonly area: string) {}

  add(r: ScoredRow): void {
    this.max = addPoints(this.max, r.max ?? 0);
    this.self = addPoints(this.self, r.self ?? 0);
    this.appraised = addPoints(this.appraised, r.appraised ?? 0);
    this.deduction = addPoints(this.deduction, r.deduction ?? 0);
    if ((r.deduction ?? 0) < 0) this.lost++;
  }

  totals(): AreaTotals {
    return {
      area: this.area,
      max: settlePoints(this.max),
      self: Math.max(0, settlePoints(this.self)),
      appraised: Math.max(0, settlePoints(this.appraised)),
      deduction: settlePoints(this.deduction),
      lost: this.lost,
    };
  }
}

const EXPLANATION: Readonly<Record<RoundingHabit, { readonly en: string; readonly vi: string }>> = {
  truncate: { en: 'Rounding by truncation gives the typed score.', vi: 'Cách cắt bỏ (làm tròn xuống) cho đúng điểm đã ghi.' },
  'half-up': { en: 'Rounding by half up gives the typed score.', vi: 'Cách làm tròn lên từ 0,5 cho đúng điểm đã ghi.' },
};

/** Shared by every row without problems: frozen, so no caller can add to it. */
const NO_PROBLEMS: readonly Problem[] = Object.freeze([]);

function scoreRow(input: ScoreRowInput, fact: CodeFact, habit: RoundingHabit): ScoredRow {
  const isLeaf = fact.isLeaf;
  if (isLeaf && input.notApplicable) return scoredRow(input, isLeaf, null, undefined, undefined, NO_PROBLEMS);
  const deduction = input.max !== null && input.appraised !== null ? roundPoints(input.appraised - input.max, 'half-up') : null;
  const criterion = fact.criterion;
  if (!isLeaf || !criterion?.rule || !input.evidence) return scoredRow(input, isLeaf, deduction, undefined, undefined, NO_PROBLEMS);

  const max = input.max ?? criterion.max;
  const evaluation = evaluateRule(criterion.rule, input.evidence, input.code, max);
  if (!evaluation.ok) return scoredRow(input, isLeaf, deduction, undefined, undefined, [evaluation.problem]);
  const computed = { points: roundPoints(evaluation.points, habit), outcome: evaluation.outcome };
  const typed = input.appraised ?? input.self;
  if (typed === null || nearlyEqual(typed, computed.points, 0.0005)) return scoredRow(input, isLeaf, deduction, computed, undefined, NO_PROBLEMS);

  const gap = ruleGap(typed, evaluation.points, habit);
  const explanation = gap.explainedBy ? EXPLANATION[gap.explainedBy] : undefined;
  const differs = criterionProblem('score_differs_from_rule', 'warning', {
    typed, computed: gap.computed, difference: gap.difference, explanation: explanation?.en ?? '', explanationVi: explanation?.vi ?? '',
  }, input.code);
  return scoredRow(input, isLeaf, deduction, computed, gap, [differs]);
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * `{ ...input, isLeaf, deduction, computed?, gap?, problems }`: an Object.assign copy, then the fields
 * set one by one, in that order (a field the input also has keeps the input's place, as in the spread).
 * In V8 (node 20) a spread that more properties follow costs a microsecond or more a property, and the
 * copy is made for every row; assigning from a second object of fields costs about a quarter more than
 * setting them. An input with an own "__proto__" key (JSON.parse makes one) keeps the spread copy, which
 * assign would turn into a prototype.
 */
function scoredRow(
  input: ScoreRowInput, isLeaf: boolean, deduction: number | null,
  computed: ScoredRow['computed'], gap: RuleGap | undefined, problems: readonly Problem[],
): ScoredRow {
  // The cast stands for the few lines until the row's own fields are set.
  const row = (Object.prototype.hasOwnProperty.call(input, '__proto__') ? { ...input } : Object.assign({}, input)) as Writable<ScoredRow>;
  row.isLeaf = isLeaf;
  row.deduction = deduction;
  if (computed !== undefined) row.computed = computed;
  if (gap !== undefined) row.gap = gap;
  row.problems = problems;
  return row;
}

/** How far a typed score is from the rule's result, and whether the other rounding habit explains it. */
export function ruleGap(typed: number, rawPoints: number, habit: RoundingHabit): RuleGap {
  const computed = roundPoints(rawPoints, habit);
  const difference = roundPoints(typed - computed, 'half-up');
  const other = otherHabit(habit);
  const explained = difference !== 0 && nearlyEqual(roundPoints(rawPoints, other), typed, 0.0005);
  return explained ? { typed, computed, difference, explainedBy: other } : { typed, computed, difference };
}
