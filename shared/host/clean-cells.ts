import { cleanResidue, hasResidue } from '../numbers/clean-residue';

/**
 * The clean-up of a selection as one block to write back: formulas stay formulas, cleaned text and
 * untouched text carry a leading apostrophe so the spreadsheet keeps them as text, numbers stay numbers.
 */
export function cleanCells(values: readonly (readonly unknown[])[], formulas: readonly (readonly (string | null | undefined)[])[]): { cells: unknown[][]; changed: number } {
  let changed = 0;
  const cells = values.map((row, r) => row.map((v, c) => {
    const f = formulas[r]?.[c];
    if (f) return f.startsWith('=') ? f : `=${f}`;
    if (typeof v === 'string' && hasResidue(v)) {
      changed++;
      return `'${cleanResidue(v, { keepLineBreaks: true })}`;
    }
    return typeof v === 'string' && v !== '' ? `'${v}` : v;
  }));
  return { cells, changed };
}
