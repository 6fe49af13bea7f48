import { DEFAULT_CRITERIA_SET, formatProblem, functionSetOf, storedSetsOf, unreadableStore, withoutSet } from '../../../shared';

// Checked against 30898a3: a malformed set went through unvalidated (scoring threw "nodes is not iterable").
describe('storedSetsOf', () => {
  const good = { ...DEFAULT_CRITERIA_SET, id: 'tot', name: 'Bộ tốt' };
  test('a malformed or badly scaled stored set is left out with a problem naming it; the good ones stay', () => {
    const raw = { active: 'hong', sets: [good, { ...good, id: 'hong', name: 'Bộ hỏng', areas: { nodes: 1 } }, { ...good, id: 'thang', name: 'Thang sai', scale: 'A' }] };
    const { stored, problems } = storedSetsOf(raw);
    expect(stored.sets.map((s) => s.id)).toEqual(['tot']);
    expect(stored.active).toBe(DEFAULT_CRITERIA_SET.id);
    // The active one cannot be read: an error, and the functions answer with it rather than the example set's points.
    expect(problems.map((p) => [p.code, p.severity, p.params.name])).toEqual([['stored_set_unreadable', 'error', 'Bộ hỏng'], ['stored_set_invalid', 'warning', 'Thang sai']]);
    const forFunctions = functionSetOf(storedSetsOf(raw));
    expect(forFunctions.ok ? 'a set' : formatProblem(forFunctions.problem, 'vi')).toMatch(/^Bộ chỉ số đã lưu "Bộ hỏng" không đọc được \(.+\); đang dùng bộ mẫu trong bảng CCHC, còn các hàm CCHC báo lỗi này/);
  });

  test('a damaged set that is not the active one is a warning; the functions keep the active set', () => {
    const raw = { active: 'tot', sets: [good, { ...good, id: 'thang', name: 'Thang sai', scale: 'A' }] };
    const read = storedSetsOf(raw);
    expect([read.unreadable, read.problems.map((p) => p.code)]).toEqual([undefined, ['stored_set_invalid']]);
    const forFunctions = functionSetOf(read);
    expect(forFunctions.ok && forFunctions.set.id).toBe('tot');
  });

  test('an active set missing from the list, text that is not JSON, and a refused read are unreadable', () => {
    expect(storedSetsOf({ active: 'mat', sets: [good] }).unreadable?.params.name).toBe('mat');
    expect(storedSetsOf('{nope').unreadable?.code).toBe('stored_set_unreadable');
    expect(functionSetOf(unreadableStore('quota', 'hết hạn mức')).ok).toBe(false);
    expect(functionSetOf(storedSetsOf(null))).toEqual({ ok: true, set: DEFAULT_CRITERIA_SET });
  });

  test('a stored set can be removed; removing the active one makes the example set active; the example set stays', () => {
    const stored = { active: 'tot', sets: [good, { ...good, id: 'khac', name: 'Bộ khác' }] };
    expect(withoutSet(stored, 'khac')).toEqual({ active: 'tot', sets: [good] });
    expect(withoutSet(stored, 'tot')).toMatchObject({ active: DEFAULT_CRITERIA_SET.id, sets: [{ id: 'khac' }] });
    expect(() => withoutSet(stored, DEFAULT_CRITERIA_SET.id)).toThrow();
  });
  test('JSON text, nothing, and something else', () => {
    expect(storedSetsOf(JSON.stringify({ active: 'tot', sets: [good] })).stored.active).toBe('tot');
    expect(storedSetsOf(null)).toEqual({ stored: { active: DEFAULT_CRITERIA_SET.id, sets: [] }, problems: [] });
    expect(storedSetsOf('{nope').problems.map((p) => p.code)).toEqual(['stored_set_unreadable']);
    expect(storedSetsOf(42).stored.sets).toEqual([]);
  });
});
