import { shiftFormula } from '../../../files/xlsx/shift-formula';

describe('shiftFormula', () => {
  test.each([
    ['SUM(A1:B2)*$C$1+Sheet2!D4', 1, 1, 'SUM(B2:C3)*$C$1+Sheet2!E5'],
    ['IF($E8="","",ROUND($E8-$C8,2))', 12, 0, 'IF($E20="","",ROUND($E20-$C20,2))'],
    ['"A1"&LOG10(A1)&\'Kỳ 1\'!A$1', 1, 2, '"A1"&LOG10(C2)&\'Kỳ 1\'!C$1'],
    ['SUM(1:2)+SUM(A:B)+SUM($A:B)', 1, 1, 'SUM(2:3)+SUM(B:C)+SUM($A:C)'],
    ['A1-1', -1, 0, '#REF!-1'],
    ['ATAN2(A1,1.5E3)+Table1[Cột A1]', 1, 0, 'ATAN2(A2,1.5E3)+Table1[Cột A1]'],
  ])('%s moved (%i, %i) is %s', (formula, rows, columns, expected) => {
    expect(shiftFormula(formula, rows, columns)).toBe(expected);
  });
});
