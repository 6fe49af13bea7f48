import type { Language } from './format-number';
import type { ProblemCode } from './problem';

interface Formatter {
  /** A number param in the reader's convention. */
  n(key: string): string;
  /** A fraction param shown as a percentage. */
  pct(key: string): string;
  /** A text param as is. */
  s(key: string): string;
  /** A criterion code param named as a user calls it: "lĩnh vực 5" for an area, "tiêu chí 5.1" below (criterionNoun). */
  c(key: string): string;
  /** The same, opening a sentence: "Lĩnh vực 5", "Tiêu chí 5.1". */
  C(key: string): string;
}

type Render = (f: Formatter) => string;

/**
 * What a figure stored as text leaves short: the totals whose formulas skip it (params `totals`,
 * `totalCount`, set by the validator when a formula reads it), said once at the figure's own cell.
 */
const shortVi = (f: Formatter): string => (f.s('totals') ? ` nên tổng ${f.s('totals')} đang thiếu ${f.n('value')}` : '');
const shortEn = (f: Formatter): string => (f.s('totals') ? `, so ${shortTotalsEn(f)}` : '');
const shortTotalsEn = (f: Formatter): string => (f.s('totalCount') === '1'
  ? `the total ${f.s('totals')} is ${f.n('value')} short` : `the totals ${f.s('totals')} are ${f.n('value')} short`);
/** A total a formula computes is not corrected by a fix: its formula is the user's to look at. */
const byFormulaVi = (f: Formatter): string => (f.s('source') === 'formula' ? '; ô này tính bằng công thức, hãy xem lại công thức' : '');
const byFormulaEn = (f: Formatter): string => (f.s('source') === 'formula' ? '; this cell is a formula: check its formula' : '');

/** One catalogue for every host: task pane, sidebar, CLI and function errors all read from here. */
export const MESSAGES: Readonly<Record<ProblemCode, Readonly<Record<Language, Render>>>> = {
  ambiguous_thousands: {
    en: (f) => `"${f.s('text')}" can mean ${f.n('asThousands')} (dot as thousands separator) or ${f.n('asDecimal')} (dot as decimal point); type it without the dot or with a comma decimal.`,
    vi: (f) => `"${f.s('text')}" có thể là ${f.n('asThousands')} (dấu chấm phân cách hàng nghìn) hoặc ${f.n('asDecimal')} (dấu chấm thập phân); hãy gõ không có dấu chấm hoặc dùng dấu phẩy thập phân.`,
  },
  deduction_mismatch: {
    en: (f) => `Deducted points ${f.n('stated')} do not equal appraised minus maximum (${f.n('expected')}).`,
    vi: (f) => `Điểm bị trừ ${f.n('stated')} không bằng điểm thẩm định trừ điểm chuẩn (${f.n('expected')}).`,
  },
  denominator_zero: {
    en: () => `The denominator is 0: the ratio cannot be computed.`,
    vi: () => `Mẫu số bằng 0: không tính được tỷ lệ.`,
  },
  duplicate_criterion: {
    en: (f) => `${f.C('code')} is listed again (first at row ${f.s('firstRow')}): both rows count in the totals; delete or renumber one.`,
    vi: (f) => `${f.C('code')} bị ghi lặp (lần đầu ở dòng ${f.s('firstRow')}): cả hai dòng đều được cộng vào tổng; hãy xóa hoặc đánh lại mã một dòng.`,
  },
  evidence_missing: {
    en: () => `The self-assessed score cites no evidence and no explanation of how it was computed.`,
    vi: () => `Điểm tự đánh giá chưa có tài liệu kiểm chứng hoặc giải trình cách tính.`,
  },
  import_code_derived: {
    en: (f) => `"${f.s('printed')}" ${f.s('name')} has no code of its own; it becomes ${f.s('code')}.`,
    vi: (f) => `"${f.s('printed')}" ${f.s('name')} không có mã riêng; đặt mã ${f.s('code')}.`,
  },
  import_duplicate_code: {
    en: (f) => `Code ${f.s('code')} is printed twice (first on row ${f.n('firstRow')}); this one becomes ${f.s('derived')}. Check the decision.`,
    vi: (f) => `Mã ${f.s('code')} in hai lần (lần đầu ở dòng ${f.n('firstRow')}); dòng này được đặt mã ${f.s('derived')}. Hãy đối chiếu quyết định.`,
  },
  import_formula_factor: {
    en: (f) => `The formula of ${f.c('code')} ends with × ${f.n('factor')} but its maximum is ${f.n('max')}; the maximum is used.`,
    vi: (f) => `Công thức của ${f.c('code')} nhân với ${f.n('factor')} nhưng điểm tối đa là ${f.n('max')}; dùng điểm tối đa.`,
  },
  import_info_missing: {
    en: (f) => `The table does not say ${f.s('field')}; "${f.s('value')}" is used until you correct it.`,
    vi: (f) => `Bảng không ghi ${f.s('fieldVi')}; tạm ghi "${f.s('value')}", hãy sửa lại cho đúng.`,
  },
  import_max_unreached: {
    en: (f) => `${f.C('code')} has a maximum of ${f.n('max')} but its best outcome gives ${f.n('best')}.`,
    vi: (f) => `${f.C('code')} có điểm tối đa ${f.n('max')} nhưng mức cao nhất chỉ được ${f.n('best')} điểm.`,
  },
  import_no_header: {
    en: () => `No criteria table found: it needs a header with "STT" (or "TT", "Mã"), "Tiêu chí" (or "Nội dung") and "Điểm tối đa" (or "Điểm chuẩn", "Điểm").`,
    vi: () => `Không thấy bảng tiêu chí: cần dòng tiêu đề có "STT" (hoặc "TT", "Mã"), "Tiêu chí" (hoặc "Nội dung") và "Điểm tối đa" (hoặc "Điểm chuẩn", "Điểm").`,
  },
  import_no_rows: {
    en: () => `The criteria table has a header but no numbered criteria under it.`,
    vi: () => `Bảng tiêu chí có dòng tiêu đề nhưng không có tiêu chí nào được đánh số bên dưới.`,
  },
  import_outcomes_on_parent: {
    en: (f) => `"${f.s('text')}" sits under ${f.s('code')}, which has sub-criteria; it is kept as a note.`,
    vi: (f) => `"${f.s('text')}" nằm dưới ${f.c('code')} đã có tiêu chí thành phần; được giữ làm ghi chú.`,
  },
  import_parent_sum: {
    en: (f) => `${f.C('parent')} is printed with ${f.n('printed')} points but its children (${f.s('children')}) add up to ${f.n('sum')}; the set uses ${f.n('sum')}.`,
    vi: (f) => `${f.C('parent')} ghi ${f.n('printed')} điểm nhưng các tiêu chí con (${f.s('children')}) cộng lại ${f.n('sum')}; bộ chỉ số dùng ${f.n('sum')}.`,
  },
  import_rule_unread: {
    en: (f) => `The outcomes of ${f.c('code')} were not all understood; it is scored by the council until the wording is corrected.`,
    vi: (f) => `Chưa hiểu hết các mức của ${f.c('code')}; tạm để Hội đồng chấm cho đến khi sửa lời văn.`,
  },
  import_scale_missing: {
    en: () => `The table has no rating scale; Nhóm A from 90%, B from 80%, C from 70% is used until you enter the decision's.`,
    vi: () => `Bảng không ghi thang xếp loại; tạm dùng Nhóm A từ 90%, B từ 80%, C từ 70%, hãy nhập thang của quyết định.`,
  },
  import_total_mismatch: {
    en: (f) => `The printed total is ${f.n('printed')} but the areas add up to ${f.n('sum')}.`,
    vi: (f) => `Tổng điểm ghi ${f.n('printed')} nhưng các lĩnh vực cộng lại ${f.n('sum')}.`,
  },
  malformed_number: {
    en: (f) => `"${f.s('text')}" is not a number: it holds stray characters. Did you mean ${f.s('suggestion')}?`,
    vi: (f) => `"${f.s('text')}" không phải là số: có ký tự lạ lẫn vào. Có phải là ${f.s('suggestion')}?`,
  },
  number_expected: {
    en: (f) => `"${f.s('text')}" should be a number here.`,
    vi: (f) => `"${f.s('text')}" ở ô này phải là một số.`,
  },
  number_too_large: {
    en: (f) => `"${f.s('text')}" has ${f.s('digits')} digits, too many for a number a spreadsheet can hold; check what was typed or pasted.`,
    vi: (f) => `"${f.s('text')}" có ${f.s('digits')} chữ số, quá lớn để bảng tính lưu được thành số; hãy kiểm tra lại nội dung đã gõ hoặc dán.`,
  },
  number_stored_as_text: {
    en: (f) => `"${f.s('text')}" is stored as text, so the sheet's formulas skip it${f.s('totals') ? ` (${shortTotalsEn(f)})` : ''} while the figures printed count it; convert it to the number ${f.n('value')}.`,
    vi: (f) => `"${f.s('text')}" bị lưu dạng chữ nên công thức trên trang bỏ qua${f.s('totals') ? ` (tổng ${f.s('totals')} đang thiếu ${f.n('value')})` : ''}, trong khi số liệu in ra vẫn tính; chuyển thành số ${f.n('value')}.`,
  },
  percent_out_of_range: {
    en: (f) => `The percentage ${f.pct('value')} is outside 0% to 100%.`,
    vi: (f) => `Tỷ lệ ${f.pct('value')} nằm ngoài khoảng 0% đến 100%.`,
  },
  points_above_max: {
    en: (f) => `${f.s('field')} ${f.n('points')} is above the maximum of ${f.n('max')}.`,
    vi: (f) => `${f.s('fieldVi')} ${f.n('points')} vượt điểm tối đa ${f.n('max')}.`,
  },
  points_below_zero: {
    en: (f) => `${f.s('field')} ${f.n('points')} is below 0.`,
    vi: (f) => `${f.s('fieldVi')} ${f.n('points')} nhỏ hơn 0.`,
  },
  ratio_numerator_exceeds: {
    en: (f) => `In the ratio ${f.s('text')} the numerator ${f.n('numerator')} exceeds the denominator ${f.n('denominator')}.`,
    vi: (f) => `Tỷ lệ ${f.s('text')} có tử số ${f.n('numerator')} lớn hơn mẫu số ${f.n('denominator')}.`,
  },
  ratio_result_mismatch: {
    en: (f) => `${f.s('text')}: the stated result ${f.s('stated')} does not match the computed ${f.s('computed')}.`,
    vi: (f) => `${f.s('text')}: kết quả ghi ${f.s('stated')} không khớp với kết quả tính ${f.s('computed')}.`,
  },
  rule_bands_gap: {
    en: (f) => `No outcome of the rule covers ${f.pct('value')}.`,
    vi: (f) => `Không mức nào của cách tính áp dụng cho ${f.pct('value')}.`,
  },
  rule_bands_overlap: {
    en: (f) => `${f.pct('value')} falls in two outcomes of the rule: "${f.s('first')}" and "${f.s('second')}".`,
    vi: (f) => `${f.pct('value')} thuộc cùng lúc hai mức của cách tính: "${f.s('first')}" và "${f.s('second')}".`,
  },
  rule_input_missing: {
    en: (f) => `${f.C('code')} needs ${f.s('needs')} to be scored.`,
    vi: (f) => `${f.C('code')} cần ${f.s('needsVi')} để tính điểm.`,
  },
  rule_outcome_above_max: {
    en: (f) => `Outcome "${f.s('outcome')}" gives ${f.n('points')} points, above the criterion's maximum of ${f.n('max')}.`,
    vi: (f) => `Mức "${f.s('outcome')}" cho ${f.n('points')} điểm, vượt điểm tối đa ${f.n('max')} của tiêu chí.`,
  },
  rule_outcome_unknown: {
    en: (f) => `"${f.s('outcome')}" is not one of the outcomes of ${f.c('code')}: ${f.s('known')}.`,
    vi: (f) => `"${f.s('outcome')}" không thuộc các mức của ${f.c('code')}: ${f.s('known')}.`,
  },
  rule_text_empty: {
    en: () => `The scoring rule ("Cách tính") is empty.`,
    vi: () => `Chưa nhập cách tính điểm ("Cách tính").`,
  },
  rule_text_unclear: {
    en: (f) => `This part of the scoring rule was not understood: "${f.s('part')}". ${f.s('hint')}`,
    vi: (f) => `Không hiểu phần này của cách tính: "${f.s('part')}". ${f.s('hintVi')}`,
  },
  score_differs_from_rule: {
    en: (f) => `Typed ${f.n('typed')}, the rule gives ${f.n('computed')} (difference ${f.n('difference')}). ${f.s('explanation')}`,
    vi: (f) => `Điểm ghi ${f.n('typed')}, theo cách tính là ${f.n('computed')} (chênh ${f.n('difference')}). ${f.s('explanationVi')}`,
  },
  score_missing: {
    en: (f) => `The ${f.s('field')} score of ${f.c('code')} (maximum ${f.n('max')}) is missing.`,
    vi: (f) => `Thiếu ${f.s('fieldVi')} của ${f.c('code')} (điểm chuẩn ${f.n('max')}).`,
  },
  set_child_code: {
    en: (f) => `Code ${f.s('child')} does not start with its parent's code ${f.s('parent')}.`,
    vi: (f) => `Mã ${f.s('child')} không bắt đầu bằng mã của tiêu chí cha ${f.s('parent')}.`,
  },
  set_duplicate_code: {
    en: (f) => `Code ${f.s('code')} appears more than once.`,
    vi: (f) => `Mã ${f.s('code')} bị trùng.`,
  },
  set_invalid: {
    en: (f) => (f.s('detail') ? `${f.s('where')}${f.s('field')} ${f.s('detail')}` : 'The criteria set is not valid.'),
    vi: (f) => (f.s('detailVi') ? `${f.s('whereVi')}${f.s('fieldVi')} ${f.s('detailVi')}` : 'Bộ chỉ số không hợp lệ.'),
  },
  set_level_not_covered: {
    en: (f) => `The criteria set "${f.s('set')}" scores ${f.s('setLevel')}, not ${f.s('level')}: load your province's set for ${f.s('level')}.`,
    vi: (f) => `Bộ chỉ số "${f.s('set')}" dùng cho ${f.s('setLevelVi')}, không phải ${f.s('levelVi')}: hãy nạp Bộ chỉ số của tỉnh cho ${f.s('levelVi')}.`,
  },
  set_parent_sum: {
    en: (f) => `The maximum is ${f.n('parentMax')} but the sub-criteria (${f.s('children')}) add up to ${f.n('sum')}.`,
    vi: (f) => `Điểm tối đa là ${f.n('parentMax')} nhưng tổng điểm các tiêu chí con (${f.s('children')}) là ${f.n('sum')}.`,
  },
  stored_set_invalid: {
    en: (f) => `The criteria set "${f.s('name')}" stored in this file is damaged (${f.s('detail')}) and is not used: scoring uses the example set until it is loaded again.`,
    vi: (f) => `Bộ chỉ số "${f.s('name')}" lưu trong tệp bị hỏng (${f.s('detailVi')}) nên không được dùng: tạm chấm theo bộ chỉ số mẫu cho đến khi nạp lại.`,
  },
  set_partial: {
    en: (f) => `"${f.s('set')}" holds only part of its decision (${f.n('max')} points): the index divides by ${f.s('divisor')}.`,
    vi: (f) => `"${f.s('set')}" chỉ gồm một phần tiêu chí của quyết định (${f.n('max')} điểm): chỉ số chia cho ${f.s('divisorVi')}.`,
  },
  set_year_not_covered: {
    en: (f) => `The criteria set "${f.s('set')}" was issued for ${f.s('setYear')}, not ${f.s('year')}: load the set that applies to ${f.s('year')}.`,
    vi: (f) => `Bộ chỉ số "${f.s('set')}" ban hành cho năm ${f.s('setYear')}, không phải năm ${f.s('year')}: hãy nạp Bộ chỉ số áp dụng cho năm ${f.s('year')}.`,
  },
  target_unreadable: {
    en: (f) => `"${f.s('text')}" is not a target such as "Tối thiểu 80%", "> 95%" or "từ 99% trở lên".`,
    vi: (f) => `"${f.s('text')}" không phải là chỉ tiêu dạng "Tối thiểu 80%", "> 95%" hay "từ 99% trở lên".`,
  },
  total_mismatch: {
    en: (f) => `The ${f.s('column')} total of ${f.s('labelEn')} is ${f.n('stated')}, but its rows add up to ${f.n('expected')}${byFormulaEn(f)}.`,
    vi: (f) => `Tổng ${f.s('columnVi')} của ${f.s('labelVi')} là ${f.n('stated')}, không bằng tổng các dòng thành phần (${f.n('expected')})${byFormulaVi(f)}.`,
  },
  wrong_decimal_separator: {
    en: (f) => `"${f.s('text')}" is stored as text because of its decimal separator${shortEn(f)}; convert it to the number ${f.n('value')}${f.s('suffix')}.`,
    vi: (f) => `"${f.s('text')}" bị lưu dạng chữ do gõ sai dấu thập phân${shortVi(f)}; chuyển thành số ${f.n('value')}${f.s('suffix')}.`,
  },
};
