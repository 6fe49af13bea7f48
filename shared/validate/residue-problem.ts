import { hasResidue } from '../numbers/clean-residue';
import { problem, type Problem } from '../problems/problem';

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
