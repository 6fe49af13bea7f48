import { DEFAULT_CRITERIA_SET, formatProblem, scoreGrid } from '../../../shared';
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
