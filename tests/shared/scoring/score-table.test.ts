import { DEFAULT_CRITERIA_SET, computeIndex, formatProblem, rankUnits, rate, remediationList, scoreSheet, scoreTable, type CriteriaSet, type RuleInput, type ScoreRowInput } from '../../../shared';
import { seedTable } from '../../helpers/seeds';

const layout = {
  kind: 'score', firstRow: 2, firstColumn: 1, decimal: ',',
  columns: { code: 0, name: 1, max: 2, self: 3, appraised: 4, deduction: 5, opinion: 6, responsible: 7 },
} as const;

/** The figures each ratio row's opinion states, as the unit would report them. */
const EVIDENCE: Readonly<Record<string, RuleInput>> = {
  '1.1.3': { numerator: 18, denominator: 42 },
  '1.4.1': { fraction: 0.5556 },
  '3.4': { numerator: 14651, denominator: 14678 },
  '3.11.1': { numerator: 8, denominator: 112 },
  '3.12.1': { numerator: 325, denominator: 408 },
  '3.12.2': { numerator: 10, denominator: 29 },
  '3.12.3': { numerator: 7904, denominator: 14835 },
  '6.1.1': { fraction: 0.425 },
};

function seedRows(): ScoreRowInput[] {
  const block = seedTable('003', 'STT\tLĨNH VỰC');
  return scoreSheet(block, layout).rows.map((r) => ({ ...r, evidence: EVIDENCE[r.code] }));
}

describe('scoring seed 003', () => {
  test('27 criteria lost points, −23,41 in all', () => {
    const result = scoreTable(seedRows(), { set: DEFAULT_CRITERIA_SET });
    expect(result.totals).toEqual({ max: 40, self: 31.87, appraised: 16.59, deduction: -23.41, lost: 27 });
    expect(result.rows.map((r) => r.deduction)).toEqual([
      -1.15, -2.3, -0.45, -1, -0.15, -0.5, -1.5, -0.01, -1, -0.02, -1, -0.93, -1, -0.1, -0.33, -0.47, -1, -2, -1, -1.15, -1, -0.5, -1, -1, -2, -0.2, -0.65,
    ]);
  });

  test('the ratio rows reproduce the seed\'s points under the habit that explains them', () => {
    const result = scoreTable(seedRows(), { set: DEFAULT_CRITERIA_SET });
    const byCode = new Map(result.rows.map((r) => [r.code, r]));
    const computed = Object.keys(EVIDENCE).map((code) => [code, byCode.get(code)?.computed?.points, byCode.get(code)?.gap?.explainedBy ?? null]);
    expect(computed).toEqual([
      ['1.1.3', 0.86, 'truncate'], // 18/42 × 2 = 0,857…: the council truncated to 0,85
      ['1.4.1', 0.56, 'truncate'], // 55,56 % × 1: truncated to 0,55
      ['3.4', 2.99, null],
      ['3.11.1', 0.07, null],
      ['3.12.1', 0.4, null], // 325/408 × 0,5 = 0,398…: rounded, truncation would give 0,39
      ['3.12.2', 0.17, null],
      ['3.12.3', 0.53, null],
      ['6.1.1', 0.85, null],
    ]);
    const gap = byCode.get('1.1.3')?.problems[0];
    expect(gap && formatProblem(gap, 'vi')).toBe(
      'Tiêu chí 1.1.3: Điểm ghi 0,85, theo cách tính là 0,86 (chênh -0,01). Cách cắt bỏ (làm tròn xuống) cho đúng điểm đã ghi.',
    );
  });

  test('under a truncating set, 3.12.1 is the row the other habit explains', () => {
    const truncating: CriteriaSet = { ...DEFAULT_CRITERIA_SET, rounding: 'truncate' };
    const result = scoreTable(seedRows(), { set: truncating });
    const explained = result.rows.filter((r) => r.gap).map((r) => [r.code, r.gap?.computed, r.gap?.explainedBy]);
    expect(explained).toEqual([['3.12.1', 0.39, 'half-up']]);
  });

  test('4/9 as the opinion states it does not give the typed 0,55: the gap is reported, not explained', () => {
    const rows = seedRows().map((r) => (r.code === '1.4.1' ? { ...r, evidence: { numerator: 4, denominator: 9 } } : r));
    const row = scoreTable(rows, { set: DEFAULT_CRITERIA_SET }).rows.find((r) => r.code === '1.4.1');
    expect(row?.gap).toEqual({ typed: 0.55, computed: 0.44, difference: 0.11 });
  });

  test('the index of the letter: 70,37 % of a 79-point total', () => {
    expect(computeIndex(79 - 23.41, 79, 'half-up')).toBe(0.7037);
    const result = scoreTable(seedRows(), { set: DEFAULT_CRITERIA_SET, maxTotal: 79 });
    expect(result.index).toBeCloseTo(0.21, 10); // only the 27 listed rows' 16,59 points are in this table
    expect(scoreTable(seedRows(), { maxTotal: 79 }).totals.appraised).toBe(16.59);
  });

  test('with the decision\'s whole maximum of 79 the partial example set gives the letter\'s 70,37 %', () => {
    const result = scoreTable(seedRows(), { set: DEFAULT_CRITERIA_SET, fullMax: 79 });
    expect([result.index, result.indexMax, result.indexBasis]).toEqual([0.7037, 79, 'whole']);
    const own = scoreTable(seedRows(), { set: DEFAULT_CRITERIA_SET });
    expect([own.indexMax, own.indexBasis]).toEqual([40, 'sheet']);
    expect(computeIndex(16.59, 40, 'half-up', 0, 79)).toBe(0.7037);
  });

  test('a leaf marked KĐG leaves both its points and its maximum', () => {
    const rows = seedRows();
    const marked = rows.map((r) => (r.code === '1.2' ? { ...r, appraised: null, self: null, notApplicable: true } : r));
    const before = scoreTable(rows, { set: DEFAULT_CRITERIA_SET });
    const after = scoreTable(marked, { set: DEFAULT_CRITERIA_SET });
    // 1.2 had 4 points, 1,7 appraised (−2,3).
    expect(after.totals).toEqual({ max: 36, self: 29.57, appraised: 14.89, deduction: -21.11, lost: 26 });
    expect([before.index, after.index]).toEqual([0.4148, 0.4136]);
    expect([after.indexMax, after.indexBasis]).toEqual([36, 'sheet']);
    expect(after.rows.find((r) => r.code === '1.2')?.deduction).toBeNull();
    expect(scoreTable(marked, { set: DEFAULT_CRITERIA_SET, fullMax: 79 }).index).toBe(Math.round((75 - 21.11) / 75 * 10000) / 10000);
  });

  test('the remediation list: largest loss first, ties in sheet order, residue cleaned', () => {
    const list = remediationList(scoreTable(seedRows(), { set: DEFAULT_CRITERIA_SET }).rows);
    expect(list).toHaveLength(27);
    expect(list.slice(0, 5).map((i) => [i.code, i.deduction])).toEqual([['1.2', -2.3], ['5.5', -2], ['7.2', -2], ['1.6', -1.5], ['1.1.3', -1.15]]);
    expect(list[list.length - 1]).toMatchObject({ code: '3.4', deduction: -0.01 });
    expect(list.find((i) => i.code === '1.2')?.responsible).toBe(
      '- Phòng Nội vụ chủ trì thực hiện chế độ báo cáo theo quy định. - Văn phòng HĐND&UBND huyện theo dõi các báo cáo đột xuất để bổ sung tài liệu kiểm chứng.',
    );
    expect(list.find((i) => i.code === '3.11.1')?.opinion).toBe('Tính điểm theo công thức: (8/112)*1=0,07');
  });
});

describe('totals with area rows, penalties and surveys', () => {
  const row = (code: string, max: number | null, appraised: number | null): ScoreRowInput => ({ code, max, self: appraised, appraised });

  test('area and criterion rows are not counted twice', () => {
    const result = scoreTable([row('1', 3, 2), row('1.1', 3, 2), row('1.1.1', 1, 1), row('1.1.2', 2, 1)]);
    expect(result.totals).toMatchObject({ max: 3, appraised: 2, deduction: -1, lost: 1 });
  });

  test('a penalty lowers its area but never below zero', () => {
    const result = scoreTable([row('2.1', 1, 0.25), row('2.2', 1, -0.5), row('3.1', 1, 1)]);
    expect(result.areas).toEqual([
      { area: '2', max: 2, self: 0, appraised: 0, deduction: -2.25, lost: 2 },
      { area: '3', max: 1, self: 1, appraised: 1, deduction: 0, lost: 0 },
    ]);
    expect(result.totals.appraised).toBe(1);
  });

  test('survey points join the appraised total in the index', () => {
    expect(computeIndex(60, 100, 'half-up', 22.5)).toBe(0.825);
    const set: CriteriaSet = { ...DEFAULT_CRITERIA_SET, survey: { name: 'Điều tra xã hội học', max: 10 } };
    // A sheet listing only 1.2 divides by what it lists plus the survey: (4 + 5) / (4 + 10).
    const result = scoreTable([row('1.2', 4, 4)], { set, surveyPoints: 5 });
    expect([result.index, result.indexMax, result.indexBasis]).toEqual([0.6429, 14, 'sheet']);
    // With the set's full maximum given, the same sheet divides by it: (4 + 5) / (40 + 10).
    const full = scoreTable([row('1.2', 4, 4)], { set, surveyPoints: 5, maxTotal: 50 });
    expect([full.index, full.indexMax, full.indexBasis]).toEqual([0.18, 50, 'given']);
  });
});

describe('rating and ranking', () => {
  test('ratings follow the set\'s own scale', () => {
    const scale = DEFAULT_CRITERIA_SET.scale;
    expect([0.95, 0.9, 0.8999, 0.8, 0.7037, 0.69].map((i) => rate(i, scale))).toEqual(['Nhóm A', 'Nhóm A', 'Nhóm B', 'Nhóm B', 'Nhóm C', 'Dưới nhóm C']);
    expect(rate(0.6, [{ label: 'Tốt', min: 0.8 }, { label: 'Khá', min: 0.65 }, { label: 'Trung bình', min: 0.5 }, { label: 'Yếu', min: 0 }])).toBe('Trung bình');
  });

  test('highest index first, ties share a rank, "01/10" labels', () => {
    const ranked = rankUnits([
      { unit: 'Gio Linh', index: 0.6512 }, { unit: 'Vĩnh Linh', index: 0.7037 }, { unit: 'Cam Lộ', index: 0.6512 },
      { unit: 'Hải Lăng', index: 0.6 }, { unit: 'Đakrông', index: null },
    ]);
    expect(ranked.map((u) => [u.unit, u.rank, u.rankLabel])).toEqual([
      ['Vĩnh Linh', 1, '01/04'], ['Gio Linh', 2, '02/04'], ['Cam Lộ', 2, '02/04'], ['Hải Lăng', 4, '04/04'], ['Đakrông', null, null],
    ]);
  });
});
