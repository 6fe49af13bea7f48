import { cleanResidue } from '../numbers/clean-residue';
import { readCell } from '../numbers/read-cell';
import type { CellValue, ScalarValue } from '../numbers/values';
import { atCell, problem, type Problem } from '../problems/problem';
import { a1 } from '../sheet/a1';
import type { TargetLayout } from './table-layout';

/** Achieved values and targets of a plan's table: percentages within 0–100 %, no malformed numbers. */
export function validateTargetTable(block: readonly (readonly unknown[])[], layout: TargetLayout): Problem[] {
  const problems: Problem[] = [];
  block.forEach((cells, i) => {
    const row = layout.firstRow + i;
    const unitOffset = layout.columns.unit;
    const unit = unitOffset === undefined ? '' : cleanResidue(String(cells[unitOffset] ?? ''));
    const assumePercent = unit === '%';
    for (const offset of layout.columns.values) {
      const cell = a1(row, layout.firstColumn + offset);
      const reading = readCell(cells[offset], { decimal: layout.decimal, context: 'percent', assumePercent });
      problems.push(...reading.problems.map((p) => atCell(p, cell)));
      for (const fraction of percentagesOf(reading.value)) {
        if (fraction < 0 || fraction > 1 + 1e-9) problems.push(problem('percent_out_of_range', 'error', { value: fraction }, { cell }));
      }
    }
  });
  return problems;
}

function percentagesOf(value: CellValue): number[] {
  const scalar = (v: ScalarValue): number[] => {
    if (v.kind === 'percent') return [v.value];
    if (v.kind === 'target' && v.unit === 'percent') return v.bound.op === 'between' ? [v.bound.min, v.bound.max] : [v.bound.value];
    return [];
  };
  if (value.kind === 'per-level') return value.entries.flatMap((e) => scalar(e.value));
  if (value.kind === 'percent' || value.kind === 'target' || value.kind === 'number') return scalar(value);
  return [];
}
