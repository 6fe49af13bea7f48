import { cleanCellEdits, fixCellEdits, scoreCellEdits } from '../../../shared';

describe('the cell edits a file host writes', () => {
  test('scoring: a formula with its number format, a label as text with the look of a cell scoring adds', () => {
    expect(scoreCellEdits([
      { row: 38, column: 6, formula: 'IF(E38="","",E38-C38)', numFmt: '0.00' },
      { row: 50, column: 2, value: 'Lĩnh vực', style: { bold: true, border: true } },
    ])).toEqual([
      { row: 38, column: 6, content: { formula: 'IF(E38="","",E38-C38)' }, numFmt: '0.00' },
      { row: 50, column: 2, content: { text: 'Lĩnh vực' }, look: { bold: true, border: true } },
    ]);
  });

  test('fixes: a typed number stays a number, text stays text', () => {
    expect(fixCellEdits([{ row: 38, column: 4, cell: 'D38', value: 0.25 }, { row: 7, column: 5, cell: 'E7', value: 'Đạt' }])).toEqual([
      { row: 38, column: 4, content: { number: 0.25 } },
      { row: 7, column: 5, content: { text: 'Đạt' } },
    ]);
  });

  test('clean: only the cells with pasted residue, as the words themselves; formulas, numbers and clean text untouched', () => {
    const grid = {
      name: 'Điểm',
      values: [['STT', '<b>Tỷ lệ</b>&nbsp;đạt', 3], [null, "'giữ dấu<br>", 'Tỷ lệ']],
      formulas: [[null, null, 'SUM(C1:C1)'], [null, null, null]],
    };
    expect(cleanCellEdits(grid)).toEqual([
      { row: 1, column: 2, content: { text: 'Tỷ lệ đạt' } },
      { row: 2, column: 2, content: { text: "'giữ dấu" } },
    ]);
  });
});
