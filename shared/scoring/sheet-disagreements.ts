import type { Problem, ProblemCode } from '../problems/problem';

/**
 * The problems at which a score sheet's own recalculated figures part from what scoring prints:
 * figures the core reads from text while the sheet's SUMs skip them, and typed totals or deductions
 * the sheet keeps (scoring never overwrites them) that differ from the sums.
 */
const DISAGREEING: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'number_stored_as_text', 'wrong_decimal_separator', 'ambiguous_thousands', 'total_mismatch', 'deduction_mismatch',
]);

export function sheetDisagreements(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => DISAGREEING.has(p.code) && p.cell !== undefined);
}
