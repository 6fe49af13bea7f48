import { DEFAULT_CRITERIA_SET, PAR_AREAS, formatProblem, leavesOf, totalMax, validateCriteriaSet } from '../../../shared';
import { seedTable } from '../../helpers/seeds';

describe('the default set built from the seeds', () => {
  test('validates, and says where it came from', () => {
    const result = validateCriteriaSet(DEFAULT_CRITERIA_SET);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(DEFAULT_CRITERIA_SET.source).toMatch(/Bộ mẫu/);
  });

  test('holds every code of seed 003 with its maximum, under the seven areas', () => {
    const seed = seedTable('003', 'STT\tLĨNH VỰC').map((r) => [r[0], Number((r[2] ?? '').replace(',', '.'))]);
    const leaves = leavesOf(DEFAULT_CRITERIA_SET).filter((l) => l.code.includes('.')).map((l) => [l.code, l.max]);
    expect(leaves).toEqual(seed);
    expect(DEFAULT_CRITERIA_SET.areas.map((a) => [a.code, a.name])).toEqual(Object.entries(PAR_AREAS));
    expect(totalMax(DEFAULT_CRITERIA_SET)).toBe(40);
  });

  test('its rule texts parse back to its rules, so a bo-chi-so sheet round-trips', () => {
    const fromText = JSON.parse(JSON.stringify(DEFAULT_CRITERIA_SET), (key, value: unknown) => (key === 'rule' ? undefined : value));
    const result = validateCriteriaSet(fromText);
    if (!result.ok) throw new Error(result.problems.map((p) => formatProblem(p)).join('\n'));
    expect(leavesOf(result.set).map((l) => l.rule)).toEqual(leavesOf(DEFAULT_CRITERIA_SET).map((l) => l.rule));
  });
});

describe('validating a loaded set', () => {
  const base = {
    id: 't', name: 'Bộ thử', province: 'Quảng Trị', level: 'xa', year: 2025, decision: 'Quyết định số 1/QĐ-UBND',
    rounding: 'half-up', scale: [{ label: 'Tốt', min: 0.8 }, { label: 'Khá', min: 0 }],
  };

  test('a parent whose maximum is not the sum of its children names both', () => {
    const result = validateCriteriaSet({
      ...base,
      areas: [{ code: '1', name: 'Chỉ đạo', max: 5, children: [
        { code: '1.1', name: 'Kế hoạch', max: 3, children: [
          { code: '1.1.1', name: 'Ban hành', max: 1, ruleText: 'Đạt: 1 / Không đạt: 0' },
          { code: '1.1.2', name: 'Thực hiện', max: 1.5, ruleText: 'tỷ lệ' },
        ] },
        { code: '1.2', name: 'Báo cáo', max: 2 },
      ] }],
    });
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => formatProblem(p, 'vi'))).toEqual([
      'Tiêu chí 1.1: Điểm tối đa là 3 nhưng tổng điểm các tiêu chí con (1.1.1, 1.1.2) là 2,5.',
    ]);
  });

  test('schema errors name the path; duplicate codes, foreign children and bad rule texts are reported', () => {
    const bad = validateCriteriaSet({ ...base, level: 'phuong', areas: [{ code: '1', name: '', max: -1 }] });
    expect(bad.ok).toBe(false);
    expect(bad.problems.map((p) => p.params.path)).toEqual(['level', 'areas[0].name', 'areas[0].max']);
    // What the officer reads: the criterion, the field in the sheet's words, never the library's text.
    expect(bad.problems.map((p) => formatProblem(p, 'vi'))).toEqual([
      'Bộ chỉ số: cấp đánh giá phải là một trong: tinh, so, huyen, xa',
      'Lĩnh vực 1: tên tiêu chí không được để trống',
      'Lĩnh vực 1: điểm tối đa không được nhỏ hơn 0',
    ]);
    const typed = validateCriteriaSet({ ...base, year: '2026', areas: [{ code: '1', name: 'A', max: 1, children: [{ code: '1.1', name: 'x', max: '1' }] }] });
    expect(typed.problems.map((p) => formatProblem(p, 'vi'))).toEqual([
      'Bộ chỉ số: năm áp dụng phải là một số (đang ghi "2026")',
      'Tiêu chí 1.1: điểm tối đa phải là một số (đang ghi "1")',
    ]);
    expect(typed.problems.map((p) => formatProblem(p, 'en'))).toEqual([
      'Criteria set: year must be a number (it holds "2026")',
      'Criterion 1.1: maximum must be a number (it holds "1")',
    ]);

    const structure = validateCriteriaSet({
      ...base,
      areas: [{ code: '1', name: 'A', max: 2, children: [
        { code: '1.1', name: 'x', max: 1, ruleText: 'Trên 90%: 2 / Dưới 90%: 0' },
        { code: '2.1', name: 'y', max: 1 },
      ] }, { code: '2', name: 'B', max: 1, children: [{ code: '1.1', name: 'z', max: 1 }] }],
    });
    expect(structure.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['set_duplicate_code', 'set_child_code', 'rule_outcome_above_max', 'rule_bands_gap']));
  });
});
