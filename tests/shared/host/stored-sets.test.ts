import { DEFAULT_CRITERIA_SET, storedSetsOf } from '../../../shared';

// Checked against 30898a3: a malformed set went through unvalidated (scoring threw "nodes is not iterable").
describe('storedSetsOf', () => {
  const good = { ...DEFAULT_CRITERIA_SET, id: 'tot', name: 'Bộ tốt' };
  test('a malformed or badly scaled stored set is left out with a problem naming it; the good ones stay', () => {
    const raw = { active: 'hong', sets: [good, { ...good, id: 'hong', name: 'Bộ hỏng', areas: { nodes: 1 } }, { ...good, id: 'thang', name: 'Thang sai', scale: 'A' }] };
    const { stored, problems } = storedSetsOf(raw);
    expect(stored.sets.map((s) => s.id)).toEqual(['tot']);
    expect(stored.active).toBe(DEFAULT_CRITERIA_SET.id);
    expect(problems.map((p) => [p.code, p.severity, p.params.name])).toEqual([['stored_set_invalid', 'warning', 'Bộ hỏng'], ['stored_set_invalid', 'warning', 'Thang sai']]);
  });
  test('JSON text, nothing, and something else', () => {
    expect(storedSetsOf(JSON.stringify({ active: 'tot', sets: [good] })).stored.active).toBe('tot');
    expect(storedSetsOf(null)).toEqual({ stored: { active: DEFAULT_CRITERIA_SET.id, sets: [] }, problems: [] });
    expect(storedSetsOf('{nope').problems.map((p) => p.code)).toEqual(['stored_set_invalid']);
    expect(storedSetsOf(42).stored.sets).toEqual([]);
  });
});
