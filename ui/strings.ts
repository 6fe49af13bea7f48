import type { Language } from '../shared';

/** Every label of the task pane and the sidebar, Vietnamese first. */
export const STRINGS = {
  title: { vi: 'CCHC Phụ lục', en: 'CCHC Appendices' },
  switchLanguage: { vi: 'English', en: 'Tiếng Việt' },
  templateHeading: { vi: 'Chèn mẫu phụ lục', en: 'Insert a template' },
  template: { vi: 'Mẫu', en: 'Template' },
  year: { vi: 'Năm', en: 'Year' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  unitPlaceholder: { vi: 'ví dụ: xã Triệu Sơn', en: 'e.g. xã Triệu Sơn' },
  evidence: { vi: 'Thêm cột Tài liệu kiểm chứng', en: 'Add an evidence column' },
  insert: { vi: 'Chèn mẫu', en: 'Insert' },
  checkHeading: { vi: 'Kiểm tra số liệu', en: 'Check the figures' },
  check: { vi: 'Kiểm tra trang đang mở', en: 'Check this sheet' },
  noProblems: { vi: 'Không có lỗi.', en: 'No problems.' },
  problemsFound: { vi: '{n} vấn đề — bấm vào để chọn ô.', en: '{n} problems — click one to select its cell.' },
  scoreHeading: { vi: 'Tính điểm', en: 'Score' },
  score: { vi: 'Tính điểm trang đang mở', en: 'Score this sheet' },
  max: { vi: 'Điểm chuẩn', en: 'Maximum' },
  self: { vi: 'Tự đánh giá', en: 'Self-assessed' },
  appraised: { vi: 'Thẩm định', en: 'Appraised' },
  deduction: { vi: 'Bị trừ', en: 'Deducted' },
  lost: { vi: 'Tiêu chí bị trừ điểm', en: 'Criteria that lost points' },
  index: { vi: 'Chỉ số', en: 'Index' },
  rating: { vi: 'Xếp loại', en: 'Rating' },
  chartTitle: { vi: 'Điểm theo lĩnh vực', en: 'Points by area' },
  written: { vi: 'Đã ghi {n} ô công thức.', en: 'Wrote {n} formula cells.' },
  kept: { vi: 'Giữ nguyên ô đã gõ tay: {cells}.', en: 'Kept typed cells: {cells}.' },
  gapsTitle: { vi: 'Điểm khác kết quả tính từ số liệu trong ý kiến', en: 'Scores that differ from the opinion\'s own figures' },
  toolsHeading: { vi: 'Làm sạch và tổng hợp', en: 'Clean and summarise' },
  clean: { vi: 'Làm sạch văn bản vùng chọn', en: 'Clean the selected text' },
  cleaned: { vi: 'Đã làm sạch {n} ô.', en: 'Cleaned {n} cells.' },
  plan: { vi: 'Lập kế hoạch khắc phục', en: 'Build the remediation plan' },
  planned: { vi: 'Đã lập "{sheet}" với {n} tiêu chí bị trừ điểm.', en: 'Built "{sheet}" with {n} criteria that lost points.' },
  summary: { vi: 'Tổng hợp các đơn vị', en: 'Summarise the units' },
  summarised: { vi: 'Đã tổng hợp {n} đơn vị vào "{sheet}".', en: 'Summarised {n} units in "{sheet}".' },
  setsHeading: { vi: 'Bộ chỉ số', en: 'Criteria set' },
  activeSet: { vi: 'Bộ đang dùng', en: 'Active set' },
  setFromSheet: { vi: 'Nạp từ trang Bộ chỉ số đang mở', en: 'Load from the open criteria sheet' },
  setJson: { vi: 'Dán JSON của bộ chỉ số', en: 'Paste a criteria set as JSON' },
  setImport: { vi: 'Nhập JSON', en: 'Import JSON' },
  setLoaded: { vi: 'Đã nạp "{name}" và chọn làm bộ đang dùng.', en: 'Loaded "{name}" and made it active.' },
  inserted: { vi: 'Đã chèn trang "{sheet}".', en: 'Inserted sheet "{sheet}".' },
  working: { vi: 'Đang xử lý…', en: 'Working…' },
  noTable: { vi: 'Không tìm thấy bảng phụ lục trên trang đang mở.', en: 'No appendix table on the open sheet.' },
  failed: { vi: 'Không thực hiện được: {message}', en: 'Failed: {message}' },
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, language: Language, params: Readonly<Record<string, string | number>> = {}): string {
  return STRINGS[key][language].replace(/\{(\w+)\}/g, (_m, name: string) => String(params[name] ?? ''));
}
