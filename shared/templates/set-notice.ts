import type { CriteriaSet } from '../criteria/criteria-set';
import { setCoverage } from '../criteria/set-coverage';
import { formatProblem } from '../problems/format-problem';
import type { TemplateOptions } from './template-options';

/**
 * The line a sheet built from a set carries under its title when the set does not fully cover
 * the sheet's use: the example set is partial and district-level (2023), and a commune's 2026
 * sheet says so on the page, not only in a console.
 */
export function setNotice(set: CriteriaSet, options: TemplateOptions): string | undefined {
  const notes = setCoverage(set, { level: options.level, year: options.year });
  if (notes.length === 0) return undefined;
  return `Lưu ý: ${notes.map((p) => formatProblem(p, 'vi')).join(' ')}`;
}
