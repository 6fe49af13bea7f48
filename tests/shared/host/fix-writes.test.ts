import { fixWrites } from '../../../shared/host/fix-writes';
import { problem } from '../../../shared/problems/problem';

describe('fixWrites', () => {
  const p1 = problem('wrong_decimal_separator', 'error', { text: '0.25' }, { cell: 'D27', fix: { value: 0.25 } });
  const p2 = problem('score_missing', 'error', {}, { cell: 'D28' });
  const p3 = problem('ambiguous_thousands', 'warning', {}, { cell: 'd27', fix: { value: 25 } });
  const p4 = problem('malformed_number', 'error', {}, { cell: 'AA3', fix: { value: 3 } });

  it('writes each certain fix once, at its cell', () => {
    expect(fixWrites([p1, p2, p3, p4])).toEqual([
      { row: 27, column: 4, cell: 'D27', value: 0.25 },
      { row: 3, column: 27, cell: 'AA3', value: 3 },
    ]);
  });

  it('keeps only the cells asked for', () => {
    expect(fixWrites([p1, p4], ['aa3'])).toEqual([{ row: 3, column: 27, cell: 'AA3', value: 3 }]);
  });
});
