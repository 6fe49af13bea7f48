import type { Problem } from '../problems/problem';
import type { TableLayout } from './table-layout';
import { validateScoreTable } from './validate-score-table';
import { validateTargetTable } from './validate-target-table';

/** Every problem of a table, errors first, then in sheet order. */
export function validateTable(block: readonly (readonly unknown[])[], layout: TableLayout): Problem[] {
  const problems = layout.kind === 'score' ? validateScoreTable(block, layout) : validateTargetTable(block, layout);
  return [...problems].sort((a, b) => severityRank(a) - severityRank(b));
}

function severityRank(p: Problem): number {
  return p.severity === 'error' ? 0 : 1;
}
