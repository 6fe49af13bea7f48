import { formatProblem, type Language, type Problem } from '../shared';

/** One problem as `check --json` and `score --json` print it; the shape is stable (README). */
export interface ProblemRow {
  readonly file: string;
  readonly sheet: string;
  readonly cell: string | null;
  readonly severity: Problem['severity'];
  readonly code: Problem['code'];
  readonly message: string;
}

/** The cell is a column of its own in the report, so the message does not repeat it. */
function withoutCell(p: Problem): Problem {
  const { cell: _cell, ...rest } = p;
  return rest;
}

export function problemRow(file: string, sheet: string, p: Problem, language: Language): ProblemRow {
  return { file, sheet, cell: p.cell ?? null, severity: p.severity, code: p.code, message: formatProblem(withoutCell(p), language) };
}
