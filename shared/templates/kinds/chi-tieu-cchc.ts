import { NQ76_AREAS } from '../../criteria/par-areas';
import { NQ76_INDICATORS } from '../data/nq76-indicators';
import { finishSheet } from '../finish-sheet';
import { addLetterhead, referenceLine } from '../letterhead';
import { toRoman } from '../roman';
import { SheetBuilder } from '../sheet-builder';
import type { SheetSpec } from '../sheet-spec';
import { STYLE } from '../styles';
import { localText } from '../local-government';
import { addTargetEntryRules } from '../target-entry';
import type { TemplateOptions } from '../template-options';

/** Seed 000: the NQ 76 indicators with last year's result and the targets for N, N+1 and N+2. */
export function buildChiTieuCchc(options: TemplateOptions): SheetSpec {
  const n = options.year;
  const b = new SheetBuilder(7);
  addLetterhead(b, options, ['PHỤ LỤC', `Kế hoạch thực hiện chỉ tiêu cải cách hành chính năm ${n}, dự kiến chỉ tiêu đạt đến năm ${n + 2}`],
    referenceLine('Kế hoạch', 'KH-UBND', n, options));
  const header = b.add('header', [
    'STT', 'Nội dung/Chỉ tiêu theo Nghị quyết 76/NQ-CP của Chính phủ', `Chỉ tiêu đạt năm ${n - 1}`, `Chỉ tiêu đạt năm ${n}`,
    `Dự kiến chỉ tiêu đạt năm ${n + 1}`, `Dự kiến chỉ tiêu đạt năm ${n + 2}`, 'Ghi chú',
  ].map((value) => ({ value, style: STYLE.header })), 48);
  const numbers = b.add('column-numbers', [1, 2, 3, 4, 5, 6, 7].map((value) => ({ value, style: STYLE.columnNumber })));
  const firstData = b.nextRow;
  NQ76_AREAS.forEach((area, i) => {
    b.add('section', [{ value: toRoman(i + 1), style: STYLE.sectionCenter }, { value: area, style: STYLE.section },
      ...Array.from({ length: 5 }, () => ({ style: STYLE.section }))]);
    (NQ76_INDICATORS[i] ?? []).forEach((text, j) => {
      b.add('item', [{ value: j + 1, style: STYLE.center }, { value: localText(text, options), style: STYLE.text },
        ...Array.from({ length: 4 }, () => ({ style: STYLE.input })), { style: STYLE.text }]);
    });
  });
  const lastData = b.nextRow - 1;
  addTargetEntryRules(b, firstData, lastData, [3, 4, 5, 6]);
  return finishSheet(b, options, {
    templateId: 'chi-tieu-cchc',
    name: `Chỉ tiêu CCHC ${n}`,
    columns: [6, 58, 15, 15, 15, 15, 18],
    table: { kind: 'target', headerRow: header, firstDataRow: firstData, lastDataRow: lastData,
      columns: { code: 1, name: 2, previous: 3, target: 4, next: 5, after: 6, note: 7 } },
    repeatRows: { first: header, last: numbers },
  });
}
