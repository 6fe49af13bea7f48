import fc from 'fast-check';
import { sumPoints } from '../../../shared/numbers/rounding';
import { PointsSum } from '../../../shared/validate/points-sum';
import { settlePoints } from '../../../shared/numbers/rounding';
import type { SheetScoreRow } from '../../../shared/validate/read-score-rows';

const points = fc.oneof(
  fc.integer({ min: -400, max: 400 }).map((n) => n / 100),
  fc.double({ noNaN: true }),
  fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE, 1e300, 0.1, 0.2, 0.3, -0, 1e-7),
);
const leaf = (max: number | null, self: number | null, appraised: number | null): SheetScoreRow =>
  ({ row: 1, code: '1.1', name: '', max, self, appraised, statedDeduction: null, opinion: '', responsible: '', cells: {} });

describe('a running sum of points', () => {
  test('is sumPoints to the bit, one leaf at a time', () => {
    const column = fc.option(points, { nil: null });
    fc.assert(fc.property(fc.array(fc.tuple(column, column, column, points), { minLength: 1, maxLength: 30 }), (leaves) => {
      const sum = new PointsSum();
      for (const [max, self, appraised, deduction] of leaves) sum.add(leaf(max, self, appraised), deduction);
      expect(sum.count).toBe(leaves.length);
      expect(settlePoints(sum.max)).toBe(sumPoints(leaves.map(([max]) => max ?? 0)));
      expect(settlePoints(sum.self)).toBe(sumPoints(leaves.map(([, self]) => self ?? 0)));
      expect(settlePoints(sum.appraised)).toBe(sumPoints(leaves.map(([, , appraised]) => appraised ?? 0)));
      expect(settlePoints(sum.statedDeduction)).toBe(sumPoints(leaves.map(([, , , deduction]) => deduction)));
    }), { numRuns: 3000 });
  });
});
