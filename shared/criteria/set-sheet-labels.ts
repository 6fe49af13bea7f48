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

export const ROUNDING_LABELS = { 'half-up': 'Làm tròn (ROUND)', truncate: 'Cắt bỏ (ROUNDDOWN)' } as const;

export const SET_TABLE_HEADERS = ['Mã', 'Tên tiêu chí', 'Điểm tối đa', 'Cách tính', 'Ghi chú'] as const;
