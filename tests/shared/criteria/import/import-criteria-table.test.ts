import { evaluateRule, formatProblem, walk, isLeaf, type CriteriaSet, type CriterionNode } from '../../../../shared';
import { importCriteriaTable } from '../../../../shared/criteria/import/import-criteria-table';
import { CA_MAU_1880_GRID, CA_MAU_1880_LEAVES, CA_MAU_1880_PARENTS, CA_MAU_1880_TOTAL } from '../../../fixtures/ca-mau-1880';
import { DECISION_WARNING_ROWS, decisionGrid } from '../../../fixtures/decision-like-table';

const nodes = (set: CriteriaSet): Map<string, CriterionNode> => new Map([...walk(set.areas)].map((n) => [n.code, n]));

describe('importing Cà Mau 1880 as pasted', () => {
  const result = importCriteriaTable(CA_MAU_1880_GRID);
  const set = result.set as CriteriaSet;

  test('gives a usable set: the only warning is the missing rating scale', () => {
    expect(set).toBeDefined();
    expect(result.problems.map((p) => p.code)).toEqual(['import_scale_missing']);
  });

  test('every leaf carries its maximum and the printed points at every outcome', () => {
    const byCode = nodes(set);
    const leaves = [...walk(set.areas)].filter(isLeaf).map((n) => n.code);
    expect(leaves).toEqual(CA_MAU_1880_LEAVES.map((l) => l.code));
    for (const expected of CA_MAU_1880_LEAVES) {
      const node = byCode.get(expected.code);
      expect({ code: node?.code, max: node?.max, rule: node?.rule }).toEqual({ code: expected.code, max: expected.max, rule: expected.rule });
    }
  });

  test('parents keep their printed maxima, which add up to the total', () => {
    const byCode = nodes(set);
    for (const p of CA_MAU_1880_PARENTS) expect(byCode.get(p.code)?.max).toBe(p.max);
    expect(set.areas.reduce((a, n) => a + n.max, 0)).toBe(CA_MAU_1880_TOTAL);
  });

  test('1.1.4 at 90 % gives 1, not 2; above 90 % gives 2; under 70 % nothing', () => {
    const rule = nodes(set).get('1.1.4')?.rule;
    if (!rule) throw new Error('1.1.4 has no rule');
    const at = (fraction: number): unknown => {
      const e = evaluateRule(rule, { fraction }, '1.1.4', 2);
      return e.ok ? e.points : e.problem.code;
    };
    expect([at(0.9), at(0.905), at(0.7), at(0.699)]).toEqual([1, 2, 1, 0]);
  });

  test('keeps the decision\'s wording, its evidence column and what the title says', () => {
    const n = nodes(set).get('1.1.1');
    expect(n?.ruleText).toBe('Ban hành kịp thời: 1\nBan hành không kịp thời: 0,5\nKhông ban hành: 0');
    expect(n?.evidence).toBe('Kế hoạch CCHC năm');
    expect({ province: set.province, level: set.level, year: set.year, effectiveDate: set.effectiveDate, complete: set.complete })
      .toEqual({ province: 'Cà Mau', level: 'huyen', year: 2013, effectiveDate: '2013-11-28', complete: true });
    expect(set.decision).toBe('Quyết định số 1880/QĐ-UBND ngày 28/11/2013 của UBND tỉnh Cà Mau');
  });

  test('a table placed lower on the sheet names its own cells', () => {
    const moved = importCriteriaTable(CA_MAU_1880_GRID.map((r) => [...r, null]).map((r) => r.slice(0, 4)), { origin: { row: 3, column: 2 } });
    expect(moved.set).toBeDefined();
    const broken = CA_MAU_1880_GRID.map((r, i) => (i === 11 ? [null, 'Ban hành không kịp thời', 'nửa điểm', null, null] : r));
    const withGap = importCriteriaTable(broken, { origin: { row: 3, column: 2 } });
    // "nửa điểm" is not a number: the row is kept as a note and 1.1.1 still reads its other outcomes.
    expect(withGap.set).toBeDefined();
    expect(nodes(withGap.set as CriteriaSet).get('1.1.1')?.note).toBe('Ban hành không kịp thời');
  });
});

describe('importing a decision-like table', () => {
  const result = importCriteriaTable(decisionGrid());
  const set = result.set as CriteriaSet;
  const byCode = (): Map<string, CriterionNode> => nodes(set);

  test('every leaf with its maximum, under Roman areas numbered again from 1', () => {
    const leaves = [...walk(set.areas)].filter(isLeaf).map((n) => [n.code, n.max, n.rule?.kind, n.printed]);
    expect(leaves).toEqual([
      ['1.1.1', 1, 'levels', '1.1'],
      ['1.1.2', 2, 'ratio', '1.2'],
      ['1.2.1', 1.5, 'levels', 'a)'],
      ['1.2.2', 1.5, 'levels', 'b)'],
      ['2.1', 3, 'bands', '1'],
      ['2.2', 1, 'when-nothing', '2'],
      ['2.3', 1, 'bands', '3'],
      ['2.4', 1, 'bands', '3'],
    ]);
    expect(set.areas.map((a) => [a.code, a.max])).toEqual([['1', 6], ['2', 6]]);
    expect(set.survey).toEqual({ name: 'ĐIỀU TRA XÃ HỘI HỌC', max: 10 });
  });

  test('each warning at its row, in row order, and nothing else', () => {
    expect(result.problems.map((p) => [p.code, p.cell, p.severity])).toEqual([
      ['import_code_derived', `A${DECISION_WARNING_ROWS.letterA}`, 'warning'],
      ['import_code_derived', `A${DECISION_WARNING_ROWS.letterB}`, 'warning'],
      ['import_max_unreached', `C${DECISION_WARNING_ROWS.letterB}`, 'warning'],
      ['import_parent_sum', `C${DECISION_WARNING_ROWS.parentSumII}`, 'warning'],
      ['import_duplicate_code', `A${DECISION_WARNING_ROWS.duplicate3}`, 'warning'],
    ]);
    expect(formatProblem(result.problems[3] as never, 'vi'))
      .toBe('Ô C21 (lĩnh vực 2): Lĩnh vực 2 ghi 7 điểm nhưng các tiêu chí con (2.1, 2.2, 2.3, 2.4) cộng lại 6; bộ chỉ số dùng 6.');
  });

  test('the penalty is 0 points and 0,25 taken away; the footnote formula is a ratio of the leaf\'s maximum', () => {
    const rule = byCode().get('1.1.1')?.rule;
    expect(rule).toEqual({ kind: 'levels', outcomes: [
      { label: 'Ban hành đúng thời hạn', points: 1 }, { label: 'Ban hành chậm', points: 0.5 }, { label: 'Không ban hành', points: 0, penalty: 0.25 },
    ] });
    const none = evaluateRule(rule as never, { outcome: 'Không ban hành' }, '1.1.1', 1);
    expect(none.ok && none.points).toBe(-0.25);
    const ratio = evaluateRule(byCode().get('1.1.2')?.rule as never, { numerator: 9, denominator: 12 }, '1.1.2', 2);
    expect(ratio.ok && ratio.points).toBe(1.5);
    expect(byCode().get('1.1.2')?.ruleText).toBe('Điểm = Số lượng công việc hoàn thành / Số lượng công việc được giao x 100% x 2');
  });

  test('band wordings keep their edges: "trên X đến Y", "từ X đến dưới Y", "trên hoặc bằng", "đạt và vượt", "không quá"', () => {
    const points = (code: string, fraction: number): number | string => {
      const n = byCode().get(code);
      const e = evaluateRule(n?.rule as never, { fraction }, code, n?.max ?? 0);
      return e.ok ? e.points : e.problem.code;
    };
    expect([points('2.1', 0.98), points('2.1', 0.9), points('2.1', 0.8999)]).toEqual([3, 2, 0]);
    expect([points('2.2', 0.95), points('2.2', 0.9499)]).toEqual([1, 0]);
    expect([points('2.3', 1), points('2.3', 1.2), points('2.3', 0.99)]).toEqual([1, 1, 0]);
    expect([points('2.4', 0.9), points('2.4', 0.9001), points('2.4', 0.7), points('2.4', 0.7001)]).toEqual([0.5, 1, 0, 0.5]);
  });

  test('not applicable apart from full points when it does not apply', () => {
    expect(byCode().get('2.3')?.notApplicable).toBe('Trường hợp không được giao nhiệm vụ thì không đánh giá chấm điểm nội dung này');
    const full = byCode().get('2.2');
    expect(full?.notApplicable).toBeUndefined();
    const nothing = evaluateRule(full?.rule as never, { nothingHappened: true }, '2.2', 1);
    expect(nothing.ok && nothing.points).toBe(1);
  });

  test('the rating scale, the province, the level and the date from the title', () => {
    expect(set.scale).toEqual([
      { label: 'Nhóm A', min: 0.9 }, { label: 'Nhóm B', min: 0.8 }, { label: 'Nhóm C', min: 0.7 }, { label: 'Nhóm D', min: 0 },
    ]);
    expect([set.province, set.level, set.year, set.effectiveDate]).toEqual(['Quảng Trị', 'xa', 2025, '2025-01-15']);
  });
});

describe('headers and numbering decisions use', () => {
  test('"Mã | Tiêu chí | Điểm tối đa" with codes in the name column and a scale in points', () => {
    const grid = [
      ['Mã', 'Tiêu chí', 'Điểm tối đa'],
      [null, '1. Công tác chỉ đạo', 3],
      [null, '1.1. Ban hành kế hoạch', 2],
      [null, 'Ban hành kịp thời: 2 điểm', null],
      [null, 'Ban hành chậm: 1 điểm', null],
      [null, '1.2. Vi phạm quy định', 1],
      [null, 'Không vi phạm', 1],
      [null, 'Có vi phạm', -0.5],
      [null, 'Xuất sắc: từ 2,7 điểm trở lên', null],
      [null, 'Tốt: từ 2,4 điểm đến dưới 2,7 điểm', null],
    ];
    const r = importCriteriaTable(grid, { info: { province: 'Cà Mau', level: 'so', year: 2026, decision: 'Quyết định số 1/QĐ-UBND' } });
    expect(r.problems).toEqual([]);
    const set = r.set as CriteriaSet;
    expect([...walk(set.areas)].map((n) => [n.code, n.max])).toEqual([['1', 3], ['1.1', 2], ['1.2', 1]]);
    expect(nodes(set).get('1.2')?.rule).toEqual({ kind: 'levels', outcomes: [{ label: 'Không vi phạm', points: 1 }, { label: 'Có vi phạm', points: 0, penalty: 0.5 }] });
    expect(set.scale).toEqual([{ label: 'Xuất sắc', min: 0.9 }, { label: 'Tốt', min: 0.8 }]);
  });

  test('no header: one error saying what the header needs; no set', () => {
    const r = importCriteriaTable([['Tên', 'Giá trị'], ['a', 1]]);
    expect(r.set).toBeUndefined();
    expect(r.problems.map((p) => formatProblem(p, 'vi'))).toEqual([
      'Không thấy bảng tiêu chí: cần dòng tiêu đề có "STT" (hoặc "TT", "Mã"), "Tiêu chí" (hoặc "Nội dung") và "Điểm tối đa" (hoặc "Điểm chuẩn", "Điểm").',
    ]);
  });

  test('a leaf without a maximum is an error at its cell, and nothing thrown on odd cells', () => {
    const r = importCriteriaTable([['STT', 'Nội dung', 'Điểm'], ['1', 'Lĩnh vực', null], ['1.1', 'Tiêu chí', { odd: true }], [Symbol('x') as never, null, undefined]]);
    expect(r.set).toBeUndefined();
    expect(r.problems.map((p) => [p.code, p.cell])).toContainEqual(['number_expected', 'C3']);
  });

  test('a dash with outcome rows under it is a sub-criterion with a derived code', () => {
    const grid = [
      ['STT', 'Nội dung', 'Điểm'],
      ['1', 'Lĩnh vực', 2],
      ['1.1', 'Tiêu chí', 2],
      [null, '- Thành phần thứ nhất', 1],
      [null, '+ Có', 1],
      [null, '+ Không', 0],
      [null, '- Thành phần thứ hai', 1],
      [null, 'Có', 1],
      [null, 'Không', 0],
    ];
    const r = importCriteriaTable(grid, { info: { province: 'X', level: 'xa', year: 2026, decision: 'Quyết định số 2/QĐ-UBND' } });
    expect([...walk((r.set as CriteriaSet).areas)].map((n) => [n.code, n.max, n.printed])).toEqual([
      ['1', 2, undefined], ['1.1', 2, undefined], ['1.1.1', 1, '-'], ['1.1.2', 1, '-'],
    ]);
  });
});
