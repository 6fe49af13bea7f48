import { validateTable } from '../shared';
import type { SheetTable } from './sheets';

/**
 * How many errors (not warnings) a table holds. Every command that reads a score table exits 1
 * when this is above 0, so exit 1 means the same thing whichever command found it.
 */
export function dataErrors(found: SheetTable): number {
  return validateTable(found.table.block, found.table.layout, found.grid).filter((p) => p.severity === 'error').length;
}
