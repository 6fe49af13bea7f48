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

/** A vertical run of cleaned cells: offsets from the selection's first cell, and the text for each row. */
export interface CleanedRun {
  readonly row: number;
  readonly column: number;
  readonly cells: readonly string[];
}

/**
 * The cleaned cells of `changes` as runs of adjacent cells in a column, so a host that writes
 * rectangles (Sheets) writes only what it changed and never a cell between: a cell filled by an
 * array result reads as a constant (getFormulas gives "" for it) and writing it back would break the
 * array. The runs follow where the changed cells are, not how many rows the selection has.
 */
export function cleanedRuns(changes: readonly (readonly (string | null)[])[]): CleanedRun[] {
  const runs: { row: number; column: number; cells: string[] }[] = [];
  const columns = Math.max(0, ...changes.map((r) => r.length));
  for (let c = 0; c < columns; c++) {
    let open: { row: number; column: number; cells: string[] } | undefined;
    changes.forEach((line, r) => {
      const v = line[c] ?? null;
      if (v === null) {
        open = undefined;
        return;
      }
      if (!open) {
        open = { row: r, column: c, cells: [] };
        runs.push(open);
      }
      open.cells.push(v);
    });
  }
  return runs;
}
