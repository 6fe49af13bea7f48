import { fixWrites, formatProblem, scoreSheet, validateTable } from '../../shared';
import { goldenCases } from './golden-cases';

describe('golden cases through the core', () => {
  describe.each(goldenCases('score'))('score: $name', ({ block, layout, expected }) => {
    test('every row, every area and the totals', () => {
      if (layout.kind !== 'score') throw new Error('score cases need a score layout');
      const result = scoreSheet(block, layout);
      const { rows, areas, totals } = expected as { rows: unknown; areas: unknown; totals: unknown };
      expect({
        rows: result.rows.map((r) => ({ code: r.code, max: r.max, self: r.self, appraised: r.appraised, deduction: r.deduction })),
        areas: result.areas,
        totals: result.totals,
      }).toEqual({ rows, areas, totals });
    });
  });

  describe.each(goldenCases('validate'))('validate: $name', ({ block, layout, expected, sheet }) => {
    test('exactly the expected problems, in Vietnamese, and the cells "Sửa tất cả" writes', () => {
      const found = validateTable(block, layout, sheet);
      const problems = found.map((p) => ({
        cell: p.cell, code: p.code, severity: p.severity, fix: p.fix?.value, message: formatProblem(p, 'vi'),
      }));
      expect({ problems, fixes: fixWrites(found).map((w) => [w.cell, w.value]) }).toEqual(expected);
    });
  });
});
