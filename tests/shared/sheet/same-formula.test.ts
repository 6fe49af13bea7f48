import { sameFormula } from '../../../shared/sheet/same-formula';

describe('sameFormula', () => {
  test.each([
    ['=IF(E10="","",ROUND(E10-C10,2))', 'if( $E$10 = "", "", round(E10 - C10, 2) )', true],
    ['_xlfn.IFS(A1>0,1)', 'IFS(A1>0,1)', true],
    ['E6-C6-0.25', 'IF(E6="","",ROUND(E6-C6,2))', false],
    ['IF(A1="Đạt",1,0)', 'IF(A1="đạt",1,0)', false],
  ])('%s vs %s: %s', (a, b, same) => {
    expect(sameFormula(a, b)).toBe(same);
  });
});
