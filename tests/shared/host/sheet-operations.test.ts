import { DEFAULT_CRITERIA_SET, checkGrid, formatProblem, planGrid, scoreGrid, summaryOfGrids, unitOfSheet, type Grid, type SheetSpec } from '../../../shared';
import { buildChamDiem } from '../../../shared/templates/kinds/cham-diem';
import { seedTable } from '../../helpers/seeds';

describe('scoreGrid on seed 003 as a sheet', () => {
  const header = ['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm chuẩn', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Điểm bị trừ', 'Ý kiến Hội đồng thẩm định', 'Đơn vị chịu trách nhiệm'];
  const values = [header, ...seedTable('003', 'STT\tLĨNH VỰC')];
  const outcome = scoreGrid({ name: 'Phụ lục', values, formulas: values.map((r) => r.map(() => null)) }, DEFAULT_CRITERIA_SET);

  test('the opinions\' own figures check the typed scores of ratio criteria', () => {
    if (!outcome.ok) throw new Error('no table');
    expect(outcome.value.ruleGaps.map((p) => formatProblem(p, 'vi'))).toEqual([
      // 18/42 × 2 = 0,857…: rounded 0,86, the council truncated.
      'Ô E2 (tiêu chí 1.1.3): Điểm ghi 0,85, theo cách tính là 0,86 (chênh -0,01). Cách cắt bỏ (làm tròn xuống) cho đúng điểm đã ghi.',
      // "Hoàn thành 4/9 nhiệm vụ … đạt 55.56%": 4/9 is 44,44 %, the score 0,55 follows the 55,56 %.
      'Ô E4 (tiêu chí 1.4.1): Điểm ghi 0,55, theo cách tính là 0,44 (chênh 0,11). ',
    ].map((s) => s.trim()));
    expect(outcome.value.totals.deduction).toBe(-23.41);
  });
});

/** A template's description as the grid a host would read back: values as written, formulas as text, nothing computed. */
function gridOf(spec: SheetSpec, name: string, typed: Record<number, Record<number, unknown>> = {}): Grid {
  const width = Math.max(...spec.rows.map((r) => r.cells.length));
  const values = spec.rows.map((row, r) => Array.from({ length: width }, (_, c) => typed[r + 1]?.[c + 1] ?? (row.cells[c]?.formula ? null : row.cells[c]?.value ?? null)));
  const formulas = spec.rows.map((row) => Array.from({ length: width }, (_, c) => (row.cells[c]?.formula ? `=${row.cells[c]?.formula}` : null)));
  return { name, values, formulas };
}

const rowOfCode = (spec: SheetSpec, code: string): number => spec.rows.findIndex((r, i) => i + 1 >= spec.table.firstDataRow && r.cells[0]?.value === code) + 1;

describe('the operations every host shares', () => {
  test('summaryOfGrids: three sheets whose letterheads read "XÃ ……………" are three units, named by their sheets, ranked on their own points', () => {
    const spec = buildChamDiem({ year: 2026 });
    const r12 = rowOfCode(spec, '1.2');
    const grids = [['Xã A', 1.7], ['Xã B', 4], ['Xã C', 3]].map(([name, points]) => gridOf(spec, String(name), { [r12]: { 4: 4, 5: points } }));
    expect(unitOfSheet(grids[0] as Grid)).toBeUndefined();
    const outcome = summaryOfGrids(grids, DEFAULT_CRITERIA_SET, { year: 2026 });
    if (!outcome.ok) throw new Error(outcome.reason);
    const { firstDataRow, lastDataRow } = outcome.value.spec.table;
    const rows = outcome.value.spec.rows.slice(firstDataRow - 1, lastDataRow);
    expect(rows.map((r) => [r.cells[1]?.value, r.cells[2]?.value])).toEqual([['Xã B', 4], ['Xã C', 3], ['Xã A', 1.7]]);
  });

  test('planGrid: the plan is issued "của UBND xã Triệu Sơn", with the capitals the letterhead\'s "XÃ TRIỆU SƠN" stands for', () => {
    const spec = buildChamDiem({ year: 2026, unit: 'xã Triệu Sơn' });
    const grid = gridOf(spec, 'Chấm điểm', { [rowOfCode(spec, '1.2')]: { 4: 4, 5: 1.7 } });
    expect(unitOfSheet(grid)).toBe('xã Triệu Sơn');
    const outcome = planGrid(grid, DEFAULT_CRITERIA_SET, { year: 2026 });
    if (!outcome.ok) throw new Error(outcome.reason);
    const reference = outcome.value.spec.rows.find((r) => r.kind === 'reference')?.cells[0]?.value;
    expect(reference).toBe('(Ban hành kèm theo Kế hoạch số      /KH-UBND ngày      tháng      năm 2026 của UBND xã Triệu Sơn)');
    expect(unitOfSheet({ values: [['ỦY BAN NHÂN DÂN'], ['HUYỆN VĨNH LINH']] })).toBe('huyện Vĩnh Linh');
    expect(unitOfSheet({ values: [['UBND TỈNH QUẢNG TRỊ'], ['SỞ NỘI VỤ']] })).toBe('Sở Nội Vụ');
  });

  test('scoreGrid: an empty cham-diem has no index and no rating; figures stored as text are listed where the sheet parts from the result', () => {
    const spec = buildChamDiem({ year: 2026 });
    const empty = scoreGrid(gridOf(spec, 'Chấm điểm'), DEFAULT_CRITERIA_SET);
    if (!empty.ok) throw new Error(empty.reason);
    expect([empty.value.index, empty.value.rating, empty.value.problems]).toEqual([null, null, []]);
    const r12 = rowOfCode(spec, '1.2');
    const typed = scoreGrid(gridOf(spec, 'Chấm điểm', { [r12]: { 4: '4', 5: '1,7' } }), DEFAULT_CRITERIA_SET);
    if (!typed.ok) throw new Error(typed.reason);
    expect(typed.value.totals.appraised).toBe(1.7);
    expect([typed.value.index, typed.value.indexMax, typed.value.indexBasis]).toEqual([0.0425, 40, 'sheet']);
    expect(typed.value.problems.map((p) => [p.cell, p.code, p.fix?.value])).toEqual([[`D${r12}`, 'number_stored_as_text', 4], [`E${r12}`, 'number_stored_as_text', 1.7]]);
  });

  test('checkGrid: a duplicated code and a typed total labelled in the STT column are both reported', () => {
    const values = [
      ['STT', 'Tiêu chí', 'Điểm chuẩn', 'Điểm tự đánh giá', 'Điểm thẩm định'],
      ['1.2', 'Báo cáo CCHC', 4, 4, 1.7],
      ['1.2', 'Báo cáo CCHC', 4, 4, 1.7],
      ['Tổng cộng', null, 8, 8, 3],
    ];
    const outcome = checkGrid({ name: 'Điểm', values, formulas: values.map((r) => r.map(() => null)) });
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.value.map((p) => [p.cell, p.code])).toEqual([['A3', 'duplicate_criterion'], ['E4', 'total_mismatch']]);
  });
});
