import type { RemediationItem } from '../../scoring/remediation';
import { a1 } from '../../sheet/a1';
import { finishSheet } from '../finish-sheet';
import { addLetterhead, addSignatures, referenceLine, UNIT_SIGNATORIES } from '../letterhead';
import { range, SheetBuilder } from '../sheet-builder';
import type { SheetSpec } from '../sheet-spec';
import { POINTS_FORMAT, STYLE } from '../styles';
import type { TemplateOptions } from '../template-options';

/**
 * Kế hoạch khắc phục: the criteria that lost points, largest loss first, with the council's opinion
 * and the unit responsible (seed 003's letter is exactly this request), plus columns for the remedy
 * and its deadline.
 */
export function buildKeHoachKhacPhuc(items: readonly RemediationItem[], options: TemplateOptions): SheetSpec {
  const n = options.year;
  const b = new SheetBuilder(10);
  addLetterhead(b, options, ['PHỤ LỤC', `Các nội dung bị trừ điểm trong đánh giá Chỉ số cải cách hành chính năm ${n} và giải pháp khắc phục`],
    referenceLine('Kế hoạch', 'KH-UBND', n, options));
  const header = b.add('header', ['STT', 'Mã tiêu chí', 'Tiêu chí/Tiêu chí thành phần', 'Điểm chuẩn', 'Điểm thẩm định', 'Điểm bị trừ',
    'Ý kiến Hội đồng thẩm định', 'Đơn vị chịu trách nhiệm', 'Giải pháp khắc phục', 'Thời hạn hoàn thành'].map((value) => ({ value, style: STYLE.header })), 36);
  const firstData = b.nextRow;
  items.forEach((item, i) => {
    const r = b.nextRow;
    b.add('item', [
      { value: i + 1, style: STYLE.center },
      { value: item.code, style: STYLE.center, numFmt: '@' },
      { value: item.name, style: STYLE.text },
      { value: item.max, style: STYLE.computed, numFmt: POINTS_FORMAT },
      { value: item.appraised, style: STYLE.computed, numFmt: POINTS_FORMAT },
      { formula: `ROUND(${a1(r, 5)}-${a1(r, 4)},2)`, style: STYLE.computed, numFmt: POINTS_FORMAT },
      { value: item.opinion, style: STYLE.text },
      { value: item.responsible, style: STYLE.text },
      { style: { ...STYLE.text, fill: 'input' } },
      { style: { ...STYLE.center, fill: 'input' } },
    ]);
  });
  const lastData = b.nextRow - 1;
  const totalRow = b.add('total', [
    { style: STYLE.total }, { style: STYLE.total },
    { value: `Tổng cộng: ${items.length} tiêu chí, tiêu chí thành phần bị trừ điểm`, style: STYLE.totalLabel },
    { formula: items.length ? `SUM(${range(firstData, 4, lastData, 4)})` : '0', style: STYLE.total, numFmt: POINTS_FORMAT },
    { formula: items.length ? `SUM(${range(firstData, 5, lastData, 5)})` : '0', style: STYLE.total, numFmt: POINTS_FORMAT },
    { formula: items.length ? `SUM(${range(firstData, 6, lastData, 6)})` : '0', style: STYLE.total, numFmt: POINTS_FORMAT },
    { style: STYLE.total }, { style: STYLE.total }, { style: STYLE.total }, { style: STYLE.total },
  ]);
  // The unit sends its plan on its own: place and date, the preparer and the head who signs and seals.
  addSignatures(b, options, UNIT_SIGNATORIES);
  return finishSheet(b, options, {
    templateId: 'ke-hoach-khac-phuc',
    name: `Khắc phục CCHC ${n}`,
    // "Thời hạn hoàn thành" holds a date or "Quý IV/2024" on one line.
    columns: [5, 8, 32, 8, 9, 8, 35, 20, 18, 14],
    table: { kind: 'plan', headerRow: header, firstDataRow: firstData, lastDataRow: lastData,
      columns: { no: 1, code: 2, name: 3, max: 4, appraised: 5, deduction: 6, opinion: 7, responsible: 8, remedy: 9, deadline: 10 },
      markers: { total: totalRow } },
    repeatRows: { first: header, last: header },
  });
}
