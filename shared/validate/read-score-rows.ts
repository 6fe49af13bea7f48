import { isCriterionCode } from '../criteria/criterion-code';
import { cleanResidue } from '../numbers/clean-residue';
import { readCell } from '../numbers/read-cell';
import { atCell, problem, type Problem } from '../problems/problem';
import { foldDiacritics } from '../text/fold-diacritics';
import { columnLetters } from '../sheet/a1';
import type { ScoreRowInput } from '../scoring/score-table';
import { isNotApplicableMark } from '../scoring/not-applicable';
import type { ScoreColumn, ScoreLayout } from './table-layout';

export type ScoreNumberField = 'max' | 'self' | 'appraised' | 'deduction';

export interface SheetScoreRow extends ScoreRowInput {
  readonly row: number;
  /** A1 address of each column of this row that the layout names. */
  readonly cells: Readonly<Partial<Record<ScoreColumn, string>>>;
  readonly evidenceText?: string;
  /** What the unit entered under "Kết quả thực hiện": numbers as numbers, text as text. */
  readonly results?: { readonly main: number | string | null; readonly second: number | string | null };
}

/** A row such as "Tổng cộng" whose figures should equal the sum of the leaves. */
export interface SheetTotalRow {
  readonly row: number;
  readonly label: string;
  readonly values: Readonly<Partial<Record<ScoreNumberField, number>>>;
  readonly cells: Readonly<Partial<Record<ScoreColumn, string>>>;
}

export interface ScoreRowsReading {
  readonly rows: readonly SheetScoreRow[];
  readonly totals: readonly SheetTotalRow[];
  readonly problems: readonly Problem[];
}

const NUMBER_FIELDS: readonly ScoreNumberField[] = ['max', 'self', 'appraised', 'deduction'];

/**
 * Reads a score sheet block into rows: codes typed as text or numbers, section and heading rows
 * skipped, numbers read the Vietnamese way. Values that were typed with the wrong decimal separator
 * are read as meant (and reported), so scoring works on what the user intended.
 */
export function readScoreRows(block: readonly (readonly unknown[])[], layout: ScoreLayout): ScoreRowsReading {
  const rows: SheetScoreRow[] = [];
  const totals: SheetTotalRow[] = [];
  const problems: Problem[] = [];
  // Column letters once per column, not per cell: only the row number changes down the table.
  // Computed on first use so that a column never reached is never checked, as before.
  const letters: Partial<Record<ScoreColumn, string>> = {};
  let cellsOfRow: readonly unknown[] = [];
  let row = 0;
  let cells: Partial<Record<ScoreColumn, string>> = {};
  // One function for the whole table rather than a closure per row.
  const at = (col: ScoreColumn): unknown => {
    const offset = layout.columns[col];
    if (offset === undefined) return undefined;
    let l = letters[col];
    if (l === undefined) { l = columnLetters(layout.firstColumn + offset); letters[col] = l; }
    cells[col] = `${l}${row}`;
    return cellsOfRow[offset];
  };
  block.forEach((rowCells, i) => {
    // A blank row holds no code, total or problem; skipping it early keeps a sheet of a million empty rows fast.
    if (rowCells.every(isBlank)) return;
    cellsOfRow = rowCells;
    row = layout.firstRow + i;
    // A fresh object per row: the row or total keeps it, nothing writes to it after this row.
    cells = {};
    const rawCode = at('code');
    const code = codeOf(rawCode, rows[rows.length - 1]?.code);
    const name = textOf(at('name'));
    const numbers: Partial<Record<ScoreNumberField, number | null>> = {};
    const rowProblems: Problem[] = [];
    let notApplicable = false;
    for (const field of NUMBER_FIELDS) {
      const raw = at(field);
      if ((field === 'self' || field === 'appraised') && isNotApplicableMark(raw)) {
        notApplicable = true;
        numbers[field] = null;
        continue;
      }
      const reading = readCell(raw, { decimal: layout.decimal, context: 'points' });
      const cell = cells[field] ?? '';
      for (const p of reading.problems) rowProblems.push(atCell(p, cell));
      const v = reading.value;
      // Text that reads as a number counts here but not in the sheet's SUMs: say so, with the conversion as the fix.
      if (v.kind === 'number' && typeof raw === 'string' && reading.problems.length === 0 && cell) {
        rowProblems.push(problem('number_stored_as_text', 'error', { text: raw.trim(), value: v.value }, { cell, fix: { value: v.value } }));
      }
      if (v.kind === 'number') numbers[field] = v.value;
      else if (v.kind === 'empty') numbers[field] = null;
      else {
        numbers[field] = null;
        if (v.kind !== 'invalid') rowProblems.push(problem('number_expected', 'error', { text: v.kind === 'text' ? v.text : cleanResidue(String(raw)) }, { cell }));
      }
    }
    // "Tổng cộng" may sit in the name column, in the STT column, or in a merged A:B: a total wherever its label is.
    const label = isCriterionCode(code) ? undefined : [name, typeof rawCode === 'string' ? rawCode : ''].find((t) => /^tong(\s|$)/.test(foldDiacritics(cleanResidue(t))));
    if (label !== undefined) {
      const values: Partial<Record<ScoreNumberField, number>> = {};
      for (const f of NUMBER_FIELDS) { const n = numbers[f]; if (n !== null && n !== undefined) values[f] = n; }
      totals.push({ row, label, values, cells });
      problems.push(...rowProblems);
      return;
    }
    if (!isCriterionCode(code)) return;
    problems.push(...rowProblems);
    const evidenceText = textOf(at('evidence'));
    const results = layout.columns.result === undefined ? undefined
      : { main: figureOf(at('result'), layout.decimal), second: figureOf(at('resultBase'), layout.decimal) };
    const scoreRow: { -readonly [K in keyof SheetScoreRow]: SheetScoreRow[K] } = {
      row,
      code,
      name,
      max: numbers.max ?? null,
      self: numbers.self ?? null,
      appraised: numbers.appraised ?? null,
      statedDeduction: numbers.deduction ?? null,
      opinion: textOf(at('opinion')),
      responsible: textOf(at('responsible')),
      cells,
    };
    // Set after the literal rather than spread into it: the spread form is the slow path in V8.
    if (evidenceText) scoreRow.evidenceText = evidenceText;
    if (results) scoreRow.results = results;
    if (notApplicable) scoreRow.notApplicable = notApplicable;
    rows.push(scoreRow);
  });
  return { rows, totals, problems };
}

/**
 * "1.1.3", "1.2." and the number 1.2 all give "1.2"; residue such as "<b>1</b>" is stripped. A code
 * typed as a number loses a trailing zero (3.10 becomes 3.1): after 3.9 in document order, 3.1 can
 * only have been 3.10.
 */
function codeOf(raw: unknown, previous: string | undefined): string {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return '';
    const text = String(raw);
    const m = /^(\d+)\.(\d)$/.exec(text);
    const prev = previous?.split('.');
    if (m && prev && prev[0] === m[1] && prev[1] !== undefined) {
      const before = Number(prev[1]);
      const tenfold = Number(m[2]) * 10;
      if (before >= Number(m[2]) && tenfold > before) return `${m[1]}.${tenfold}`;
    }
    return text;
  }
  if (typeof raw !== 'string') return '';
  return cleanResidue(raw).replace(/\s+/g, '').replace(/\.$/, '');
}

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || v === '';
}

function textOf(raw: unknown): string {
  if (raw === null || raw === undefined) return '';
  return typeof raw === 'string' ? raw : String(raw);
}

/** A figure as typed: "18", "90%" or "0,5" as numbers the Vietnamese way, a chosen wording as text. */
function figureOf(raw: unknown, decimal: ScoreLayout['decimal']): number | string | null {
  const v = readCell(raw, { decimal }).value;
  if (v.kind === 'number' || v.kind === 'percent' || v.kind === 'count') return v.value;
  if (v.kind === 'empty') return null;
  const text = cleanResidue(String(raw)).trim();
  return text === '' ? null : text;
}
