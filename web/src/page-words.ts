import type { Language } from '../../shared';
import type { Words } from '../../ui/strings';

/** The words of the page around the panel, Vietnamese first. */
export const PAGE_WORDS = {
  filesHeading: { vi: 'Tệp của đơn vị', en: 'Your files' },
  privacy: {
    vi: 'Tệp chỉ được đọc trên máy này, không gửi đi đâu. Tệp gốc không bị sửa: mọi thay đổi được tải về thành tệp mới.',
    en: 'Files are read on this computer only and sent nowhere. The original is never changed: every change is downloaded as a new file.',
  },
  open: { vi: 'Mở tệp Excel (.xlsx)…', en: 'Open Excel files (.xlsx)…' },
  drop: { vi: 'hoặc kéo thả một hay nhiều tệp vào trang này', en: 'or drop one or more files onto this page' },
  dropHere: { vi: 'Thả tệp vào đây để mở', en: 'Drop the files here to open them' },
  workbook: { vi: 'Tệp đang làm việc', en: 'Workbook' },
  sheet: { vi: 'Trang tính', en: 'Sheet' },
  hidden: { vi: '(ẩn)', en: '(hidden)' },
  opening: { vi: 'Đang mở tệp {i}/{n}: {name}', en: 'Opening file {i} of {n}: {name}' },
  opened: { vi: 'Đã mở {n} tệp.', en: 'Opened {n} file(s).' },
  tooLarge: {
    vi: 'Tệp "{name}" quá lớn ({mb} MB), vượt giới hạn {max} MB mà trang đọc được. Hãy tách tệp hoặc xoá các trang, các ô không cần.',
    en: '"{name}" is too large ({mb} MB), beyond the {max} MB this page reads. Split the file or delete unneeded sheets and cells.',
  },
  cannotOpen: { vi: 'Không mở được tệp "{name}".', en: 'Cannot open "{name}".' },
  save: { vi: 'Tải về {name}', en: 'Download {name}' },
  unsaved: { vi: 'Thay đổi nằm trong bản sao này; tệp gốc vẫn như cũ.', en: 'The changes are in this copy; the original is unchanged.' },
  created: { vi: 'Tệp đã tạo (bấm để tải lại)', en: 'Files created (click to download again)' },
  cell: { vi: 'Ô {cell} — dòng {row}: {text}', en: 'Cell {cell} — row {row}: {text}' },
  cellValue: { vi: 'Giá trị trong ô: {value}', en: 'Value in the cell: {value}' },
  emptyCell: { vi: '(trống)', en: '(empty)' },
} as const;

export type PageWordKey = keyof typeof PAGE_WORDS;

export function w(key: PageWordKey, language: Language, params: Readonly<Record<string, string | number>> = {}): string {
  return PAGE_WORDS[key][language].replace(/\{(\w+)\}/g, (_m, name: string) => String(params[name] ?? ''));
}

/** The panel's labels where the page works on files: a template is downloaded, not inserted; the chosen sheet, not a selection. */
export const PANEL_WORDS: Words = {
  templateHeading: { vi: 'Tạo mẫu phụ lục', en: 'Create a template' },
  insert: { vi: 'Tạo và tải về tệp mẫu', en: 'Create and download the template' },
  inserted: { vi: 'Đã tạo tệp "{sheet}".', en: 'Created "{sheet}".' },
  checkHelp: { vi: 'Mở tệp, chọn trang tính có bảng phụ lục rồi bấm Kiểm tra.', en: 'Open a file, choose the sheet with the appendix table, then check it.' },
  check: { vi: 'Kiểm tra trang tính đã chọn', en: 'Check the chosen sheet' },
  problemsFound: { vi: '{n} vấn đề — bấm vào một vấn đề để xem ô.', en: '{n} problem(s) — click one to see its cell.' },
  scoreHelp: {
    vi: 'Chọn trang chấm điểm: công thức được ghi vào các ô tính toán của bản sao, ô đã gõ tay được giữ nguyên; tải bản sao về ở cuối trang.',
    en: 'Choose the score sheet: formulas go into the computed cells of a copy; typed cells are kept; download the copy at the foot of the page.',
  },
  score: { vi: 'Tính điểm trang tính đã chọn', en: 'Score the chosen sheet' },
  clean: { vi: 'Làm sạch văn bản trang tính đã chọn', en: 'Clean the text of the chosen sheet' },
  plan: { vi: 'Lập và tải về kế hoạch khắc phục', en: 'Build and download the remediation plan' },
  planned: { vi: 'Đã tạo tệp "{sheet}" với {n} tiêu chí bị trừ điểm.', en: 'Created "{sheet}" with {n} criterion/criteria that lost points.' },
  summary: { vi: 'Tổng hợp các tệp đã mở', en: 'Summarise the opened files' },
  summarised: { vi: 'Đã tổng hợp {n} đơn vị vào tệp "{sheet}".', en: 'Summarised {n} unit(s) in "{sheet}".' },
  toolsHelp: {
    vi: 'Sau khi chấm điểm: lập kế hoạch khắc phục từ trang đã chọn, hoặc tổng hợp các đơn vị (mỗi tệp đã mở là một đơn vị).',
    en: 'After scoring: build the remediation plan from the chosen sheet, or summarise the units (each opened file is one unit).',
  },
  setFromSheet: { vi: 'Nạp từ trang Bộ chỉ số đã chọn', en: 'Load from the chosen criteria sheet' },
  setFromDecision: { vi: 'Nhập bảng tiêu chí của quyết định đã dán vào trang đã chọn', en: 'Import the decision\'s criteria table pasted into the chosen sheet' },
  noTable: { vi: 'Không tìm thấy bảng phụ lục trên trang tính đã chọn.', en: 'No appendix table on the chosen sheet.' },
};
