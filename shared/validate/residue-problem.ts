import { hasResidue } from '../numbers/clean-residue';
import { problem, type Problem } from '../problems/problem';
import { a1 } from '../sheet/a1';

/**
 * A warning at a cell whose text Clean would change (HTML tags, LaTeX, odd spaces left by a paste):
 * the residue prints as is, so check names each such cell and points to Clean. The sample shows the
 * first tag, or the text's start.
 */
export function residueProblem(text: string, cell: string): Problem | undefined {
  if (!hasResidue(text)) return undefined;
  const tag = /<[^<>]{0,40}>?/.exec(text)?.[0];
  const sample = (tag ?? text.trim()).slice(0, 40);
  return problem('text_residue', 'warning', { sample: `"${sample}${sample.length < (tag ?? text.trim()).length ? '…' : ''}"` }, { cell });
}

/** A warning at every cell of a sheet whose text Clean would change, row by row: what every host's check adds to the table's problems. */
export function residueProblems(values: readonly (readonly unknown[])[]): Problem[] {
  const out: Problem[] = [];
  values.forEach((row, r) => row.forEach((v, c) => {
    if (typeof v !== 'string') return;
    const p = residueProblem(v, a1(r + 1, c + 1));
    if (p) out.push(p);
  }));
  return out;
}
