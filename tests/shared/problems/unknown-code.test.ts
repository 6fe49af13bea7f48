import { formatProblem, type Problem } from '../../../shared';

// Checked against 30898a3: fails there (rendering threw) and passes now.
test('a problem code the catalogue does not know is shown as its code and parameters', () => {
  const p = { code: 'future_code', severity: 'warning', cell: 'D7', params: { text: '0,85', max: 2 } } as unknown as Problem;
  expect(formatProblem(p, 'vi')).toBe('Ô D7: future_code (text: 0,85, max: 2)');
  expect(formatProblem({ ...p, cell: undefined, params: {} } as unknown as Problem, 'en')).toBe('future_code');
});
