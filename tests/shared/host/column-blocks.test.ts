import { columnBlocks } from '../../../shared';

describe('columnBlocks', () => {
  test('one block per column; cells between writes are written back exactly as they were', () => {
    const grid = {
      name: 'Điểm',
      values: [['1.1', 2, 1, -1], ['1.2', 2, 2, '-0,5'], ['1.3', 1, 1, ''], ['1.4', 1, 1, null]],
      formulas: [[null, null, null, null], [null, null, null, null], [null, null, null, 'E3-C3'], [null, null, null, null]],
    };
    const { blocks, formats } = columnBlocks([
      { row: 1, column: 4, formula: 'ROUND(C1-B1,2)', numFmt: '0.00' },
      { row: 4, column: 4, formula: 'ROUND(C4-B4,2)', numFmt: '0.00' },
    ], grid);
    expect(blocks).toEqual([{ column: 4, firstRow: 1, cells: ['=ROUND(C1-B1,2)', "'-0,5", '=E3-C3', '=ROUND(C4-B4,2)'] }]);
    expect(formats).toEqual([{ numFmt: '0.00', cells: ['D1', 'D4'] }]);
  });
});
