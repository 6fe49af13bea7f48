/**
 * Requirement sets each feature needs; checked when used, so an older Excel is told what it lacks
 * instead of failing, and the manifest demands nothing beyond what the task pane needs
 * (https://learn.microsoft.com/javascript/api/manifest/requirements). Versions from the
 * `[Api set: ExcelApi …]` annotations of https://learn.microsoft.com/javascript/api/excel.
 */
export const NEEDS = {
  /** worksheets.add, getRange, values/formulas/numberFormat, fonts, fills, borders; the rest is written where present. */
  insert: { set: 'ExcelApi', version: '1.1', feature: 'Chèn mẫu phụ lục' },
  /** getUsedRangeOrNullObject. */
  read: { set: 'ExcelApi', version: '1.4', feature: 'Đọc bảng trên trang tính' },
  /** getUsedRangeOrNullObject, charts.getItemOrNullObject. */
  score: { set: 'ExcelApi', version: '1.4', feature: 'Ghi công thức tính điểm' },
  /** getSelectedRanges (several areas), getRangeByIndexes (chunks). */
  clean: { set: 'ExcelApi', version: '1.9', feature: 'Làm sạch văn bản vùng chọn' },
  /** getRangeByIndexes, to read every sheet in chunks. */
  summary: { set: 'ExcelApi', version: '1.7', feature: 'Tổng hợp các đơn vị' },
} as const;

export type Supports = (excelApiVersion: string) => boolean;

export const excelApi: Supports = (version) => isSupported('ExcelApi', version);

function isSupported(set: string, version: string): boolean {
  return typeof Office !== 'undefined' && Boolean(Office.context?.requirements?.isSetSupported(set, version));
}

export class UnsupportedError extends Error {}

export function requireSet(need: { readonly set: string; readonly version: string; readonly feature: string }): void {
  if (!isSupported(need.set, need.version)) {
    throw new UnsupportedError(`Excel này quá cũ cho tính năng "${need.feature}" (cần ${need.set} ${need.version}). Hãy cập nhật Office hoặc dùng Excel trên web.`);
  }
}
