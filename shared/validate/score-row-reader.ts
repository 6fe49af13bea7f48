import { isCriterionCode } from '../criteria/criterion-code';
import { cleanResidue } from '../numbers/clean-residue';
import { readCell } from '../numbers/read-cell';
import { atCell, problem, type Problem } from '../problems/problem';
import { columnLetters } from '../sheet/a1';
import { isNotApplicableMark } from '../scoring/not-applicable';
import type { ScoreNumberField, SheetScoreRow, SheetTotalRow } from './read-score-rows';
import type { ScoreColumn, ScoreLayout } from './table-layout';
import { objectList } from './object-list';
import { isTotalLabel } from './total-label';

/** The columns in the order a row's `cells` record lists them (the order they are read in). */
const COLUMNS: readonly ScoreColumn[] = ['code', 'name', 'max', 'self', 'appraised', 'deduction', 'evidence', 'result', 'resultBase', 'opinion', 'responsible'];
// Each column's place in COLUMNS, where its letters are kept.
const CODE = 0;
const NAME = 1;
const MAX = 2;
const SELF = 3;
const APPRAISED = 4;
const DEDUCTION = 5;
const EVIDENCE = 6;
const RESULT = 7;
const RESULT_BASE = 8;
const OPINION = 9;
const RESPONSIBLE = 10;

type Cells = Partial<Record<ScoreColumn, string>>;

/**
 * readScoreRows, adding its problems to `problems`: validation goes on adding to the same list rather
 * than copying it. A table is read in one pass, and a row of numbers makes no array, closure or reading
 * object that the result does not keep: validation is asked of thousands of rows at a time.
 */
export function readScoreRowsInto(block: readonly (readonly unknown[])[], layout: ScoreLayout, problems: Problem[]):
  { rows: SheetScoreRow[]; totals: SheetTotalRow[] } {
  const reader = new RowReader(layout, problems);
  for (let i = 0; i < block.length; i++) {
    const rowCells = block[i];
    // A blank row holds no code, total or problem; skipping it early keeps a sheet of a million empty rows fast.
    // A hole in a sparse block is no row either.
    if (rowCells === undefined || isBlankRow(rowCells)) continue;
    reader.read(rowCells, layout.firstRow + i);
  }
  return { rows: reader.rows, totals: reader.totals };
}

/**
 * The rows and totals read so far, and what reading a row needs of the layout. A row is read by a
 * method of its own rather than in the loop above: V8 optimises a small method called two thousand
 * times sooner than it replaces a long-running loop in place, and the first few tables of a session
 * are the ones an officer waits for.
 */
class RowReader {
  readonly rows = objectList<SheetScoreRow>();
  readonly totals = objectList<SheetTotalRow>();
  private readonly decimal: ScoreLayout['decimal'];
  private readonly firstColumn: number;
  // Column letters once per column, not per cell: only the row number changes down the table. A column
  // before A has none: columnLetters throws for it when a cell of it is first read, as it always has
  // (a table of blank rows reads none).
  private readonly letters: readonly (string | undefined)[];
  private readonly columns: ScoreLayout['columns'];

  constructor(layout: ScoreLayout, private readonly problems: Problem[]) {
    const { columns } = layout;
    this.columns = columns;
    this.decimal = layout.decimal;
    this.firstColumn = layout.firstColumn;
    this.letters = COLUMNS.map((c) => {
      const offset = columns[c];
      const column = offset === undefined ? 0 : layout.firstColumn + offset;
      return Number.isInteger(column) && column >= 1 ? columnLetters(column) : undefined;
    });
  }

  read(rowCells: readonly unknown[], row: number): void {
    const { problems, decimal } = this;
    const {
      code: oCode, name: oName, max: oMax, self: oSelf, appraised: oAppraised, deduction: oDeduction, evidence: oEvidence,
      result: oResult, resultBase: oResultBase, opinion: oOpinion, responsible: oResponsible,
    } = this.columns;
    const rowText = String(row);
    // A fresh object per row: the row or total keeps it, nothing writes to it after this row. Its
    // properties are set in one fixed order, so every row's record has the same shape.
    const cells: Cells = {};
    let rawCode: unknown;
    if (oCode !== undefined) { cells.code = this.letterOf(CODE, oCode) + rowText; rawCode = rowCells[oCode]; }
    const code = codeOf(rawCode, this.rows);
    let rawName: unknown;
    if (oName !== undefined) { cells.name = this.letterOf(NAME, oName) + rowText; rawName = rowCells[oName]; }
    const name = textOf(rawName);
    // The row's problems go straight to the list; a row that turns out to be neither a criterion nor a
    // total takes them back (below), as it never had them.
    const firstProblem = problems.length;
    let max: number | null = null;
    if (oMax !== undefined) { const cell = this.letterOf(MAX, oMax) + rowText; cells.max = cell; max = pointsOf(rowCells[oMax], cell, decimal, problems); }
    let self: number | null = null;
    let notApplicable = false;
    if (oSelf !== undefined) {
      const cell = this.letterOf(SELF, oSelf) + rowText;
      cells.self = cell;
      const raw = rowCells[oSelf];
      if (isNotApplicableMark(raw)) notApplicable = true;
      else self = pointsOf(raw, cell, decimal, problems);
    }
    let appraised: number | null = null;
    if (oAppraised !== undefined) {
      const cell = this.letterOf(APPRAISED, oAppraised) + rowText;
      cells.appraised = cell;
      const raw = rowCells[oAppraised];
      if (isNotApplicableMark(raw)) notApplicable = true;
      else appraised = pointsOf(raw, cell, decimal, problems);
    }
    let deduction: number | null = null;
    if (oDeduction !== undefined) {
      const cell = this.letterOf(DEDUCTION, oDeduction) + rowText;
      cells.deduction = cell;
      deduction = pointsOf(rowCells[oDeduction], cell, decimal, problems);
    }
    const criterion = isCriterionCode(code);
    // "Tổng cộng" may sit in the name column, in the STT column, or in a merged A:B: a total wherever its label is.
    const label = criterion ? undefined
      : isTotalLabel(name) ? name : typeof rawCode === 'string' && isTotalLabel(rawCode) ? rawCode : undefined;
    if (label !== undefined) {
      const values: Partial<Record<ScoreNumberField, number>> = {};
      if (max !== null) values.max = max;
      if (self !== null) values.self = self;
      if (appraised !== null) values.appraised = appraised;
      if (deduction !== null) values.deduction = deduction;
      this.totals.push({ row, label, values, cells });
      return;
    }
    if (!criterion) {
      problems.length = firstProblem;
      return;
    }
    let evidenceText = '';
    if (oEvidence !== undefined) { cells.evidence = this.letterOf(EVIDENCE, oEvidence) + rowText; evidenceText = textOf(rowCells[oEvidence]); }
    let results: SheetScoreRow['results'];
    if (oResult !== undefined) {
      cells.result = this.letterOf(RESULT, oResult) + rowText;
      const main = figureOf(rowCells[oResult], decimal);
      let rawSecond: unknown;
      if (oResultBase !== undefined) { cells.resultBase = this.letterOf(RESULT_BASE, oResultBase) + rowText; rawSecond = rowCells[oResultBase]; }
      results = { main, second: figureOf(rawSecond, decimal) };
    }
    let opinion = '';
    if (oOpinion !== undefined) { cells.opinion = this.letterOf(OPINION, oOpinion) + rowText; opinion = textOf(rowCells[oOpinion]); }
    let responsible = '';
    if (oResponsible !== undefined) { cells.responsible = this.letterOf(RESPONSIBLE, oResponsible) + rowText; responsible = textOf(rowCells[oResponsible]); }
    const scoreRow: { -readonly [K in keyof SheetScoreRow]: SheetScoreRow[K] } = {
      row, code, name, max, self, appraised, statedDeduction: deduction, opinion, responsible, cells,
    };
    // Set after the literal rather than spread into it: the spread form is the slow path in V8.
    if (evidenceText) scoreRow.evidenceText = evidenceText;
    if (results) scoreRow.results = results;
    if (notApplicable) scoreRow.notApplicable = notApplicable;
    this.rows.push(scoreRow);
  }

  private letterOf(slot: number, offset: number): string {
    return this.letters[slot] ?? columnLetters(this.firstColumn + offset);
  }
}

/** every(isBlank) without the callback; a hole reads as undefined, which every() skipped as blank anyway. */
function isBlankRow(cells: readonly unknown[]): boolean {
  for (let j = 0; j < cells.length; j++) {
    const v = cells[j];
    if (v !== null && v !== undefined && v !== '') return false;
  }
  return true;
}

/**
 * A score cell's points, its problems added to `problems`. A number or an empty cell (what a sheet
 * hands over for nearly every score) is answered here, exactly as readCell would: a finite number is
 * itself, anything else has no points and no problem.
 */
function pointsOf(raw: unknown, cell: string, decimal: ScoreLayout['decimal'], problems: Problem[]): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (raw === null || raw === undefined) return null;
  const reading = readCell(raw, { decimal, context: 'points' });
  for (const p of reading.problems) problems.push(atCell(p, cell));
  const v = reading.value;
  if (v.kind === 'number') {
    // Text that reads as a number counts here but not in the sheet's SUMs: say so, with the conversion as the fix.
    if (typeof raw === 'string' && reading.problems.length === 0) {
      // problem()'s object, written out: a table of text numbers has one in every score cell.
      const value = v.value;
      problems.push({ code: 'number_stored_as_text', severity: 'error', params: { text: raw.trim(), value }, cell, fix: { value } });
    }
    return v.value;
  }
  if (v.kind !== 'empty' && v.kind !== 'invalid') {
    problems.push(problem('number_expected', 'error', { text: v.kind === 'text' ? v.text : cleanResidue(String(raw)) }, { cell }));
  }
  return null;
}

/**
 * "1.1.3", "1.2." and the number 1.2 all give "1.2"; residue such as "<b>1</b>" is stripped. A code
 * typed as a number loses a trailing zero (3.10 becomes 3.1): after 3.9 in document order, 3.1 can
 * only have been 3.10.
 */
function codeOf(raw: unknown, rows: readonly SheetScoreRow[]): string {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return '';
    const text = String(raw);
    const m = /^(\d+)\.(\d)$/.exec(text);
    const prev = rows[rows.length - 1]?.code.split('.');
    if (m && prev && prev[0] === m[1] && prev[1] !== undefined) {
      const before = Number(prev[1]);
      const tenfold = Number(m[2]) * 10;
      if (before >= Number(m[2]) && tenfold > before) return `${m[1]}.${tenfold}`;
    }
    return text;
  }
  if (typeof raw !== 'string') return '';
  // Digits and dots only (nearly every code) hold no residue or space to strip.
  if (isDigitsAndDots(raw)) return raw.endsWith('.') ? raw.slice(0, -1) : raw;
  return cleanResidue(raw).replace(/\s+/g, '').replace(/\.$/, '');
}

function isDigitsAndDots(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x30 || c > 0x39) && c !== 0x2e) return false;
  }
  return true;
}

function textOf(raw: unknown): string {
  if (raw === null || raw === undefined) return '';
  return typeof raw === 'string' ? raw : String(raw);
}

/** A figure as typed: "18", "90%" or "0,5" as numbers the Vietnamese way, a chosen wording as text. */
function figureOf(raw: unknown, decimal: ScoreLayout['decimal']): number | string | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number' && Number.isFinite(raw)) return raw;
  const v = readCell(raw, { decimal }).value;
  if (v.kind === 'number' || v.kind === 'percent' || v.kind === 'count') return v.value;
  if (v.kind === 'empty') return null;
  const text = cleanResidue(String(raw)).trim();
  return text === '' ? null : text;
}
