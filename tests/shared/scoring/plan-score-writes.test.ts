import { DEFAULT_CRITERIA_SET, scoreGrid } from '../../../shared';

const header = ['STT', 'Tiêu chí', 'Điểm tối đa', 'Tự đánh giá', 'Điểm thẩm định', 'Điểm bị trừ'];
const values: unknown[][] = [
  header,
  ['1.1', 'Kế hoạch CCHC', 2, 2, 1.5, -0.5],
  ['1.2', 'Báo cáo CCHC', 2, 2, 1, -1.25],
  ['1.3', 'Kiểm tra CCHC', 2, 2, 2, null],
];
const formulas: (string | null)[][] = values.map(() => header.map(() => null));

describe('planScoreWrites: a computed cell holding a formula that is not ours', () => {
  const grid = { name: 'Điểm', values, formulas };
  // F2 holds our formula, spelled as a user might; F3 a formula of the user's own.
  (formulas[1] as (string | null)[])[5] = 'if($E2="","",round(E2-C2,2))';
  (formulas[2] as (string | null)[])[5] = 'E3-C3-0.25';
  const outcome = scoreGrid(grid, DEFAULT_CRITERIA_SET);
  if (!outcome.ok) throw new Error('no score table');

  test('is kept and listed, like a typed value', () => {
    expect(outcome.value.keptTyped).toContain('F3');
    expect(outcome.value.keptFormulas).toEqual(['F3']);
    expect(outcome.value.writes.some((w) => w.row === 3 && w.column === 6)).toBe(false);
  });

  test('our own formula, however spelled (also as earlier versions wrote it, before KĐG), is written again; an empty computed cell is filled', () => {
    expect(outcome.value.writes.find((w) => w.row === 2 && w.column === 6)?.formula).toBe('IF(OR(E2="",E2="KĐG",D2="KĐG"),"",ROUND(E2-C2,2))');
    expect(outcome.value.writes.find((w) => w.row === 4 && w.column === 6)?.formula).toBe('IF(OR(E4="",E4="KĐG",D4="KĐG"),"",ROUND(E4-C4,2))');
  });
});
