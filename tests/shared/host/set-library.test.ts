import { formatProblem } from '../../../shared/problems/format-problem';
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
    const cut = parseSetJson('{ "id": ');
    expect(cut.ok).toBe(false);
    if (!cut.ok) expect(formatProblem(cut.result.problems[0]!, 'vi')).toBe('Bộ chỉ số (JSON): văn bản dừng giữa chừng: thiếu dấu đóng } hoặc ] hoặc dấu ngoặc kép.');
    // An unquoted key on the second line: the parser's position becomes a line and a column.
    const unquoted = parseSetJson('{\n  id: "x" }');
    expect(unquoted.ok).toBe(false);
    if (!unquoted.ok) {
      const vi = formatProblem(unquoted.result.problems[0]!, 'vi');
      expect(vi).toMatch(/^Bộ chỉ số \(JSON\): đây không phải JSON hợp lệ: lỗi ở dòng 2, cột 3, gần "/);
      expect(vi).not.toMatch(/position|Expected|property/i);
    }
  });
});
