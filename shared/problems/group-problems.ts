import type { Language } from './format-number';
import type { Problem, ProblemCode, Severity } from './problem';

export interface ProblemGroup {
  readonly code: ProblemCode;
  readonly severity: Severity;
  /** What the problems of this kind are about, for the group's heading. */
  readonly title: string;
  /** In the order they came (row order for an import). */
  readonly problems: readonly Problem[];
}

const ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Headings for the kinds an import reports, in the officer's words; other kinds fall back to their severity. */
const TITLES: Partial<Record<ProblemCode, Readonly<Record<Language, string>>>> = {
  import_codes_derived: { vi: 'Mã được đặt cho các mục không có mã riêng', en: 'Codes given to items printed without one' },
  import_duplicate_code: { vi: 'Mã in trùng', en: 'Codes printed twice' },
  import_formula_factor: { vi: 'Công thức nhân với số khác điểm tối đa', en: 'Formulas whose factor is not the maximum' },
  import_info_missing: { vi: 'Thông tin chung bảng không ghi', en: 'Set information the table does not give' },
  import_max_unreached: { vi: 'Điểm tối đa mà không mức nào đạt tới', en: 'Maxima no outcome reaches' },
  import_outcomes_on_parent: { vi: 'Mức điểm nằm dưới tiêu chí đã có tiêu chí thành phần', en: 'Outcomes under a criterion that has sub-criteria' },
  import_parent_sum: { vi: 'Điểm tối đa khác tổng các tiêu chí con', en: 'Maxima that differ from their children\'s sum' },
  import_rule_unread: { vi: 'Cách tính chưa hiểu, tạm để Hội đồng chấm', en: 'Rules not understood, left to the council' },
  import_scale_missing: { vi: 'Thiếu thang xếp loại', en: 'No rating scale' },
  import_total_mismatch: { vi: 'Tổng điểm ghi khác tổng các lĩnh vực', en: 'Printed total differs from the areas\' sum' },
  rule_text_unclear: { vi: 'Lời văn cách tính chưa đọc được', en: 'Rule wordings not read' },
  rule_bands_gap: { vi: 'Khoảng tỷ lệ bị hở', en: 'Gaps between bands' },
  rule_bands_overlap: { vi: 'Khoảng tỷ lệ chồng nhau', en: 'Overlapping bands' },
  rule_outcome_above_max: { vi: 'Mức điểm vượt điểm tối đa', en: 'Outcomes above the maximum' },
  number_expected: { vi: 'Ô cần ghi số', en: 'Cells that need a number' },
};

const FALLBACK: Readonly<Record<Severity, Readonly<Record<Language, string>>>> = {
  error: { vi: 'Lỗi', en: 'Errors' },
  warning: { vi: 'Lưu ý', en: 'Warnings' },
  info: { vi: 'Thông tin', en: 'Information' },
};

/**
 * Problems grouped by kind so a long list reads at a glance: errors first, then warnings, then
 * information; kinds in the order they first appear; each group keeps its problems (and their
 * rows) in the order they came.
 */
export function groupProblems(problems: readonly Problem[], language: Language = 'vi'): ProblemGroup[] {
  const groups = new Map<string, { code: ProblemCode; severity: Severity; problems: Problem[]; first: number }>();
  problems.forEach((p, i) => {
    const key = `${p.severity}:${p.code}`;
    const g = groups.get(key);
    if (g) g.problems.push(p);
    else groups.set(key, { code: p.code, severity: p.severity, problems: [p], first: i });
  });
  return [...groups.values()]
    .sort((a, b) => (ORDER[a.severity] ?? 1) - (ORDER[b.severity] ?? 1) || a.first - b.first)
    .map((g) => ({ code: g.code, severity: g.severity, title: (TITLES[g.code] ?? FALLBACK[g.severity] ?? FALLBACK.warning)[language], problems: g.problems }));
}
