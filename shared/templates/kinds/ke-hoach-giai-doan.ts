import { NQ76_AREAS } from '../../criteria/par-areas';
import { PHASE_GOALS } from '../data/phase-goals';
import { finishSheet } from '../finish-sheet';
import { addLetterhead, referenceLine } from '../letterhead';
import { toRoman } from '../roman';
import { SheetBuilder } from '../sheet-builder';
import type { SheetSpec } from '../sheet-spec';
import { STYLE } from '../styles';
import { localText } from '../local-government';
import { phaseOf } from '../phase';
import { addTargetEntryRules } from '../target-entry';
import type { TemplateOptions } from '../template-options';

/**
 * Seed 002: the goals of each reform area for the five-year phase the chosen year falls in and the
 * outlook five years on, pre-filled with those the seed states with a figure.
 */
export function buildKeHoachGiaiDoan(options: TemplateOptions): SheetSpec {
  const b = new SheetBuilder(6);
  const phase = phaseOf(options.year);
  const outlook = phase.last + 5;
  addLetterhead(b, options, ['PHỤ LỤC', `Mục tiêu cải cách hành chính giai đoạn ${phase.first}–${phase.last}, định hướng đến năm ${outlook}`],
    referenceLine('Quyết định', 'QĐ-UBND', options.year, options));
  const header = b.add('header', ['STT', 'Lĩnh vực', 'Mục tiêu', `Đến năm ${phase.last}`, `Định hướng đến năm ${outlook}`, 'Ghi chú']
    .map((value) => ({ value, style: STYLE.header })), 30);
  const numbers = b.add('column-numbers', [1, 2, 3, 4, 5, 6].map((value) => ({ value, style: STYLE.columnNumber })));
  const firstData = b.nextRow;
  NQ76_AREAS.forEach((area, i) => {
    const goals = PHASE_GOALS[i] ?? [];
    b.add('section', [{ value: toRoman(i + 1), style: STYLE.sectionCenter }, { value: area, style: STYLE.section },
      ...Array.from({ length: 4 }, () => ({ style: STYLE.section }))]);
    goals.forEach((goal, j) => {
      // The document's figures are for 2025 and 2030: a later phase keeps the 2030 figure as its end and leaves the outlook to the unit.
      const end = phase.last === 2025 ? goal.by2025 : phase.last === 2030 ? goal.by2030 : null;
      const after = phase.last === 2025 ? goal.by2030 : null;
      b.add('item', [{ value: j + 1, style: STYLE.center }, { style: STYLE.text }, { value: localText(goal.goal, options), style: STYLE.text },
        { value: end, style: STYLE.input }, { value: after, style: STYLE.input }, { style: STYLE.text }]);
    });
    if (goals.length === 0) b.add('item', [{ value: 1, style: STYLE.center }, { style: STYLE.text }, { style: STYLE.text }, { style: STYLE.input }, { style: STYLE.input }, { style: STYLE.text }]);
  });
  const lastData = b.nextRow - 1;
  addTargetEntryRules(b, firstData, lastData, [4, 5]);
  return finishSheet(b, options, {
    templateId: 'ke-hoach-giai-doan',
    name: `Mục tiêu ${phase.first}-${phase.last}`,
    columns: [6, 24, 56, 16, 16, 16],
    table: { kind: 'target', headerRow: header, firstDataRow: firstData, lastDataRow: lastData,
      columns: { code: 1, area: 2, name: 3, by2025: 4, by2030: 5, note: 6 } },
    repeatRows: { first: header, last: numbers },
  });
}
