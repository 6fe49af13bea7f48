/** Requirement sets each feature needs; checked when used, so an older Excel is told what it lacks instead of failing. */
export const NEEDS = {
  insert: { set: 'ExcelApi', version: '1.9', feature: 'Chèn mẫu phụ lục (định dạng nhiều vùng, in ấn)' },
  read: { set: 'ExcelApi', version: '1.4', feature: 'Đọc bảng trên trang tính' },
  score: { set: 'ExcelApi', version: '1.9', feature: 'Ghi công thức tính điểm' },
  settings: { set: 'ExcelApi', version: '1.4', feature: 'Lưu bộ chỉ số trong tệp' },
} as const;

export class UnsupportedError extends Error {}

export function requireSet(need: { readonly set: string; readonly version: string; readonly feature: string }): void {
  const supported = typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported(need.set, need.version);
  if (!supported) {
    throw new UnsupportedError(`Excel này quá cũ cho tính năng "${need.feature}" (cần ${need.set} ${need.version}). Hãy cập nhật Office hoặc dùng Excel trên web.`);
  }
}
