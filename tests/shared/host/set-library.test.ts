import { DEFAULT_CRITERIA_SET, activeSetOf, allSetsOf, asStoredSets, parseSetJson, withActiveSet, withAddedSet } from '../../../shared';

describe('the criteria sets a workbook carries', () => {
  const own = { ...DEFAULT_CRITERIA_SET, id: 'qt-xa-2025', name: 'Quảng Trị, cấp xã, 2025', level: 'xa' as const, year: 2025 };

  test('nothing stored means the built-in set', () => {
    expect(activeSetOf(asStoredSets(null)).id).toBe(DEFAULT_CRITERIA_SET.id);
    expect(asStoredSets({ nonsense: 1 })).toEqual({ active: DEFAULT_CRITERIA_SET.id, sets: [] });
  });

  test('a sound set is added and made active; a replaced one keeps one copy', () => {
    const { result, stored } = withAddedSet(asStoredSets(null), own);
    expect(result.ok).toBe(true);
    expect(activeSetOf(stored).name).toBe('Quảng Trị, cấp xã, 2025');
    const again = withAddedSet(stored, { ...own, name: 'Quảng Trị, cấp xã, 2025 (sửa)' }).stored;
    expect(allSetsOf(again).map((s) => s.id)).toEqual([DEFAULT_CRITERIA_SET.id, 'qt-xa-2025']);
    expect(activeSetOf(withActiveSet(again, DEFAULT_CRITERIA_SET.id)).id).toBe(DEFAULT_CRITERIA_SET.id);
    expect(() => withActiveSet(again, 'khong-co')).toThrow('Không có bộ chỉ số "khong-co".');
  });

  test('a broken set is refused with its problems, and the stored sets stay as they were', () => {
    const before = asStoredSets(null);
    const { result, stored } = withAddedSet(before, { ...own, areas: [{ code: '1', name: 'A', max: 3, children: [{ code: '1.1', name: 'x', max: 1 }] }] });
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.code)).toEqual(['set_parent_sum']);
    expect(stored).toBe(before);
  });

  test('pasted text that is not JSON says so in Vietnamese', () => {
    const parsed = parseSetJson('{ "id": ');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(String(parsed.result.problems[0]?.params.detailVi)).toMatch(/^JSON không hợp lệ: /);
  });
});
