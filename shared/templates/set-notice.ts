import type { CriteriaSet } from '../criteria/criteria-set';
import { setCoverage } from '../criteria/set-coverage';
import { levelOfUnit } from '../host/unit-name';
import { formatProblem } from '../problems/format-problem';
import type { TemplateOptions } from './template-options';

/** What the set does not cover for these options; the level is the one chosen, or the one the unit's name says ("xã Triệu Sơn"). */
export function templateCoverage(set: CriteriaSet, options: Pick<TemplateOptions, 'level' | 'unit' | 'year'>): ReturnType<typeof setCoverage> {
  return setCoverage(set, { level: options.level ?? levelOfUnit(options.unit), year: options.year });
}

/**
 * The line a sheet built from a set carries under its title when the set does not fully cover
 * the sheet's use: the example set is partial and district-level (2023), and a commune's 2026
 * sheet says so on screen (above the print area), not only in a console.
 */
export function setNotice(set: CriteriaSet, options: TemplateOptions): string | undefined {
  const notes = templateCoverage(set, options);
  if (notes.length === 0) return undefined;
  return `Lưu ý: ${notes.map((p) => formatProblem(p, 'vi')).join(' ')}`;
}
