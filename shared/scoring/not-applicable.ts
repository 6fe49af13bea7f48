/**
 * What staff type in a score cell (Điểm tự đánh giá or Điểm thẩm định) for a criterion the unit is
 * not scored on ("không được giao … thì không đánh giá chấm điểm"): KĐG, Không đánh giá. One marker,
 * so the sheet's formulas (SUMIFS "<>KĐG") and the core agree on every cell; like those formulas it
 * ignores case and nothing else.
 */
export const NOT_APPLICABLE_MARK = 'KĐG';

export function isNotApplicableMark(raw: unknown): boolean {
  return typeof raw === 'string' && raw.toLocaleUpperCase('vi') === NOT_APPLICABLE_MARK;
}
