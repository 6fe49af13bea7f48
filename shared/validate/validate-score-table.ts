import { parentCodeOf, parentCodes } from '../criteria/walk';
import { findRatios, ratioValue } from '../numbers/find-ratios';
import { cleanResidue } from '../numbers/clean-residue';
import { nearlyEqual, roundPoints, sumPoints } from '../numbers/rounding';
import { formatNumber } from '../problems/format-number';
import { problem, type Problem } from '../problems/problem';
import { readScoreRows, type ScoreNumberField, type SheetScoreRow } from './read-score-rows';
import type { ScoreLayout } from './table-layout';

const FIELD_NAMES = {
  self: { en: 'Self-assessed score', vi: 'Điểm tự đánh giá' },
  appraised: { en: 'Appraised score', vi: 'Điểm thẩm định' },
} as const;

/** The problems of SPEC §3 in a score sheet, each at its cell. Free text is never a problem for being text. */
export function validateScoreTable(block: readonly (readonly unknown[])[], layout: ScoreLayout): Problem[] {
  const { rows, totals, problems: readingProblems } = readScoreRows(block, layout);
  const problems: Problem[] = [...readingProblems];
  // Computed once: asked per row, an empty column made this quadratic (20 000 rows took 7,5 s).
  const filled = { self: rows.some((r) => r.self !== null), appraised: rows.some((r) => r.appraised !== null) };
  const columnHasValues = (field: 'self' | 'appraised'): boolean => filled[field];
  // Built on first need: only an empty score cell asks, and a table of text numbers has a problem in every cell.
  let cellsWithProblems: Set<string> | undefined;
  const hasReadingProblem = (cell: string): boolean => {
    if (!cellsWithProblems) {
      cellsWithProblems = new Set<string>();
      for (const p of readingProblems) if (p.cell) cellsWithProblems.add(p.cell);
    }
    return cellsWithProblems.has(cell);
  };
  const parents = parentCodes(rows.map((r) => r.code));
  problems.push(...duplicateProblems(rows));

  for (const row of rows) {
    // KĐG: the unit is not scored on this criterion; an empty score beside it is not missing.
    if (row.notApplicable) continue;
    for (const field of ['self', 'appraised'] as const) {
      const value = row[field];
      const cell = row.cells[field];
      const names = FIELD_NAMES[field];
      if (value === null) {
        // A column nobody has filled yet is a phase not reached (no appraisal before the council meets), not an omission.
        if (row.max !== null && row.max > 0 && columnHasValues(field) && cell && !hasReadingProblem(cell)) {
          problems.push(problem('score_missing', 'warning', { field: names.en.toLowerCase(), fieldVi: names.vi.toLowerCase(), code: row.code, max: row.max }, { cell }));
        }
        continue;
      }
      if (row.max !== null && value > row.max + 1e-9) {
        problems.push(problem('points_above_max', 'error', { field: names.en, fieldVi: names.vi, points: value, max: row.max }, cellOf(cell)));
      }
      // A leaf worth 0 points is a penalty row ("mỗi văn bản trái pháp luật bị trừ 0,5 điểm"): its points are 0 or less.
      const penaltyRow = row.max === 0 && !parents.has(row.code);
      if (value < 0 && !penaltyRow) problems.push(problem('points_below_zero', 'error', { field: names.en, fieldVi: names.vi, points: value }, cellOf(cell)));
    }
    // A parent's deduction is what its appraised leaves lost (the sum below), not its appraised − its whole maximum:
    // a half-appraised group has lost nothing on the leaves the council has not reached yet.
    problems.push(...(parents.has(row.code) ? [] : deductionProblems(row)), ...opinionProblems(row), ...evidenceProblems(row, layout));
  }

  // A leaf marked KĐG is in no total: its maximum left the sums as its points did.
  const leaves = rows.filter((r) => !parents.has(r.code) && !r.notApplicable);
  const leavesUnder = new Map<string, SheetScoreRow[]>();
  for (const leaf of leaves) {
    for (let p = parentCodeOf(leaf.code); p !== undefined; p = parentCodeOf(p)) {
      const list = leavesUnder.get(p);
      if (list) list.push(leaf);
      else leavesUnder.set(p, [leaf]);
    }
  }
  for (const parent of rows.filter((r) => parents.has(r.code))) {
    problems.push(...sumProblems({ code: parent.code }, parent, expectedSums(leavesUnder.get(parent.code) ?? []), parent.cells));
  }
  // Summed once for every "Tổng cộng" row: a sheet of many total rows stays linear.
  const allLeaves = expectedSums(leaves);
  for (const total of totals) {
    const stated = { max: total.values.max ?? null, self: total.values.self ?? null, appraised: total.values.appraised ?? null, statedDeduction: total.values.deduction ?? null };
    problems.push(...sumProblems({ label: cleanResidue(total.label) }, stated, allLeaves, total.cells));
  }
  return problems;
}

/** A code listed twice is counted twice by the sheet's sums and by scoring alike; it is an error to be resolved, never silent. */
function duplicateProblems(rows: readonly SheetScoreRow[]): Problem[] {
  const first = new Map<string, number>();
  const out: Problem[] = [];
  for (const row of rows) {
    const seen = first.get(row.code);
    if (seen === undefined) first.set(row.code, row.row);
    else out.push(problem('duplicate_criterion', 'error', { code: row.code, firstRow: String(seen) }, cellOf(row.cells.code)));
  }
  return out;
}

function cellOf(cell: string | undefined): { cell?: string } {
  return cell ? { cell } : {};
}

function deductionProblems(row: SheetScoreRow): Problem[] {
  const stated = row.statedDeduction;
  if (stated === null || stated === undefined || row.max === null || row.appraised === null) return [];
  const expected = roundPoints(row.appraised - row.max, 'half-up');
  if (nearlyEqual(stated, expected)) return [];
  return [problem('deduction_mismatch', 'error', { stated, expected }, { ...cellOf(row.cells.deduction), fix: { value: expected } })];
}

function opinionProblems(row: SheetScoreRow): Problem[] {
  const cell = row.cells.opinion;
  if (!row.opinion || !cell) return [];
  const out: Problem[] = [];
  for (const ratio of findRatios(cleanResidue(row.opinion))) {
    if (ratio.numerator > ratio.denominator) {
      out.push(problem('ratio_numerator_exceeds', 'warning',
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
      out.push(problem('ratio_result_mismatch', 'warning', {
        text: ratio.text, stated: shown(ratio.stated.value, 'vi'), computed: shown(value, 'vi'),
      }, { cell }));
    }
  }
  return out;
}

function evidenceProblems(row: SheetScoreRow, layout: ScoreLayout): Problem[] {
  if (layout.columns.evidence === undefined || row.self === null || row.self <= 0) return [];
  if (row.evidenceText && cleanResidue(row.evidenceText) !== '') return [];
  return [problem('evidence_missing', 'warning', {}, cellOf(row.cells.evidence))];
}

type Sums = Pick<SheetScoreRow, 'max' | 'self' | 'appraised' | 'statedDeduction'>;
type SumKey = keyof Sums;
const SUM_FIELDS: readonly [SumKey, ScoreNumberField][] = [['max', 'max'], ['self', 'self'], ['appraised', 'appraised'], ['statedDeduction', 'deduction']];

/** What each column of the parts should add up to; undefined when there are no parts to compare with. */
function expectedSums(parts: readonly Sums[]): Readonly<Record<SumKey, number>> | undefined {
  if (parts.length === 0) return undefined;
  const sum = (key: SumKey): number => sumPoints(parts.map((p) => (key === 'statedDeduction' && p.max !== null && p.appraised !== null
    ? roundPoints(p.appraised - p.max, 'half-up') : p[key] ?? 0)));
  return { max: sum('max'), self: sum('self'), appraised: sum('appraised'), statedDeduction: sum('statedDeduction') };
}

const COLUMN_NAMES: Readonly<Record<ScoreNumberField, { en: string; vi: string }>> = {
  max: { en: 'maximum', vi: 'điểm tối đa' },
  self: { en: 'self-assessed', vi: 'điểm tự đánh giá' },
  appraised: { en: 'appraised', vi: 'điểm thẩm định' },
  deduction: { en: 'deducted', vi: 'điểm bị trừ' },
};

/** A parent row is named by its criterion code, a total row by its label ("Tổng cộng"). */
function sumProblems(owner: { code?: string; label?: string }, stated: Sums, sums: Readonly<Record<SumKey, number>> | undefined, cells: SheetScoreRow['cells']): Problem[] {
  const label = owner.code ?? owner.label ?? '';
  const labelVi = owner.code ? `tiêu chí ${owner.code}` : `dòng "${label}"`;
  const labelEn = owner.code ? `criterion ${owner.code}` : `the "${label}" row`;
  const out: Problem[] = [];
  if (!sums) return out;
  for (const [key, column] of SUM_FIELDS) {
    const value = stated[key];
    if (value === null || value === undefined) continue;
    const expected = sums[key];
    if (!nearlyEqual(value, expected)) {
      const names = COLUMN_NAMES[column];
      out.push(problem('total_mismatch', 'error', {
        label, labelVi, labelEn, column: names.en, columnVi: names.vi, stated: value, expected,
      }, { ...cellOf(cells[column]), fix: { value: expected } }));
    }
  }
  return out;
}
