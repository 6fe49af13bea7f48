import { DEFAULT_CRITERIA_SET, FUNCTIONS, callFunction, formatProblem, type FnArg, type FnResult } from '../../../shared';

const ctx = { set: DEFAULT_CRITERIA_SET };
const call = (name: string, ...args: FnArg[]): FnResult => {
  const entry = FUNCTIONS.find((f) => f.name === name);
  if (!entry) throw new Error(name);
  return callFunction(entry, args, ctx);
};
const message = (r: FnResult): string => (typeof r === 'object' && r !== null && 'problem' in r ? formatProblem(r.problem, 'vi') : String(r));

describe('the custom functions of SPEC §5', () => {
  test('SCORE by ratio, as SPEC §5 gives it', () => {
    expect(call('SCORE', 1, 8, 112)).toBe(0.07);
    expect(call('SCORE', 0.5, 325, 408)).toBe(0.4);
    expect(call('SCORE', 3, '14.651', '14.678')).toBe(2.99);
    expect(call('SCORE', 2, '42,5%')).toBe(0.85);
  });

  test('SCORE by a criterion code uses the active set\'s rule', () => {
    expect(call('SCORE', '3.12.1', 325, 408)).toBe(0.4);
    expect(call('SCORE', '3.10.3', 'Đạt yêu cầu')).toBe(1);
    expect(call('SCORE', '1.6', 1)).toBe(0.5);
    expect(call('SCORE', '5.5', '79%')).toBe(0);
    expect(message(call('SCORE', '9.9', 1))).toContain('9.9');
  });

  test('DEDUCTION, PERCENT, INDEX and MET', () => {
    expect(call('DEDUCTION', 2, 0.85)).toBe(-1.15);
    expect(call('DEDUCTION', '4,00', '1,7')).toBe(-2.3);
    expect(call('PERCENT', '92,8%')).toBe(0.928);
    expect(call('PERCENT', '70,25 %')).toBe(0.7025);
    expect(call('INDEX', [[55.59]], [[79]])).toBe(0.7037);
    expect(call('INDEX', [[0.85], [1.7], [null]], [[2], [4], [1]])).toBe(0.3643);
    expect(call('MET', 0.725, 'Tối thiểu 80%')).toBe(false);
    expect(call('MET', '92,8%', 'Tối thiểu 90%')).toBe(true);
  });

  test('"100% (12/12)" is 100 % and "12/15 hồ sơ" the ratio 12/15 in PERCENT, MET and SCORE', () => {
    expect(call('PERCENT', '100% (12/12)')).toBe(1);
    expect(call('PERCENT', '12/15 hồ sơ')).toBe(0.8);
    expect(call('MET', '100% (12/12)', 'Tối thiểu 95%')).toBe(true);
    expect(call('MET', '12/15 hồ sơ', 'Tối thiểu 80%')).toBe(true);
    expect(call('MET', '11/15 hồ sơ', 'Tối thiểu 80%')).toBe(false);
    expect(call('SCORE', 3, '12/15 hồ sơ')).toBe(2.4);
    expect(call('SCORE', 2, '100% (12/12)')).toBe(2);
    expect(call('SCORE', '5.5', '12/15 hồ sơ')).toBe(1);
  });

  test('a range in gives a range out, one answer per cell', () => {
    expect(call('SCORE', [[1], [0.5], [1]], [[8], [325], [7904]], [[112], [408], [14835]])).toEqual([[0.07], [0.4], [0.53]]);
    expect(call('DEDUCTION', [[2, 4]], [[0.85, 1.7]])).toEqual([[-1.15, -2.3]]);
    expect(call('PERCENT', [['92,8%'], ['5,35%']])).toEqual([[0.928], [0.0535]]);
    expect(call('MET', [[0.725], [0.95]], 'Tối thiểu 80%')).toEqual([[false], [true]]);
  });

  test('bad input is an error with a Vietnamese message, never a wrong number', () => {
    expect(message(call('PERCENT', '8O%'))).toBe('"8O%" không phải là số: có ký tự lạ lẫn vào. Có phải là 80%?');
    expect(message(call('DEDUCTION', 2, 'cao'))).toBe('"cao" ở ô này phải là một số.');
    expect(message(call('SCORE', 1, 8, 0))).toBe('Mẫu số bằng 0: không tính được tỷ lệ.');
    expect(message(call('MET', 0.8, 'Phấn đấu'))).toContain('không phải là chỉ tiêu');
    const mixed = call('DEDUCTION', [[2], [1]], [[0.85], ['x']]) as unknown[][];
    expect(mixed[0]).toEqual([-1.15]);
    expect(message(mixed[1]?.[0] as FnResult)).toBe('"x" ở ô này phải là một số.');
  });
});
