import { addPoints, nearlyEqual, settlePoints } from '../numbers/rounding';
import type { Problem, ProblemCode } from '../problems/problem';
import { a1, parseA1 } from '../sheet/a1';
import { formulaAt, targetsReached, type SheetFormulas } from '../sheet/formula-references';
import type { ScoreNumberField, SheetScoreRow } from './read-score-rows';

/** Reading problems of a figure stored as text: the core counts it, a SUM over it skips it. */
const STORED_AS_TEXT: ReadonlySet<ProblemCode> = new Set<ProblemCode>(['number_stored_as_text', 'wrong_decimal_separator']);

/** A leaf's figure the core reads from text, and the reading problem that reports it. */
interface TextFigure {
  readonly code: string;
  readonly column: ScoreNumberField;
  readonly row: number;
  readonly sheetColumn: number;
  readonly value: number;
  readonly problemIndex: number;
}

/**
 * Totals a sheet computes with formulas, beside the leaves stored as text. A sheet's SUM skips a
 * number stored as text (https://support.microsoft.com/office/sum-function-043e1c7d-7726-4e80-8f32-07b23e057f89:
 * "If an argument is an array or reference, only numbers in that array or reference are counted"),
 * so its total is short by exactly what the core reads from that text. That shortfall is one problem,
 * the text's, and its message names the totals it leaves short; the totals are not errors again.
 */
export class FormulaTotals {
  private readonly figures: TextFigure[] = [];
  /** Sheet cells of the totals each reading problem leaves short, by the problem's place in the list. */
  private readonly short = new Map<number, Set<string>>();

  constructor(private readonly sheet: SheetFormulas, rows: readonly SheetScoreRow[], parents: ReadonlySet<string>,
    private readonly problems: Problem[], readingProblems: number) {
    const atCell = new Map<string, number>();
    for (let i = 0; i < readingProblems; i++) {
      const p = problems[i];
      if (p?.cell && p.fix && typeof p.fix.value === 'number' && STORED_AS_TEXT.has(p.code)) atCell.set(p.cell, i);
    }
    if (atCell.size === 0) return;
    for (const row of rows) {
      if (row.notApplicable || parents.has(row.code)) continue;
      for (const column of ['max', 'self', 'appraised'] as const) {
        const cell = row.cells[column];
        const index = cell === undefined ? undefined : atCell.get(cell);
        const at = cell === undefined ? undefined : parseA1(cell);
        const fix = index === undefined ? undefined : problems[index]?.fix;
        if (index === undefined || !at || !fix || typeof fix.value !== 'number') continue;
        this.figures.push({ code: row.code, column, row: at.row, sheetColumn: at.column, value: fix.value, problemIndex: index });
      }
    }
  }

  isFormula(cell: string): boolean {
    const at = parseA1(cell);
    return at !== undefined && formulaAt(this.sheet, at.row, at.column) !== undefined;
  }

  /**
   * Whether the formula at `cell`, the total of `code`'s leaves (every leaf for a "Tổng cộng" row)
   * in `column`, shows `stated` only because it skips leaves stored as text that it reads: what the
   * leaves add up to (`sum`, before settling) less those leaves is what it shows. Then those leaves'
   * problems name this total.
   */
  explains(cell: string, code: string | undefined, column: ScoreNumberField, stated: number, sum: number): boolean {
    const reached = this.reached(cell, code, column);
    if (!reached || !nearlyEqual(stated, settlePoints(addPoints(sum, -reached.skipped)))) return false;
    this.record(cell, reached.figures);
    return true;
  }

  /**
   * A formula total whose result the file does not hold (a spreadsheet computes it on opening):
   * when it reads leaves stored as text, their problems name it, as they do when its saved result
   * shows the shortfall, so a workbook gets the same message saved with results or without.
   */
  unsaved(cell: string, code: string | undefined, column: ScoreNumberField): void {
    const reached = this.reached(cell, code, column);
    if (reached) this.record(cell, reached.figures);
  }

  private record(cell: string, figures: readonly TextFigure[]): void {
    for (const f of figures) {
      const cells = this.short.get(f.problemIndex) ?? new Set<string>();
      cells.add(cell);
      this.short.set(f.problemIndex, cells);
    }
  }

  /** The text leaves the formula at `cell` reads, and what they add up to; undefined when it reads none. */
  private reached(cell: string, code: string | undefined, column: ScoreNumberField): { figures: TextFigure[]; skipped: number } | undefined {
    if (column === 'deduction' || this.figures.length === 0) return undefined;
    const prefix = code === undefined ? undefined : `${code}.`;
    const mine = this.figures.filter((f) => f.column === column && (prefix === undefined || f.code.startsWith(prefix)));
    const at = parseA1(cell);
    if (mine.length === 0 || !at || !this.isFormula(cell)) return undefined;
    const reached = targetsReached(this.sheet, at, mine.map((f) => ({ row: f.row, column: f.sheetColumn })));
    if (!reached || reached.size === 0) return undefined;
    const figures = [...reached].flatMap((k) => (mine[k] ? [mine[k]] : []));
    return { figures, skipped: figures.reduce((n, f) => addPoints(n, f.value), 0) };
  }

  /** Each text figure's problem, its message naming the totals it leaves short ("… nên tổng D36, D37, D55 đang thiếu 0,25"). */
  nameTotalsAtCauses(): void {
    for (const [index, cells] of this.short) {
      const p = this.problems[index];
      if (!p) continue;
      const sorted = [...cells].map((c) => parseA1(c) ?? { row: 0, column: 0 })
        .sort((x, y) => x.row - y.row || x.column - y.column).map((c) => a1(c.row, c.column));
      this.problems[index] = { ...p, params: { ...p.params, totals: sorted.join(', '), totalCount: sorted.length } };
    }
  }
}
