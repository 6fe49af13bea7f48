import type { Problem } from '../problems/problem';
import { parseA1 } from '../sheet/a1';
import { formulaAt, type SheetFormulas } from '../sheet/formula-references';
import { objectList } from './object-list';
import type { TableLayout } from './table-layout';
import { validateScoreTable } from './validate-score-table';
import { validateTargetTable } from './validate-target-table';

/**
 * Every problem of a table, errors first, then in sheet order. `sheet`: the sheet's formulas (a host's
 * Grid), which every host passes: a cell holding a formula is never given a fix, since writing the fix
 * would replace the formula with a number, and totals computed by formulas are judged as such.
 */
export function validateTable(block: readonly (readonly unknown[])[], layout: TableLayout, sheet?: SheetFormulas): Problem[] {
  const problems = layout.kind === 'score' ? validateScoreTable(block, layout, sheet) : validateTargetTable(block, layout);
  if (sheet) withoutFixesOnFormulas(problems, sheet);
  return errorsFirst(problems);
}

/** The problems at formula cells keep their message and lose their fix: the user decides what the formula should be. */
function withoutFixesOnFormulas(problems: Problem[], sheet: SheetFormulas): void {
  for (let i = 0; i < problems.length; i++) {
    const p = problems[i];
    if (!p?.fix || !p.cell) continue;
    const at = parseA1(p.cell);
    if (!at || formulaAt(sheet, at.row, at.column) === undefined) continue;
    const kept: { -readonly [K in keyof Problem]: Problem[K] } = { ...p };
    delete kept.fix;
    problems[i] = kept;
  }
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
