import { DEFAULT_CRITERIA_SET, scoreGrid } from '../../../shared';
import { rowHeightFor } from '../../../shared/templates/text-metrics';

const header = ['STT', 'Tiêu chí', 'Điểm tối đa', 'Tự đánh giá', 'Điểm thẩm định', 'Điểm bị trừ'];
const values: unknown[][] = [
  header,
  ['1.1', 'Kế hoạch CCHC', 2, 2, 1.5, -0.5],
  ['1.2', 'Báo cáo CCHC', 2, 2, 1, -1.25],
  ['1.3', 'Kiểm tra CCHC', 2, 2, 2, null],
];
const formulas: (string | null)[][] = values.map(() => header.map(() => null));

describe('planScoreWrites: a computed cell holding a formula that is not ours', () => {
  const grid = { name: 'Điểm', values, formulas };
  // F2 holds our formula, spelled as a user might; F3 a formula of the user's own.
  (formulas[1] as (string | null)[])[5] = 'if($E2="","",round(E2-C2,2))';
  (formulas[2] as (string | null)[])[5] = 'E3-C3-0.25';
  const outcome = scoreGrid(grid, DEFAULT_CRITERIA_SET);
  if (!outcome.ok) throw new Error('no score table');

  test('is kept and listed, like a typed value', () => {
    expect(outcome.value.keptTyped).toContain('F3');
    expect(outcome.value.keptFormulas).toEqual(['F3']);
    expect(outcome.value.writes.some((w) => w.row === 3 && w.column === 6)).toBe(false);
  });

  test('our own formula, however spelled (also as earlier versions wrote it, before KĐG), is written again; an empty computed cell is filled', () => {
    expect(outcome.value.writes.find((w) => w.row === 2 && w.column === 6)?.formula).toBe('IF(OR(E2="",E2="KĐG",D2="KĐG"),"",ROUND(E2-C2,2))');
    expect(outcome.value.writes.find((w) => w.row === 4 && w.column === 6)?.formula).toBe('IF(OR(E4="",E4="KĐG",D4="KĐG"),"",ROUND(E4-C4,2))');
  });
});

describe('planScoreWrites: the rows below the table of a sheet laid out without heights', () => {
  // An earlier version's score sheet: every row at the default 15 pt, the rating a formula of the scale's labels.
  const rows: unknown[][] = [
    header,
    ['1.1', 'Kế hoạch CCHC', 2, 2, 1.5, null],
    ['1.2', 'Báo cáo CCHC', 2, 2, 1, null],
    [null, 'Tổng cộng', null, null, null, null],
    [null, 'Chỉ số cải cách hành chính (%)', null, null, null, null],
    [null, 'Xếp loại', null, null, null, null],
    [null, 'Số tiêu chí, tiêu chí thành phần bị trừ điểm', null, null, null, null],
  ];
  const cells: (string | null)[][] = rows.map(() => header.map(() => null));
  (cells[4] as (string | null)[])[4] = 'IF(SUMIFS(C2:C3,E2:E3,"<>KĐG")>0,ROUND(E4/C4,4),"")';
  (cells[5] as (string | null)[])[4] = 'IF(E5="","",IF(E5>=0.9,"Nhóm A",IF(E5>=0.7,"Nhóm C","Dưới nhóm C")))';
  (cells[6] as (string | null)[])[5] = 'COUNTIF(F2:F3,"<0")';
  // STT 6, name 42, points columns 9 characters wide, as the template before issue 8 drew them.
  const outcome = scoreGrid({ name: 'Điểm', values: rows, formulas: cells, columnWidths: [6, 42, 9, 9, 9, 9] }, DEFAULT_CRITERIA_SET);
  if (!outcome.ok) throw new Error('no score table');
  const heightOf = (row: number): number | undefined => outcome.value.heights?.find((h) => h.row === row)?.height;

  test('the rating row is as tall as "Dưới nhóm C" needs in bold in a 9-character column: two lines', () => {
    expect(heightOf(6)).toBe(rowHeightFor(2, 12));
  });

  test('the label of criteria that lost points wraps to two lines in a 42-character column', () => {
    expect(heightOf(7)).toBe(rowHeightFor(2, 12));
  });

  test('one-line labels get one line with room (the default 15 points print them touching the borders), and a formula is read literal by literal ("<>KĐG" … "" is not one long text)', () => {
    expect([heightOf(4), heightOf(5)]).toEqual([rowHeightFor(1, 12), rowHeightFor(1, 12)]);
  });
});
