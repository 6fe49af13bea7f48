import { DEFAULT_CRITERIA_SET, TEMPLATES, buildKeHoachKhacPhuc, buildTongHopDonVi, type SheetSpec } from '../../../shared';
import { sheetFitScale } from '../../../shared/templates/print-scale';
import { spanWidthPoints, withRowHeights } from '../../../shared/templates/row-heights';
import { columnWidthPoints, textWidthPoints, wrappedLines } from '../../../shared/templates/text-metrics';
import { parseA1 } from '../../../shared/sheet/a1';

const LONG = 'Tỷ lệ hồ sơ giải quyết thủ tục hành chính đúng hạn và trước hạn trên tổng số hồ sơ đã giải quyết của đơn vị trong năm';

function bare(columns: number[], cells: SheetSpec['rows'][number]['cells'], merges: string[] = [], extraRows = 0): SheetSpec {
  return {
    templateId: 't', name: 't', font: { name: 'Times New Roman', size: 12 }, columns,
    rows: [{ kind: 'item', cells }, ...Array.from({ length: extraRows }, () => ({ kind: 'item' as const, cells: [] }))],
    merges, frozen: { rows: 0, columns: 0 },
    print: { paper: 'A4', orientation: 'portrait', margins: { top: 20, bottom: 20, left: 30, right: 15 }, repeatRows: { first: 1, last: 1 }, fitToWidth: true, pageNumbers: false },
    validations: [], conditionalFormats: [], table: { kind: 'target', headerRow: 1, firstDataRow: 1, lastDataRow: 1, columns: {} },
  };
}

describe('row heights from the text, its font and the width it wraps in', () => {
  test('a 117-character text wraps to 7 lines in a 20-wide column (about 18 letters a line), to 1 in a 130-wide one', () => {
    expect(LONG.length).toBe(117);
    expect(wrappedLines(LONG, 12, false, columnWidthPoints(20))).toBe(7);
    expect(wrappedLines(LONG, 12, false, columnWidthPoints(130))).toBe(1);
    // Each line break typed in the cell starts a line.
    expect(wrappedLines('a\nb\nc', 12, false, columnWidthPoints(20))).toBe(3);
    // A word longer than the cell breaks over the lines it fills.
    expect(wrappedLines('x'.repeat(60), 12, false, columnWidthPoints(10))).toBe(Math.ceil(textWidthPoints('x'.repeat(60), 12, false) / (columnWidthPoints(10) - 4)));
  });

  test('a wrapped cell gets the height of its lines, with room above and below; one line gets room too', () => {
    const spec = withRowHeights(bare([20], [{ value: LONG, style: { wrap: true } }]));
    // 7 lines of 14,4 points, and half the size plus a point of room: 108.
    expect(spec.rows[0]?.height).toBe(Math.ceil(7 * 12 * 1.2 + 6 + 1));
    // A spreadsheet's default 15 points prints one 12-point line touching its borders: 22.
    expect(withRowHeights(bare([20], [{ value: 'Ngắn', style: { wrap: true } }])).rows[0]?.height).toBe(22);
    // Text that does not wrap stays on one line, so it needs no more than one.
    expect(withRowHeights(bare([20], [{ value: LONG }])).rows[0]?.height).toBe(22);
    // A row with no text keeps the writer's default.
    expect(withRowHeights(bare([20], [{ style: { wrap: true } }])).rows[0]?.height).toBeUndefined();
  });

  test('a merged range wraps in its whole width; a range merged down shares its height among its rows', () => {
    const one = withRowHeights(bare([20, 20, 20], [{ value: LONG, style: { wrap: true } }]));
    const merged = withRowHeights(bare([20, 20, 20], [{ value: LONG, style: { wrap: true } }], ['A1:C1']));
    expect(wrappedLines(LONG, 12, false, spanWidthPoints([20, 20, 20], 1, 3))).toBe(2);
    expect(merged.rows[0]?.height).toBe(Math.ceil(2 * 14.4 + 7));
    expect(one.rows[0]?.height).toBeGreaterThan(merged.rows[0]?.height ?? 0);
    const down = withRowHeights(bare([20], [{ value: LONG, style: { wrap: true } }], ['A1:A2'], 1));
    expect(down.rows.map((r) => r.height)).toEqual([Math.ceil(Math.ceil(7 * 14.4 + 7) / 2), Math.ceil(Math.ceil(7 * 14.4 + 7) / 2)]);
  });

  test('a height the template states is a minimum', () => {
    const spec = withRowHeights({ ...bare([20], [{ value: 'STT', style: { wrap: true } }]), rows: [{ kind: 'header', cells: [{ value: 'STT', style: { wrap: true } }], height: 36 }] });
    expect(spec.rows[0]?.height).toBe(36);
  });
});

const SHEETS: [string, SheetSpec][] = [
  ...TEMPLATES.flatMap((t) => [
    [t.id, t.build({ year: 2026, unit: 'UBND xã Triệu Sơn' })] as [string, SheetSpec],
    [`${t.id} (no unit)`, t.build({ year: 2026 })] as [string, SheetSpec],
  ]),
  ['cham-diem with evidence', TEMPLATES.find((t) => t.id === 'cham-diem')?.build({ year: 2026, withEvidence: true }) as SheetSpec],
  ['ke-hoach-khac-phuc', buildKeHoachKhacPhuc([{ code: '1.2', name: 'Báo cáo CCHC', max: 4, appraised: 1.7, deduction: -2.3, opinion: LONG, responsible: 'Phòng Nội vụ' }], { year: 2026 })],
  ['tong-hop-don-vi', buildTongHopDonVi([{ unit: 'UBND xã Triệu Sơn', areas: { 1: 5.95 }, max: 40 }], { year: 2026, set: DEFAULT_CRITERIA_SET })],
];

describe.each(SHEETS)('%s prints whole', (_name, spec) => {
  test('every text that does not wrap fits the width it has (a merged range counts whole)', () => {
    const spans = new Map(spec.merges.map((m) => {
      const [a, b] = m.split(':').map((x) => parseA1(x));
      return [`${a?.row}:${a?.column}`, [a?.column ?? 0, b?.column ?? 0]] as const;
    }));
    const cut: string[] = [];
    spec.rows.forEach((row, i) => row.cells.forEach((cell, j) => {
      if (!cell || cell.style?.wrap || typeof cell.value !== 'string' || cell.value === '') return;
      // The outcome wordings the dropdowns list sit in hidden columns: never shown, never printed.
      if (spec.hiddenColumns && j + 1 >= spec.hiddenColumns.first && j + 1 <= spec.hiddenColumns.last) return;
      const [from, to] = spans.get(`${i + 1}:${j + 1}`) ?? [j + 1, j + 1];
      const width = textWidthPoints(cell.value, cell.style?.size ?? spec.font.size, cell.style?.bold ?? false);
      if (width > spanWidthPoints(spec.columns, from, to) - 4) cut.push(`row ${i + 1} col ${j + 1}: ${cell.value}`);
    }));
    expect(cut).toEqual([]);
  });

  test('one page wide at a readable scale (80 % or more)', () => {
    expect(sheetFitScale(spec)).toBeGreaterThanOrEqual(0.8);
    expect(spec.print.fitToWidth).toBe(true);
  });
});
