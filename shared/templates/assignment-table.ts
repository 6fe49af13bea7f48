import { NQ76_AREAS } from '../criteria/par-areas';
import { finishSheet } from './finish-sheet';
import { addLetterhead, referenceLine } from './letterhead';
import { toRoman } from './roman';
import { SheetBuilder } from './sheet-builder';
import type { SheetSpec } from './sheet-spec';
import { STYLE } from './styles';
import type { TemplateOptions } from './template-options';

export interface AssignmentTableOptions {
  readonly templateId: string;
  readonly sheetName: string;
  readonly titleLines: readonly string[];
  readonly headers: readonly string[];
  readonly widths: readonly number[];
  readonly roles: readonly string[];
  /** Seed 004's Phụ lục 2 puts the area name in the STT column; Phụ lục 1 gives it a row of its own. */
  readonly areaInFirstColumn: boolean;
  readonly blankRowsPerArea: number;
}

/** Seed 004's assignment tables: a section per reform area with rows for the tasks or targets staff add. */
export function buildAssignmentTable(options: TemplateOptions, t: AssignmentTableOptions): SheetSpec {
  const width = t.headers.length;
  const b = new SheetBuilder(width);
  addLetterhead(b, options, t.titleLines, referenceLine('Kế hoạch', 'KH-UBND', options.year, options));
  const header = b.add('header', t.headers.map((value) => ({ value, style: STYLE.header })), 36);
  const firstData = b.nextRow;
  NQ76_AREAS.forEach((area, i) => {
    const label = `${toRoman(i + 1)}. ${area}`;
    if (t.areaInFirstColumn) {
      const first = b.nextRow;
      for (let r = 0; r < t.blankRowsPerArea; r++) {
        b.add('item', [r === 0 ? { value: label, style: STYLE.section } : { style: STYLE.section },
          ...Array.from({ length: width - 1 }, () => ({ style: STYLE.text }))]);
      }
      b.merge(first, 1, b.nextRow - 1, 1);
      return;
    }
    b.add('section', [{ value: toRoman(i + 1), style: STYLE.sectionCenter }, { value: area, style: STYLE.section },
      ...Array.from({ length: width - 2 }, () => ({ style: STYLE.section }))]);
    for (let r = 0; r < t.blankRowsPerArea; r++) {
      b.add('item', [{ value: r + 1, style: STYLE.center }, ...Array.from({ length: width - 1 }, () => ({ style: STYLE.text }))]);
    }
  });
  const lastData = b.nextRow - 1;
  return finishSheet(b, options, {
    templateId: t.templateId,
    name: t.sheetName,
    columns: t.widths,
    table: { kind: 'assignment', headerRow: header, firstDataRow: firstData, lastDataRow: lastData,
      columns: Object.fromEntries(t.roles.map((role, i) => [role, i + 1])) },
    repeatRows: { first: header, last: header },
  });
}
