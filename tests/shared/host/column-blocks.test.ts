import { columnBlocks } from '../../../shared';

describe('columnBlocks', () => {
  test('one block per run of adjacent computed cells; a cell between two computed ones is never in a block', () => {
    const { blocks, formats } = columnBlocks([
      { row: 1, column: 4, formula: 'ROUND(C1-B1,2)', numFmt: '0.00' },
      { row: 4, column: 4, formula: 'ROUND(C4-B4,2)', numFmt: '0.00' },
      { row: 5, column: 4, formula: 'ROUND(C5-B5,2)', numFmt: '0.00' },
      { row: 5, column: 2, value: '100%' },
    ]);
    expect(blocks).toEqual([
      { column: 2, firstRow: 5, cells: ["'100%"] },
      { column: 4, firstRow: 1, cells: ['=ROUND(C1-B1,2)'] },
      { column: 4, firstRow: 4, cells: ['=ROUND(C4-B4,2)', '=ROUND(C5-B5,2)'] },
    ]);
    expect(formats).toEqual([{ numFmt: '0.00', cells: ['D1', 'D4', 'D5'] }]);
  });
});
