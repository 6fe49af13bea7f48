import fc from 'fast-check';
import { CRITERION_CODE, isCriterionCode } from '../../../shared/criteria/criterion-code';

describe('a criterion code', () => {
  test('is read by hand exactly as CRITERION_CODE (and the length bound) reads it', () => {
    const part = fc.oneof(fc.stringMatching(/^\d{0,6}$/), fc.constantFrom('', '.', '..', ' ', 'a', '١', '\n', '０', '1.', '.1'));
    const text = fc.oneof(
      fc.array(part, { maxLength: 14 }).map((parts) => parts.join('.')),
      fc.array(part, { maxLength: 14 }).map((parts) => parts.join('')),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(fc.property(text, (t) => {
      expect(isCriterionCode(t)).toBe(t.length <= 50 && CRITERION_CODE.test(t));
    }), { numRuns: 5000 });
  });

  test('examples at the bounds: four digits a level, ten levels', () => {
    expect(['1', '3.12.1', '9999.9999', Array(10).fill('1').join('.')].map(isCriterionCode)).toEqual([true, true, true, true]);
    expect(['', '12345', '1.', '.1', '1..2', ' 1', '1\n', Array(11).fill('1').join('.')].map(isCriterionCode))
      .toEqual([false, false, false, false, false, false, false, false]);
  });
});
