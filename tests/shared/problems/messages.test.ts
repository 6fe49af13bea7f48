import { MESSAGES, formatNumber, formatPercent, formatPoints, formatProblem, problem, type ProblemCode } from '../../../shared';

describe('the message catalogue', () => {
  const codes = Object.keys(MESSAGES) as ProblemCode[];

  test('every code speaks Vietnamese first and English second', () => {
    for (const code of codes) {
      const p = problem(code, 'error', { text: 'x', field: 'Self', fieldVi: 'Điểm', points: 1, max: 1, value: 0.5 });
      const vi = formatProblem(p, 'vi');
      const en = formatProblem(p, 'en');
      expect(vi).not.toBe(en);
      expect(vi.length).toBeGreaterThan(10);
      expect(vi).not.toMatch(/undefined|NaN|\{/);
      expect(en).not.toMatch(/undefined|NaN|\{/);
    }
  });

  test('Vietnamese text carries its diacritics (no ASCII-folded messages)', () => {
    const folded = codes.filter((code) => !/[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i
      .test(formatProblem(problem(code, 'error', {}), 'vi')));
    expect(folded).toEqual([]);
  });

  test('cells and criteria are named first', () => {
    expect(formatProblem(problem('points_below_zero', 'error', { field: 'Appraised score', fieldVi: 'Điểm thẩm định', points: -0.5 }, { cell: 'E6' }), 'en'))
      .toBe('Cell E6: Appraised score -0.5 is below 0.');
    expect(formatProblem(problem('rule_text_empty', 'error', {}, { criterion: '7.2' }), 'vi')).toBe('Tiêu chí 7.2: Chưa nhập cách tính điểm ("Cách tính").');
  });
});

describe('number formatting for readers', () => {
  test('Vietnamese separators', () => {
    expect(formatNumber(14678, 'vi')).toBe('14.678');
    expect(formatNumber(1234, 'vi')).toBe('1234');
    expect(formatNumber(-23.41, 'vi')).toBe('-23,41');
    expect(formatNumber(-23.41, 'en')).toBe('-23.41');
    expect(formatPercent(0.7037, 'vi')).toBe('70,37%');
    expect(formatPoints(2, 'vi')).toBe('2,00');
  });
});
