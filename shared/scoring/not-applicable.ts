/**
 * What staff type in a score cell (Điểm tự đánh giá or Điểm thẩm định) for a criterion the unit is
 * not scored on ("không được giao … thì không đánh giá chấm điểm"): KĐG, Không đánh giá. One marker,
 * so the sheet's formulas (SUMIFS "<>KĐG") and the core agree on every cell; like those formulas it
 * ignores case and nothing else.
 */
export const NOT_APPLICABLE_MARK = 'KĐG';

const K = 0x6b;

export function isNotApplicableMark(raw: unknown): boolean {
  if (typeof raw !== 'string') return false;
  // Asked of every text score cell, and upper-casing calls into ICU: rule most out first. No character
  // upper-cases to fewer UTF-16 units, and only "k" and "K" upper-case to a text opening with "K"
  // (checked over every code point, see the tests), so anything longer or opening otherwise is no mark.
  if (raw.length > NOT_APPLICABLE_MARK.length || (raw.charCodeAt(0) | 0x20) !== K) return false;
  return raw.toLocaleUpperCase('vi') === NOT_APPLICABLE_MARK;
}
