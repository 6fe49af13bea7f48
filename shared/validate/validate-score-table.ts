import { criterionNoun } from '../criteria/criterion-noun';
import { addAncestors } from '../criteria/walk';
import { ratioValue } from '../numbers/find-ratios';
import { cleanResidue } from '../numbers/clean-residue';
import { nearlyEqual, roundPoints, settlePoints } from '../numbers/rounding';
import { formatNumber } from '../problems/format-number';
import { problem, type Problem } from '../problems/problem';
import { objectList } from './object-list';
import { OpinionRatios } from './opinion-ratios';
import { deductionOf, PointsSum } from './points-sum';
import type { ScoreNumberField, SheetScoreRow, SheetTotalRow } from './read-score-rows';
import { readScoreRowsInto } from './score-row-reader';
import type { ScoreLayout } from './table-layout';
import { type SheetFormulas } from '../sheet/formula-references';
import { FormulaTotals } from './formula-totals';

const FIELD_NAMES = {
  self: { en: 'Self-assessed score', vi: 'Điểm tự đánh giá', enLower: 'self-assessed score', viLower: 'điểm tự đánh giá' },
  appraised: { en: 'Appraised score', vi: 'Điểm thẩm định', enLower: 'appraised score', viLower: 'điểm thẩm định' },
} as const;

/**
 * The problems of SPEC §3 in a score sheet, each at its cell. Free text is never a problem for being text.
 * Problems come in this order: reading the cells, codes listed twice, each row's own (scores, deduction,
 * opinion, evidence), each parent's sums, each total's sums. Every pass is linear in the rows.
 * With the sheet's formulas, a total the sheet computes is judged as a formula (see FormulaTotals).
 */
export function validateScoreTable(block: readonly (readonly unknown[])[], layout: ScoreLayout, sheet?: SheetFormulas): Problem[] {
  const problems = objectList<Problem>();
  const { rows, totals } = readScoreRowsInto(block, layout, problems);
  const readingProblems = problems.length;
  const { selfFilled, appraisedFilled, parents } = tableFacts(rows, problems);
  // Built on first need: only an empty score cell asks, and a table of text numbers has a problem in every cell.
  let cellsWithProblems: Set<string> | undefined;
  const hasReadingProblem = (cell: string): boolean => {
    if (!cellsWithProblems) {
      cellsWithProblems = new Set<string>();
      for (let i = 0; i < readingProblems; i++) {
        const c = problems[i]?.cell;
        if (c) cellsWithProblems.add(c);
      }
    }
    return cellsWithProblems.has(cell);
  };

  const context: RowContext = { layout, problems, parents, selfFilled, appraisedFilled, hasReadingProblem, opinions: new OpinionRatios() };
  everyRowProblems(rows, context);

  if (parents.size !== 0 || totals.length !== 0) {
    const formulaTotals = sheet ? new FormulaTotals(sheet, rows, parents, problems, readingProblems) : undefined;
    sumsProblems(rows, totals, parents, problems, formulaTotals);
    formulaTotals?.nameTotalsAtCauses();
  }
  return problems;
}

/**
 * What the rows' checks need to know of the whole table, and the codes listed twice. Each pass over
 * the rows is a function of its own, with validateScoreTable holding no loop: V8 optimises a loop
 * that runs long by compiling its whole function in place, and the smaller that function, the sooner.
 */
function tableFacts(rows: readonly SheetScoreRow[], problems: Problem[]): { selfFilled: boolean; appraisedFilled: boolean; parents: Set<string> } {
  // Computed once: asked per row, an empty column made this quadratic (20 000 rows took 7,5 s).
  let selfFilled = false;
  let appraisedFilled = false;
  // A code listed twice is counted twice by the sheet's sums and by scoring alike; it is an error to be resolved, never silent.
  const codes = new Set<string>();
  // Where each code first stands, asked only once a code repeats: most sheets repeat none.
  let firstRowOf: Map<string, number> | undefined;
  const parents = new Set<string>();
  let lastParent: string | undefined;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row === undefined) continue;
    if (row.self !== null) selfFilled = true;
    if (row.appraised !== null) appraisedFilled = true;
    const known = codes.size;
    if (codes.add(row.code).size === known) {
      firstRowOf ??= firstRows(rows);
      problems.push(problem('duplicate_criterion', 'error', { code: row.code, firstRow: String(firstRowOf.get(row.code)) }, cellOf(row.cells.code)));
    }
    lastParent = addAncestors(parents, row.code, lastParent);
  }
  return { selfFilled, appraisedFilled, parents };
}

/**
 * Loops over rows count rather than iterate: code not yet optimised (the first tables of a session)
 * walks an array iterator for every for-of.
 */
function everyRowProblems(rows: readonly SheetScoreRow[], context: RowContext): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row !== undefined) rowProblems(row, context);
  }
}

/** What checking one row needs of the whole table. */
interface RowContext {
  readonly layout: ScoreLayout;
  readonly problems: Problem[];
  readonly parents: ReadonlySet<string>;
  /** Some row has a self-assessed score, an appraised score. */
  readonly selfFilled: boolean;
  readonly appraisedFilled: boolean;
  readonly hasReadingProblem: (cell: string) => boolean;
  readonly opinions: OpinionRatios;
}

/**
 * A row's own problems: its scores, deduction, opinion and evidence. A function of its own rather than
 * the body of the loop over rows: V8 optimises a small function called per row sooner.
 */
function rowProblems(row: SheetScoreRow, context: RowContext): void {
  // KĐG: the unit is not scored on this criterion; an empty score beside it is not missing.
  if (row.notApplicable) return;
  const { problems, parents } = context;
  const isParent = parents.size !== 0 && parents.has(row.code);
  // A leaf worth 0 points is a penalty row ("mỗi văn bản trái pháp luật bị trừ 0,5 điểm"): its points are 0 or less.
  const penaltyRow = row.max === 0 && !isParent;
  scoreProblems(row, row.self, row.cells.self, FIELD_NAMES.self, penaltyRow, context.selfFilled, context);
  scoreProblems(row, row.appraised, row.cells.appraised, FIELD_NAMES.appraised, penaltyRow, context.appraisedFilled, context);
  // A parent's deduction is what its appraised leaves lost (the sum below), not its appraised − its whole maximum:
  // a half-appraised group has lost nothing on the leaves the council has not reached yet.
  if (!isParent) deductionProblems(row, problems);
  opinionProblems(row, context.opinions, problems);
  evidenceProblems(row, context.layout, problems);
}

/** The row each code first stands on. */
function firstRows(rows: readonly SheetScoreRow[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const row of rows) if (!first.has(row.code)) first.set(row.code, row.row);
  return first;
}

/**
 * A score beside its maximum: above it, below zero, or missing. `filled`: some row of the table has
 * a score in this column.
 */
function scoreProblems(row: SheetScoreRow, value: number | null, cell: string | undefined, names: (typeof FIELD_NAMES)[keyof typeof FIELD_NAMES],
  penaltyRow: boolean, filled: boolean, context: RowContext): void {
  const { problems } = context;
  if (value === null) {
    // A column nobody has filled yet is a phase not reached (no appraisal before the council meets), not an omission.
    if (row.max !== null && row.max > 0 && filled && cell && !context.hasReadingProblem(cell)) {
      problems.push(problem('score_missing', 'warning', { field: names.enLower, fieldVi: names.viLower, code: row.code, max: row.max }, { cell }));
    }
    return;
  }
  if (row.max !== null && value > row.max + 1e-9) {
    problems.push(problem('points_above_max', 'error', { field: names.en, fieldVi: names.vi, points: value, max: row.max }, cellOf(cell)));
  }
  if (value < 0 && !penaltyRow) problems.push(problem('points_below_zero', 'error', { field: names.en, fieldVi: names.vi, points: value }, cellOf(cell)));
}

/** Each parent row's and each total row's figures beside what its leaves add up to. */
function sumsProblems(rows: readonly SheetScoreRow[], totals: readonly SheetTotalRow[], parents: ReadonlySet<string>, problems: Problem[],
  formulaTotals: FormulaTotals | undefined): void {
  // One running sum per parent code on the sheet (a code listed twice shares it, as it shared its list of leaves).
  const sums = new Map<string, PointsSum>();
  const parentRows = objectList<SheetScoreRow>();
  if (parents.size !== 0) {
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (row === undefined || !parents.has(row.code)) continue;
      parentRows.push(row);
      if (!sums.has(row.code)) sums.set(row.code, new PointsSum());
    }
  }
  // Summed once for every "Tổng cộng" row: a sheet of many total rows stays linear.
  const allLeaves = totals.length !== 0 ? new PointsSum() : undefined;
  // Codes such as "1.1" make "1" a parent even when no row of the sheet is "1": then nothing is compared.
  if (sums.size === 0 && !allLeaves) return;
  // The running sums of the previous leaf's parent and its ancestors, reused by its siblings.
  let chainOf: string | undefined;
  let chain = objectList<PointsSum>();
  for (let i = 0; i < rows.length; i++) {
    const leaf = rows[i];
    // A leaf marked KĐG is in no total: its maximum left the sums as its points did.
    if (leaf === undefined || leaf.notApplicable || parents.has(leaf.code)) continue;
    const deduction = deductionOf(leaf);
    allLeaves?.add(leaf, deduction);
    if (sums.size === 0) continue;
    const code = leaf.code;
    const end = code.lastIndexOf('.');
    if (chainOf === undefined || end !== chainOf.length || !code.startsWith(chainOf)) {
      chainOf = end < 0 ? undefined : code.slice(0, end);
      chain = objectList<PointsSum>();
      for (let dot = end; dot >= 0; dot = dot > 0 ? code.lastIndexOf('.', dot - 1) : -1) {
        const sum = sums.get(dot === end ? chainOf ?? '' : code.slice(0, dot));
        if (sum) chain.push(sum);
      }
    }
    for (let k = 0; k < chain.length; k++) chain[k]?.add(leaf, deduction);
  }
  for (const parent of parentRows) {
    const sum = sums.get(parent.code);
    if (sum) sumProblems(parent.code, undefined, parent, sum, parent.cells, problems, formulaTotals);
  }
  if (!allLeaves) return;
  for (const total of totals) {
    const stated = { max: total.values.max ?? null, self: total.values.self ?? null, appraised: total.values.appraised ?? null, statedDeduction: total.values.deduction ?? null };
    sumProblems(undefined, total.label, stated, allLeaves, total.cells, problems, formulaTotals);
  }
}

function cellOf(cell: string | undefined): { cell?: string } {
  return cell ? { cell } : {};
}

function deductionProblems(row: SheetScoreRow, problems: Problem[]): void {
  const stated = row.statedDeduction;
  if (stated === null || stated === undefined || row.max === null || row.appraised === null) return;
  const expected = roundPoints(row.appraised - row.max, 'half-up');
  if (nearlyEqual(stated, expected)) return;
  problems.push(problem('deduction_mismatch', 'error', { stated, expected }, { ...cellOf(row.cells.deduction), fix: { value: expected } }));
}

function opinionProblems(row: SheetScoreRow, opinions: OpinionRatios, problems: Problem[]): void {
  const cell = row.cells.opinion;
  if (!row.opinion || !cell) return;
  const ratios = opinions.of(row.opinion);
  for (let i = 0; i < ratios.length; i++) {
    const ratio = ratios[i];
    if (ratio === undefined) continue;
    if (ratio.numerator > ratio.denominator) {
      problems.push(problem('ratio_numerator_exceeds', 'warning',
        { text: ratio.text, numerator: ratio.numerator, denominator: ratio.denominator }, { cell }));
      continue;
    }
    if (!ratio.stated) continue;
    const value = ratioValue(ratio);
    const matches = ratio.stated.percent
      ? Math.abs(value * 100 - ratio.stated.value * 100) < 0.0051
      : Math.abs(value - ratio.stated.value) < 0.0101;
    if (!matches) {
      const shown = (v: number, lang: 'vi' | 'en'): string => ratio.stated?.percent
        ? `${formatNumber(Math.round(v * 10000) / 100, lang, 2)}%` : formatNumber(Math.round(v * 100) / 100, lang, 2);
      problems.push(problem('ratio_result_mismatch', 'warning', {
        text: ratio.text, stated: shown(ratio.stated.value, 'vi'), computed: shown(value, 'vi'),
      }, { cell }));
    }
  }
}

function evidenceProblems(row: SheetScoreRow, layout: ScoreLayout, problems: Problem[]): void {
  if (layout.columns.evidence === undefined || row.self === null || row.self <= 0) return;
  if (row.evidenceText && cleanResidue(row.evidenceText) !== '') return;
  problems.push(problem('evidence_missing', 'warning', {}, cellOf(row.cells.evidence)));
}

type Sums = Pick<SheetScoreRow, 'max' | 'self' | 'appraised' | 'statedDeduction'>;
type SumKey = keyof Sums;
const SUM_FIELDS: readonly [SumKey, ScoreNumberField][] = [['max', 'max'], ['self', 'self'], ['appraised', 'appraised'], ['statedDeduction', 'deduction']];

const COLUMN_NAMES: Readonly<Record<ScoreNumberField, { en: string; vi: string }>> = {
  max: { en: 'maximum', vi: 'điểm tối đa' },
  self: { en: 'self-assessed', vi: 'điểm tự đánh giá' },
  appraised: { en: 'appraised', vi: 'điểm thẩm định' },
  deduction: { en: 'deducted', vi: 'điểm bị trừ' },
};

/**
 * A parent row is named by its criterion code, a total row by its label ("Tổng cộng"). Nothing is compared with no leaves to sum.
 * A total the sheet computes with a formula is never given a fix (a fix would write a number over it):
 * when its difference is only the leaves stored as text that its formula skips, it is no problem of its
 * own, and those leaves' problems name it; otherwise it is reported for the user to look at its formula.
 */
function sumProblems(code: string | undefined, typedLabel: string | undefined, stated: Sums, sums: PointsSum,
  cells: SheetScoreRow['cells'], problems: Problem[], formulaTotals: FormulaTotals | undefined): void {
  if (sums.count === 0) return;
  let names: { label: string; labelVi: string; labelEn: string } | undefined;
  for (const [key, column] of SUM_FIELDS) {
    const value = stated[key];
    const totalCell = cells[column];
    if (value === null || value === undefined) {
      if (totalCell !== undefined) formulaTotals?.unsaved(totalCell, code, column);
      continue;
    }
    const expected = settlePoints(sums[key]);
    if (nearlyEqual(value, expected)) continue;
    const cell = cells[column];
    const byFormula = cell !== undefined && formulaTotals?.isFormula(cell) === true;
    if (byFormula && formulaTotals?.explains(cell, code, column, value, sums[key]) === true) continue;
    names ??= ownerNames(code, typedLabel);
    const columnNames = COLUMN_NAMES[column];
    const params = {
      label: names.label, labelVi: names.labelVi, labelEn: names.labelEn, column: columnNames.en, columnVi: columnNames.vi, stated: value, expected,
    };
    problems.push(byFormula
      ? problem('total_mismatch', 'error', { ...params, source: 'formula' }, cellOf(cell))
      : problem('total_mismatch', 'error', params, { ...cellOf(cell), fix: { value: expected } }));
  }
}

/** Built only for a row whose sums disagree: a total's label is cleaned of residue to be quoted. */
function ownerNames(code: string | undefined, typedLabel: string | undefined): { label: string; labelVi: string; labelEn: string } {
  if (code) return { label: code, labelVi: criterionNoun(code, 'vi'), labelEn: criterionNoun(code, 'en') };
  const label = cleanResidue(typedLabel ?? '');
  return { label, labelVi: `dòng "${label}"`, labelEn: `the "${label}" row` };
}
