import { NQ76_AREAS } from '../../criteria/par-areas';
import { PHASE_GOALS } from '../data/phase-goals';
import { finishSheet } from '../finish-sheet';
import { addLetterhead, referenceLine } from '../letterhead';
import { toRoman } from '../roman';
import { SheetBuilder } from '../sheet-builder';
import type { SheetSpec } from '../sheet-spec';
import { STYLE } from '../styles';
import { addTargetEntryRules } from '../target-entry';
import type { TemplateOptions } from '../template-options';

/** Seed 002: the goals of each reform area for 2025 and 2030, pre-filled with those the seed states with a figure. */
export function buildKeHoachGiaiDoan(options: TemplateOptions): SheetSpec {
  const b = new SheetBuilder(6);
  addLetterhead(b, options, ['PHỤ LỤC', 'Mục tiêu cải cách hành chính giai đoạn 2021–2025, định hướng đến năm 2030'],
    referenceLine('Quyết định', 'QĐ-UBND', options.year, options));
  const header = b.add('header', ['STT', 'Lĩnh vực', 'Mục tiêu', 'Đến năm 2025', 'Đến năm 2030', 'Ghi chú']
    .map((value) => ({ value, style: STYLE.header })), 30);
  const numbers = b.add('column-numbers', [1, 2, 3, 4, 5, 6].map((value) => ({ value, style: STYLE.columnNumber })));
  const firstData = b.nextRow;
  NQ76_AREAS.forEach((area, i) => {
    const goals = PHASE_GOALS[i] ?? [];
    b.add('section', [{ value: toRoman(i + 1), style: STYLE.sectionCenter }, { value: area, style: STYLE.section },
      ...Array.from({ length: 4 }, () => ({ style: STYLE.section }))]);
    goals.forEach((goal, j) => {
      b.add('item', [{ value: j + 1, style: STYLE.center }, { style: STYLE.text }, { value: goal.goal, style: STYLE.text },
        { value: goal.by2025, style: STYLE.input }, { value: goal.by2030, style: STYLE.input }, { style: STYLE.text }]);
    });
    if (goals.length === 0) b.add('item', [{ value: 1, style: STYLE.center }, { style: STYLE.text }, { style: STYLE.text }, { style: STYLE.input }, { style: STYLE.input }, { style: STYLE.text }]);
  });
  const lastData = b.nextRow - 1;
  addTargetEntryRules(b, firstData, lastData, [4, 5]);
  return finishSheet(b, options, {
    templateId: 'ke-hoach-giai-doan',
    name: 'Mục tiêu 2021-2025',
    columns: [6, 24, 56, 16, 16, 16],
    table: { kind: 'target', headerRow: header, firstDataRow: firstData, lastDataRow: lastData,
      columns: { code: 1, area: 2, name: 3, by2025: 4, by2030: 5, note: 6 } },
    repeatRows: { first: header, last: numbers },
  });
}
