import { NQ01_02_INDICATORS } from '../data/nq01-02-indicators';
import { finishSheet } from '../finish-sheet';
import { addLetterhead, referenceLine } from '../letterhead';
import { SheetBuilder } from '../sheet-builder';
import type { SheetSpec } from '../sheet-spec';
import { STYLE } from '../styles';
import { localText } from '../local-government';
import { addTargetEntryRules } from '../target-entry';
import type { TemplateOptions } from '../template-options';

/** Seed 001: the TTHC indicators of NQ 01 and NQ 02 with their unit, the year's target and who leads and evaluates. */
export function buildChiTieuTthc(options: TemplateOptions): SheetSpec {
  const n = options.year;
  const b = new SheetBuilder(6);
  addLetterhead(b, options, ['Phụ lục', 'Chỉ tiêu cụ thể về cải cách thủ tục hành chính'], referenceLine('Kế hoạch', 'KH-UBND', n, options));
  const header = b.add('header', ['STT', 'Chỉ tiêu', 'Đơn vị', `Chỉ tiêu năm ${n}`, 'Cơ quan chủ trì thực hiện', 'Cơ quan chủ trì đánh giá']
    .map((value) => ({ value, style: STYLE.header })), 36);
  const firstData = b.nextRow;
  NQ01_02_INDICATORS.forEach((group, g) => {
    b.addSpanning('section', { value: `${g + 1}. ${group.name}`, style: STYLE.section });
    for (const item of group.items) {
      if ('heading' in item) {
        b.addSpanning('section', { value: item.heading, style: { bold: true, italic: true, wrap: true, border: true } });
        continue;
      }
      const isGroup = item.unit === '';
      b.add(isGroup ? 'criterion' : 'item', [
        { value: `${item.stt}.`, style: isGroup ? STYLE.criterionCenter : STYLE.center },
        { value: localText(item.text, options), style: isGroup ? STYLE.criterion : STYLE.text },
        { value: item.unit, style: STYLE.center },
        { style: isGroup ? STYLE.center : STYLE.input },
        { style: STYLE.text },
        { style: STYLE.text },
      ]);
    }
  });
  const lastData = b.nextRow - 1;
  addTargetEntryRules(b, firstData, lastData, [4]);
  return finishSheet(b, options, {
    templateId: 'chi-tieu-tthc',
    name: `Chỉ tiêu TTHC ${n}`,
    columns: [7, 52, 8, 16, 30, 26],
    table: { kind: 'target', headerRow: header, firstDataRow: firstData, lastDataRow: lastData,
      columns: { code: 1, name: 2, unit: 3, target: 4, lead: 5, evaluator: 6 } },
    repeatRows: { first: header, last: header },
  });
}
