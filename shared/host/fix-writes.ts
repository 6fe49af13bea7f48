import type { Problem } from '../problems/problem';
import { parseA1 } from '../sheet/a1';

/** A certain correction as a host writes it: a typed value, never a formula. */
export interface FixWrite {
  readonly row: number;
  readonly column: number;
  readonly cell: string;
  readonly value: number | string;
}

/**
 * The writes that apply every certain fix among `problems` (or only those at `cells`). One write a
 * cell: when two problems fix the same cell the first wins, since a host cannot write both and the
 * validator lists the more specific problem first. Problems without a cell or a fix are skipped.
 */
export function fixWrites(problems: readonly Problem[], cells?: readonly string[]): FixWrite[] {
  const only = cells ? new Set(cells.map((c) => c.toUpperCase())) : undefined;
  const seen = new Set<string>();
  const writes: FixWrite[] = [];
  for (const p of problems) {
    if (!p.fix || !p.cell) continue;
    const cell = p.cell.toUpperCase();
    if (only && !only.has(cell)) continue;
    if (seen.has(cell)) continue;
    const at = parseA1(cell);
    if (!at) continue;
    seen.add(cell);
    writes.push({ row: at.row, column: at.column, cell, value: p.fix.value });
  }
  return writes;
}
