import type { Language } from '../shared';

/** Every label of the task pane and the sidebar, Vietnamese first. */
export const STRINGS = {
  title: { vi: 'CCHC Phụ lục', en: 'CCHC Appendices' },
  subtitle: { vi: 'Lập, kiểm tra và chấm điểm phụ lục CCHC', en: 'Plan, check and score reform appendices' },
  tabTemplate: { vi: 'Mẫu', en: 'Insert' },
  tabCheck: { vi: 'Kiểm tra', en: 'Check' },
  tabScore: { vi: 'Điểm', en: 'Score' },
  tabTools: { vi: 'Khắc phục', en: 'Follow-up' },
  tabSets: { vi: 'Bộ chỉ số', en: 'Criteria' },
  checkHelp: { vi: 'Mở trang tính có bảng phụ lục rồi bấm Kiểm tra.', en: 'Open the sheet with the appendix table, then check it.' },
  scoreHelp: { vi: 'Mở trang tính chấm điểm: công thức được ghi vào các ô tính toán, ô đã gõ tay được giữ nguyên.', en: 'Open the score sheet: formulas go into the computed cells; typed cells are kept.' },
  toolsHelp: { vi: 'Sau khi chấm điểm: lập kế hoạch khắc phục hoặc tổng hợp các đơn vị.', en: 'After scoring: build the remediation plan or summarise the units.' },
  fix: { vi: 'Sửa', en: 'Fix' },
  fixAll: { vi: 'Sửa tất cả ({n})', en: 'Fix all ({n})' },
  fixed: { vi: 'Đã sửa {n} ô.', en: 'Fixed {n} {cells}.' },
  checked: { vi: 'Đã kiểm tra trang tính "{sheet}".', en: 'Checked sheet "{sheet}".' },
  scored: { vi: 'Đã chấm điểm trang tính "{sheet}".', en: 'Scored sheet "{sheet}".' },
  setFile: { vi: 'Chọn tệp bộ chỉ số (.json)…', en: 'Choose a criteria set file (.json)…' },
  setAdvanced: { vi: 'Nâng cao: dán nội dung JSON', en: 'Advanced: paste JSON' },
  setRefused: { vi: 'Chưa nạp được bộ chỉ số: {n} lỗi, xem bên dưới.', en: 'The set was not loaded: {n} {problems}, listed below.' },
  switchLanguage: { vi: 'English', en: 'Tiếng Việt' },
  templateHeading: { vi: 'Chèn mẫu phụ lục', en: 'Insert a template' },
  template: { vi: 'Mẫu', en: 'Template' },
  year: { vi: 'Năm', en: 'Year' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  unitPlaceholder: { vi: 'ví dụ: xã Triệu Sơn', en: 'e.g. xã Triệu Sơn' },
  evidence: { vi: 'Thêm cột Tài liệu kiểm chứng', en: 'Add an evidence column' },
  insert: { vi: 'Chèn mẫu', en: 'Insert' },
  checkHeading: { vi: 'Kiểm tra số liệu', en: 'Check the figures' },
  check: { vi: 'Kiểm tra trang tính này', en: 'Check this sheet' },
  noProblems: { vi: 'Không có lỗi.', en: 'No problems.' },
  problemsFound: { vi: '{n} vấn đề — bấm vào một vấn đề để chọn ô.', en: '{n} {problems} — click one to select its cell.' },
  scoreHeading: { vi: 'Tính điểm', en: 'Score' },
  score: { vi: 'Tính điểm trang tính này', en: 'Score this sheet' },
  max: { vi: 'Điểm chuẩn', en: 'Maximum' },
  self: { vi: 'Tự đánh giá', en: 'Self-assessed' },
  appraised: { vi: 'Thẩm định', en: 'Appraised' },
  deduction: { vi: 'Bị trừ', en: 'Deducted' },
  lost: { vi: 'Tiêu chí bị trừ điểm', en: 'Criteria that lost points' },
  index: { vi: 'Chỉ số', en: 'Index' },
  rating: { vi: 'Xếp loại', en: 'Rating' },
  chartTitle: { vi: 'Điểm theo lĩnh vực', en: 'Points by area' },
  written: { vi: 'Đã ghi {n} công thức.', en: 'Wrote {n} {formulas}.' },
  kept: { vi: 'Giữ nguyên ô đã gõ tay: {cells}.', en: 'Kept typed cells: {cells}.' },
  indexMax: { vi: 'Chỉ số chia cho', en: 'Index divided by' },
  indexMaxSheet: { vi: '{max} điểm (tổng điểm chuẩn các tiêu chí có trên trang)', en: '{max} points (the total maximum of the criteria the sheet lists)' },
  indexMaxGiven: { vi: '{max} điểm (điểm tối đa đã cho)', en: '{max} points (the maximum given)' },
  indexMaxWhole: {
    vi: '{max} điểm (điểm tối đa của cả bộ chỉ số; các tiêu chí không có trên trang tính như đạt đủ điểm)',
    en: '{max} points (the whole set\'s maximum; criteria the sheet lacks count as earned)',
  },
  sheetDiffersTitle: { vi: 'Ô khiến số liệu trên trang tính khác kết quả ở trên', en: 'Cells where the sheet\'s own figures will differ from the ones above' },
  sheetDiffersHelp: {
    vi: 'Công thức trên trang tính sẽ cho kết quả khác cho đến khi sửa các ô này. Bấm vào ô để chọn; nút "Sửa" chỉ có khi cách sửa là chắc chắn.',
    en: 'The sheet\'s formulas will give other figures until these cells are fixed. Click one to select it; "Fix" appears only where the fix is certain.',
  },
  gapsTitle: { vi: 'Điểm khác kết quả tính từ số liệu trong ý kiến', en: 'Scores that differ from the opinion\'s own figures' },
  toolsHeading: { vi: 'Khắc phục, làm sạch và tổng hợp', en: 'Follow-up: plan, clean and summarise' },
  clean: { vi: 'Làm sạch văn bản vùng chọn', en: 'Clean the selected text' },
  cleaned: { vi: 'Đã làm sạch {n} ô.', en: 'Cleaned {n} {cells}.' },
  plan: { vi: 'Lập kế hoạch khắc phục', en: 'Build the remediation plan' },
  planned: { vi: 'Đã lập "{sheet}" với {n} tiêu chí bị trừ điểm.', en: 'Built "{sheet}" with {n} {criteria} that lost points.' },
  summary: { vi: 'Tổng hợp các đơn vị', en: 'Summarise the units' },
  summarised: { vi: 'Đã tổng hợp {n} đơn vị vào "{sheet}".', en: 'Summarised {n} {units} in "{sheet}".' },
  setsHeading: { vi: 'Bộ chỉ số', en: 'Criteria set' },
  activeSet: { vi: 'Bộ đang dùng', en: 'Active set' },
  setFromSheet: { vi: 'Nạp từ trang tính Bộ chỉ số', en: 'Load from the open criteria sheet' },
  setFromDecision: { vi: 'Nhập bảng tiêu chí của quyết định đã dán vào trang này', en: 'Import the decision\'s criteria table pasted into this sheet' },
  setJson: { vi: 'Nội dung JSON của bộ chỉ số', en: 'The criteria set as JSON' },
  setImport: { vi: 'Nạp bộ chỉ số từ JSON', en: 'Load the set from JSON' },
  setLoaded: { vi: 'Đã nạp "{name}" và chọn làm bộ đang dùng.', en: 'Loaded "{name}" and made it active.' },
  setRemove: { vi: 'Xóa bộ đang chọn khỏi tệp…', en: 'Remove the chosen set from this file…' },
  setRemoveAsk: { vi: 'Xóa hẳn "{name}" khỏi tệp? Bảng và các hàm CCHC sẽ tính theo bộ chỉ số mẫu.', en: 'Remove "{name}" from this file for good? The panel and the CCHC functions will use the example set.' },
  setRemoveYes: { vi: 'Xóa', en: 'Remove' },
  setRemoveNo: { vi: 'Không xóa', en: 'Keep it' },
  setRemoved: { vi: 'Đã xóa "{name}" khỏi tệp.', en: 'Removed "{name}" from this file.' },
  setUsage: { vi: 'Các bộ chỉ số lưu trong tệp chiếm {used} KB trên {limit} KB được phép.', en: 'The stored criteria sets take {used} KB of the {limit} KB allowed.' },
  setUsageNoLimit: { vi: 'Các bộ chỉ số lưu trong tệp chiếm {used} KB.', en: 'The stored criteria sets take {used} KB.' },
  inserted: { vi: 'Đã chèn trang "{sheet}".', en: 'Inserted sheet "{sheet}".' },
  working: { vi: 'Đang xử lý…', en: 'Working…' },
  noTable: { vi: 'Không tìm thấy bảng phụ lục trên trang tính này.', en: 'No appendix table on the open sheet.' },
  failed: { vi: 'Không thực hiện được: {message}', en: 'Failed: {message}' },
  setFileAny: { vi: 'Chọn tệp bộ chỉ số (quyết định .docx, .xlsx hoặc .json)…', en: 'Choose a criteria set file (a decision\'s .docx, .xlsx or .json)…' },
} as const;

export type StringKey = keyof typeof STRINGS;

/** English nouns a count takes, singular and plural: "1 cell", "53 formulas"; Vietnamese nouns do not change. */
const NOUNS: Readonly<Record<string, readonly [string, string]>> = {
  cells: ['cell', 'cells'], problems: ['problem', 'problems'], formulas: ['formula', 'formulas'],
  criteria: ['criterion', 'criteria'], units: ['unit', 'units'],
};

/** A host's own words for some labels (the web page downloads a template where Excel inserts one). */
export type Words = Partial<Record<StringKey, { readonly vi: string; readonly en: string }>>;

let hostWords: Words = {};

export function useWords(words: Words): void {
  hostWords = words;
}

export function t(key: StringKey, language: Language, params: Readonly<Record<string, string | number>> = {}): string {
  return (hostWords[key] ?? STRINGS[key])[language].replace(/\{(\w+)\}/g, (_m, name: string) => {
    const noun = NOUNS[name];
    if (noun && params[name] === undefined) return Number(params.n) === 1 ? noun[0] : noun[1];
    return String(params[name] ?? '');
  });
}
