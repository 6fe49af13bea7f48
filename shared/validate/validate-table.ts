import type { Problem } from '../problems/problem';
import { objectList } from './object-list';
import type { TableLayout } from './table-layout';
import { validateScoreTable } from './validate-score-table';
import { validateTargetTable } from './validate-target-table';

/** Every problem of a table, errors first, then in sheet order. */
export function validateTable(block: readonly (readonly unknown[])[], layout: TableLayout): Problem[] {
  const problems = layout.kind === 'score' ? validateScoreTable(block, layout) : validateTargetTable(block, layout);
  return errorsFirst(problems);
}

/**
 * What a stable sort by severity gives, in one pass instead of n log n comparisons. `problems` is the
 * validator's own new list: returned as it is when it is already in that order.
 */
function errorsFirst(problems: Problem[]): Problem[] {
  const warnings = objectList<Problem>();
  let errors = 0;
  for (let i = 0; i < problems.length; i++) {
    const p = problems[i];
    if (p === undefined) continue;
    if (p.severity !== 'error') warnings.push(p);
    else if (warnings.length === 0) errors++;
    else problems[errors++] = p;
  }
  for (const w of warnings) problems[errors++] = w;
  return problems;
}
