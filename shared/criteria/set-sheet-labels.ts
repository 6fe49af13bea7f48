import type { UnitLevel } from './criteria-set';

/** The labels of the bo-chi-so sheet's information rows, shared by the template and the reader. */
export const SET_INFO_LABELS = {
  name: 'Tên bộ chỉ số',
  province: 'Tỉnh',
  level: 'Cấp đánh giá',
  year: 'Năm áp dụng',
  decision: 'Quyết định ban hành',
  source: 'Nguồn',
  rounding: 'Làm tròn điểm',
  survey: 'Điều tra xã hội học (điểm tối đa)',
  scale: 'Thang xếp loại',
} as const;

export const LEVEL_LABELS: Readonly<Record<UnitLevel, string>> = {
  tinh: 'Tỉnh', so: 'Sở, ban, ngành', huyen: 'Huyện', xa: 'Xã, phường',
};

/** The reader tells them apart by "Cắt bỏ", so a sheet written with the old labels still reads the same. */
export const ROUNDING_LABELS = {
  'half-up': 'Làm tròn đến 2 chữ số thập phân (từ 5 trở lên làm tròn lên)',
  truncate: 'Cắt bỏ phần lẻ sau 2 chữ số thập phân',
} as const;

export const SET_TABLE_HEADERS = ['Mã', 'Tên tiêu chí', 'Điểm tối đa', 'Cách tính', 'Ghi chú'] as const;

/**
 * Lines of a leaf's "Ghi chú" cell that carry what the sheet has no column for, so a set written
 * to the sheet reads back whole: the evidence the decision asks for, and the numbering it printed
 * where the code was derived ("a)").
 */
export const SET_NOTE_PREFIXES = {
  evidence: 'Tài liệu kiểm chứng: ',
  printed: 'Số thứ tự trong quyết định: ',
} as const;
