import { columnLetters } from '../sheet/a1';
import type { SheetSpec } from './sheet-spec';

/**
 * The print area of a sheet whose top rows hold notes for the screen only ("A2:J80": from the first
 * printed row to the last row and column of the description); undefined when the whole sheet prints.
 */
export function printAreaA1(spec: SheetSpec): string | undefined {
  const first = spec.print.firstRow;
  if (first === undefined || first <= 1) return undefined;
  const columns = Math.max(spec.columns.length, ...spec.rows.map((r) => r.cells.length));
  return `A${first}:${columnLetters(columns)}${Math.max(first, spec.rows.length)}`;
}
