import { DEFAULT_CRITERIA_SET, rankScoredUnits, rankedSummarySpec } from '../../../shared';

const unit = (source: string, letterhead: string, appraised: number, max: number): Parameters<typeof rankScoredUnits>[0][number] => ({
  source,
  grid: { values: [['UBND HUYỆN VĨNH LINH'], [letterhead]] },
  outcome: {
    areas: [{ area: '1', name: 'Công tác chỉ đạo', max, appraised, self: appraised, deduction: appraised - max, lost: 1 }],
    indexMax: max, indexBasis: 'sheet', totals: { max, self: appraised, appraised, deduction: appraised - max, lost: 1 }, index: appraised / max,
  },
});

describe('units ranked from their score sheets, as cchc rank and the web page rank them', () => {
  test('labelled by letterhead, else by source; ties share a rank; figures rounded as printed', () => {
    const rows = rankScoredUnits([
      unit('a', 'XÃ TRIỆU SƠN', 16.594, 40),
      unit('b', 'XÃ ……………', 30, 40),
      unit('c', 'XÃ TRIỆU SƠN', 30, 40),
    ], DEFAULT_CRITERIA_SET);
    expect(rows.map((r) => [r.from, r.unit, r.total, r.index, r.rankLabel])).toEqual([
      [1, 'b', 30, 0.75, '01/03'],
      [2, 'xã Triệu Sơn (c)', 30, 0.75, '01/03'],
      [0, 'xã Triệu Sơn (a)', 16.59, 0.4149, '03/03'],
    ]);
  });

  test('the summary sheet lists each unit in rank order', () => {
    const rows = rankScoredUnits([unit('a', 'XÃ A LƯỚI', 10, 40), unit('b', 'XÃ HƯƠNG PHONG', 20, 40)], DEFAULT_CRITERIA_SET);
    const spec = rankedSummarySpec(rows, { year: 2026 });
    const names = spec.rows.flatMap((r) => r.cells.map((c) => c?.value)).filter((v) => v === 'xã A Lưới' || v === 'xã Hương Phong');
    expect(names).toEqual(['xã Hương Phong', 'xã A Lưới']);
  });
});
