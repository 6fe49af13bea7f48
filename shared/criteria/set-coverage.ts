import { formatNumber } from '../problems/format-number';
import { problem, type Problem } from '../problems/problem';
import type { CriteriaSet, UnitLevel } from './criteria-set';
import { LEVEL_LABELS } from './set-sheet-labels';
import { totalMax } from './walk';

export interface CoverageRequest {
  /** The level of the unit being scored or planned for. */
  readonly level?: UnitLevel | undefined;
  readonly year?: number | undefined;
  /** The decision's whole maximum the user gave for a partial set. */
  readonly fullMax?: number | undefined;
}

const levelVi = (l: UnitLevel): string => `cấp ${LEVEL_LABELS[l].toLocaleLowerCase('vi')}`;
const levelEn: Readonly<Record<UnitLevel, string>> = { tinh: 'province level', so: 'departments', huyen: 'district level', xa: 'communes and wards' };

/**
 * What a set does not cover for this use: a partial set (and which maximum the index then divides
 * by), another level, another year. Warnings, never a silent substitute.
 */
export function setCoverage(set: CriteriaSet, request: CoverageRequest = {}): Problem[] {
  const problems: Problem[] = [];
  if (set.complete === false) {
    const fullMax = request.fullMax ?? set.fullMax;
    const own = totalMax(set);
    problems.push(problem('set_partial', 'warning', {
      set: set.name, max: own,
      divisor: fullMax === undefined ? `the ${formatNumber(own, 'en')} points it holds (give the decision's whole maximum to divide by it)` : `the whole maximum of ${formatNumber(fullMax, 'en')} points given, the missing criteria counted as earned`,
      divisorVi: fullMax === undefined ? `${formatNumber(own, 'vi')} điểm của các tiêu chí có trong bộ (hãy nhập điểm tối đa của cả bộ chỉ số để chia đúng)` : `điểm tối đa của cả bộ là ${formatNumber(fullMax, 'vi')} điểm đã nhập, các tiêu chí không có trong bộ tính như đạt đủ điểm`,
    }));
  }
  if (request.level !== undefined && request.level !== set.level) {
    problems.push(problem('set_level_not_covered', 'warning', {
      set: set.name, setLevel: levelEn[set.level], level: levelEn[request.level], setLevelVi: levelVi(set.level), levelVi: levelVi(request.level),
    }));
  }
  if (request.year !== undefined && request.year !== set.year) {
    problems.push(problem('set_year_not_covered', 'warning', { set: set.name, setYear: String(set.year), year: String(request.year) }));
  }
  return problems;
}
