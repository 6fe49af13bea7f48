import { importSetGrid } from '../../../shared';
import { CA_MAU_1880_GRID } from '../../fixtures/ca-mau-1880';

describe('importing the table on the active sheet', () => {
  test('Cà Mau pasted at A1: a usable set, problems at sheet cells', () => {
    const r = importSetGrid({ name: 'Dán', values: CA_MAU_1880_GRID, formulas: [] }, 2026);
    expect(r.set?.areas.map((a) => [a.code, a.max])).toEqual([['1', 20]]);
    const broken = CA_MAU_1880_GRID.map((row, i) => (i === 9 ? ['1.1.1', 'Ban hành kế hoạch CCHC năm', null, null, null] : row));
    const bad = importSetGrid({ name: 'Dán', values: broken, formulas: [] });
    expect(bad.set).toBeUndefined();
    expect(bad.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.cell])).toEqual([['number_expected', 'C10']]);
  });
});
