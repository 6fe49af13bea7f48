import { checkTarget } from '../../../shared';

const met = (actual: unknown, target: unknown, level?: string): boolean | string => {
  const r = checkTarget(actual, target, level ? { level } : {});
  return r.ok ? r.met : r.problem.code;
};

describe('checkTarget', () => {
  test('"Tối thiểu 80%" against 72,5 % and against 80 %', () => {
    expect(met(0.725, 'Tối thiểu 80%')).toBe(false);
    expect(met('72,5%', 'Tối thiểu 80%')).toBe(false);
    expect(met(0.8, 'Tối thiểu 80%')).toBe(true);
    expect(met('80%', 'tối thiểu 80%')).toBe(true);
  });

  test('strict and non-strict comparators at their edge', () => {
    expect(met(0.8, '> 80%')).toBe(false);
    expect(met(0.8001, '> 80%')).toBe(true);
    expect(met(0.99, 'từ 99% trở lên')).toBe(true);
    expect(met(0.1, 'không quá 10%')).toBe(true);
    expect(met(0.1, 'dưới 10%')).toBe(false);
  });

  test('a bare target in a % row, a percentage typed as a whole number, and a plain "100%" target', () => {
    expect(met(0.725, 'Tối thiểu 80')).toBe(false);
    expect(met(92.8, 'Tối thiểu 90%')).toBe(true);
    expect(met('92,8%', '100%')).toBe(false);
    expect(met(1, '100%')).toBe(true);
  });

  test('per-level targets need the level', () => {
    expect(met(0.45, 'Cấp huyện: 60% Cấp xã: >40%', 'Cấp xã')).toBe(true);
    expect(met(0.45, 'Cấp huyện: 60% Cấp xã: >40%', 'huyện')).toBe(false);
    expect(met(0.45, 'Cấp huyện: 60% Cấp xã: >40%')).toBe('target_unreadable');
  });

  test('bad input is a problem, never a guess', () => {
    expect(met('cao', 'Tối thiểu 80%')).toBe('number_expected');
    expect(met(0.8, 'Phấn đấu đến năm 2025')).toBe('target_unreadable');
  });
});
