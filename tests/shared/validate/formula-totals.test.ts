import { checkGrid, fixWrites, formatProblem, type Grid } from '../../../shared';

const HEADER = ['STT', 'Tiêu chí', 'Điểm chuẩn', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Điểm bị trừ'];

/**
 * A score sheet as a host reads it back: `cells` row by row from A1, a string starting with "=" a
 * formula; `results` the value each formula shows (what Excel's `values` and Apps Script's getValues()
 * give for it), by address.
 */
function sheet(cells: readonly (readonly unknown[])[], results: Readonly<Record<string, unknown>>): Grid {
  const letters = 'ABCDEFGH';
  const values = cells.map((row, r) => row.map((v, c) => (typeof v === 'string' && v.startsWith('=') ? results[`${letters[c]}${r + 1}`] ?? '' : v)));
  const formulas = cells.map((row) => row.map((v) => (typeof v === 'string' && v.startsWith('=') ? v.slice(1) : null)));
  return { name: 'Chấm điểm', values, formulas };
}

const problemsOf = (grid: Grid) => {
  const checked = checkGrid(grid);
  if (!checked.ok) throw new Error('no table');
  return checked.value;
};

// Area 5 (row 2) and criterion 5.1 (row 3) sum their leaves; "0.25" in D4 is text, which SUM skips.
const CELLS = [
  HEADER,
  ['5', 'Lĩnh vực 5', 5, '=MAX(0,SUM(D4:D6))', '=MAX(0,SUM(E4:E6))', ''],
  ['5.1', 'Tiêu chí 5.1', 1, '=SUM(D4)', '=SUM(E4)', ''],
  ['5.1.1', 'a', 1, '0.25', 0, '=IF(E4="","",ROUND(E4-C4,2))'],
  ['5.2', 'b', 2, 2, 0, '=IF(E5="","",ROUND(E5-C5,2))'],
  ['5.3', 'c', 2, 2, 1, '=IF(E6="","",ROUND(E6-C6,2))'],
  ['', 'Tổng cộng', 5, '=SUM(D2)', '=SUM(E2)', '=ROUND(SUM(F4:F6),2)'],
];
const RESULTS = { D2: 4, E2: 1, D3: 0, E3: 0, F4: -1, F5: -2, F6: -1, D7: 4, E7: 1, F7: -4 };

describe('totals computed by formulas', () => {
  test('a figure stored as text is one problem at its cell, naming the totals it leaves short; the totals are not errors again', () => {
    const problems = problemsOf(sheet(CELLS, RESULTS));
    expect(problems.map((p) => [p.cell, p.code, p.fix?.value])).toEqual([['D4', 'wrong_decimal_separator', 0.25]]);
    expect(formatProblem(problems[0]!, 'vi')).toBe('Ô D4: "0.25" bị lưu dạng chữ do gõ sai dấu thập phân nên tổng D2, D3, D7 đang thiếu 0,25; chuyển thành số 0,25.');
    expect(formatProblem(problems[0]!, 'en')).toBe('Cell D4: "0.25" is stored as text because of its decimal separator, so the totals D2, D3, D7 are 0.25 short; convert it to the number 0.25.');
  });

  test('"Sửa tất cả" writes the text figure only, never a formula', () => {
    expect(fixWrites(problemsOf(sheet(CELLS, RESULTS))).map((w) => [w.cell, w.value])).toEqual([['D4', 0.25]]);
  });

  test('one total left short is named alone', () => {
    // "1,5" pasted as text: only the area reads row 5 (5.1 sums row 4; the total, typed, is right).
    const cells = CELLS.map((row) => [...row]);
    cells[3]![3] = 0.25;
    cells[4]![3] = '1,5';
    cells[6]![3] = 3.75;
    const problems = problemsOf(sheet(cells, { ...RESULTS, D2: 2.25, D3: 0.25 }));
    expect(problems.map((p) => formatProblem(p, 'en'))).toEqual([
      'Cell D5: "1,5" is stored as text, so the sheet\'s formulas skip it (the total D2 is 1.5 short) while the figures printed count it; convert it to the number 1.5.',
    ]);
    expect(problems.map((p) => formatProblem(p, 'vi'))).toEqual([
      'Ô D5: "1,5" bị lưu dạng chữ nên công thức trên trang bỏ qua (tổng D2 đang thiếu 1,5), trong khi số liệu in ra vẫn tính; chuyển thành số 1,5.',
    ]);
  });

  test('a typed total that disagrees stays an error with its fix', () => {
    const cells = CELLS.map((row) => [...row]);
    cells[6]![3] = 4;
    const problems = problemsOf(sheet(cells, RESULTS));
    expect(problems.map((p) => [p.cell, p.code, p.fix?.value])).toEqual([['D4', 'wrong_decimal_separator', 0.25], ['D7', 'total_mismatch', 4.25]]);
    expect(formatProblem(problems[0]!, 'vi')).toContain('nên tổng D2, D3 đang thiếu 0,25');
  });

  test('a formula whose result differs for another reason is reported, without a fix, naming the area as an area', () => {
    // The area's formula forgets row 6 (2 points): the text in D4 does not explain that.
    const cells = CELLS.map((row) => [...row]);
    cells[1]![3] = '=MAX(0,SUM(D4:D5))';
    const problems = problemsOf(sheet(cells, { ...RESULTS, D2: 2, D7: 2 }));
    expect(problems.map((p) => [p.cell, p.code, p.fix?.value])).toEqual([
      ['D4', 'wrong_decimal_separator', 0.25], ['D2', 'total_mismatch', undefined], ['D7', 'total_mismatch', undefined],
    ]);
    expect(formatProblem(problems[1]!, 'vi')).toBe('Ô D2: Tổng điểm tự đánh giá của lĩnh vực 5 là 2, không bằng tổng các dòng thành phần (4,25); ô này tính bằng công thức, hãy xem lại công thức.');
    expect(formatProblem(problems[1]!, 'en')).toBe('Cell D2: The self-assessed total of area 5 is 2, but its rows add up to 4.25; this cell is a formula: check its formula.');
    expect(formatProblem(problems[0]!, 'vi')).toContain('nên tổng D3 đang thiếu 0,25');
  });

  test('a total that does not read the text figure is not explained by it', () => {
    const cells = CELLS.map((row) => [...row]);
    cells[2]![3] = '=SUM(D5:D5)-D5';
    const problems = problemsOf(sheet(cells, RESULTS));
    expect(problems.filter((p) => p.code === 'total_mismatch').map((p) => [p.cell, p.fix])).toEqual([['D3', undefined]]);
  });

  test('no problem at a formula cell offers a fix: a deduction formula with a stale result is reported without one', () => {
    const problems = problemsOf(sheet(CELLS.map((row, i) => (i === 3 ? [...row.slice(0, 3), 0.25, ...row.slice(4)] : row)), { ...RESULTS, D2: 4.25, D3: 0.25, D7: 4.25, F5: -1.5 }));
    expect(problems.map((p) => [p.cell, p.code, p.fix])).toEqual([['F5', 'deduction_mismatch', undefined]]);
    expect(fixWrites(problems)).toEqual([]);
  });

  test('without the formulas (a caller that has none) a total keeps its fix, as before', () => {
    const grid = sheet(CELLS, RESULTS);
    const problems = problemsOf({ ...grid, formulas: [] });
    expect(problems.map((p) => [p.cell, p.code, p.fix?.value])).toEqual([
      ['D4', 'wrong_decimal_separator', 0.25], ['D2', 'total_mismatch', 4.25], ['D3', 'total_mismatch', 0.25], ['D7', 'total_mismatch', 4.25],
    ]);
  });
});
