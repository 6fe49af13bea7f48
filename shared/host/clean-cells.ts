import { cleanResidue, hasResidue } from '../numbers/clean-residue';
import { asTypedText } from './typed-text';

/**
 * The clean-up of a selection. `cells` is the whole block to write back (formulas stay formulas,
 * text is marked as text, numbers, booleans and dates go back as they came), for hosts that must
 * write a rectangle; `changes` holds only the cleaned cells and null elsewhere, for hosts where a
 * null leaves a cell untouched (Excel:
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
 */
export function cleanCells(values: readonly (readonly unknown[])[], formulas: readonly (readonly (string | null | undefined)[])[]): { cells: unknown[][]; changes: (string | null)[][]; changed: number } {
  let changed = 0;
  const changes: (string | null)[][] = [];
  const cells = values.map((row, r) => {
    const changeRow: (string | null)[] = [];
    changes.push(changeRow);
    return row.map((v, c) => {
      const f = formulas[r]?.[c];
      if (f) {
        changeRow.push(null);
        return f.startsWith('=') ? f : `=${f}`;
      }
      if (typeof v === 'string' && hasResidue(v)) {
        changed++;
        const cleaned = asTypedText(cleanResidue(v, { keepLineBreaks: true }));
        changeRow.push(cleaned);
        return cleaned;
      }
      changeRow.push(null);
      return typeof v === 'string' ? asTypedText(v) : v;
    });
  });
  return { cells, changes, changed };
}
