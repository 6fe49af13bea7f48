import { cleanResidue } from '../numbers/clean-residue';
import type { ScoredRow } from './score-table';

export interface RemediationItem {
  readonly code: string;
  readonly name: string;
  readonly max: number;
  readonly appraised: number;
  /** Negative: the points lost. */
  readonly deduction: number;
  readonly opinion: string;
  readonly responsible: string;
}

/**
 * Kế hoạch khắc phục: every criterion that lost points, largest loss first (ties keep the sheet's
 * order), with the council's opinion and the unit responsible, cleaned of pasted residue.
 */
export function remediationList(rows: readonly ScoredRow[]): RemediationItem[] {
  return rows
    .map((row, order) => ({ row, order }))
    .filter(({ row }) => row.isLeaf && row.deduction !== null && row.deduction < 0)
    .sort((a, b) => (a.row.deduction ?? 0) - (b.row.deduction ?? 0) || a.order - b.order)
    .map(({ row }) => ({
      code: row.code,
      name: cleanResidue(row.name ?? ''),
      max: row.max ?? 0,
      appraised: row.appraised ?? 0,
      deduction: row.deduction ?? 0,
      opinion: cleanResidue(row.opinion ?? '', { keepLineBreaks: true }),
      responsible: cleanResidue(row.responsible ?? '', { keepLineBreaks: true }),
    }));
}
