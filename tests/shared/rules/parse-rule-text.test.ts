import { evaluateRule, formatProblem, importCriteriaTable, isLeaf, parseRuleText, walk, type CriteriaSet, type Rule } from '../../../shared';
import { CA_MAU_1880_GRID } from '../../fixtures/ca-mau-1880';
import { decisionGrid } from '../../fixtures/decision-like-table';
import { staffGrid } from '../../fixtures/staff-2025-table';

const ruleOf = (text: string, max: number): Rule => {
  const reading = parseRuleText(text, max, 'x');
  expect(reading.problems).toEqual([]);
  if (!reading.rule) throw new Error('no rule');
  return reading.rule;
};
const points = (rule: Rule, max: number, input: Parameters<typeof evaluateRule>[1]): number | string => {
  const e = evaluateRule(rule, input, 'x', max);
  return e.ok ? e.points : e.problem.code;
};

describe('rules from the decision\'s own words', () => {
  test('bands: "trên 90%" excludes 90 %, "từ 70% - 90%" includes both ends, "dưới 70%" excludes 70 %', () => {
    const rule = ruleOf('Thực hiện trên 90% kế hoạch: 2 / Thực hiện từ 70% - 90% kế hoạch: 1 / Dưới 70% kế hoạch: 0', 2);
    expect(rule).toEqual({
      kind: 'bands',
      outcomes: [
        { label: 'Thực hiện trên 90% kế hoạch', points: 2, lower: { value: 0.9, inclusive: false } },
        { label: 'Thực hiện từ 70% - 90% kế hoạch', points: 1, lower: { value: 0.7, inclusive: true }, upper: { value: 0.9, inclusive: true } },
        { label: 'Dưới 70% kế hoạch', points: 0, upper: { value: 0.7, inclusive: false } },
      ],
    });
    expect(points(rule, 2, { fraction: 1 })).toBe(2);
    expect(points(rule, 2, { fraction: 0.9001 })).toBe(2);
    expect(points(rule, 2, { fraction: 0.9 })).toBe(1);
    expect(points(rule, 2, { numerator: 9, denominator: 10 })).toBe(1);
    expect(points(rule, 2, { fraction: 0.7 })).toBe(1);
    expect(points(rule, 2, { fraction: 0.6999 })).toBe(0);
    expect(points(rule, 2, { fraction: 0 })).toBe(0);
  });

  test('bands one outcome per line, "từ … trở lên" and "từ … đến dưới …"', () => {
    const rule = ruleOf('Từ 90% trở lên: 2\nTừ 70% đến dưới 90%: 1\nDưới 70%: 0', 2);
    expect(points(rule, 2, { fraction: 0.9 })).toBe(2);
    expect(points(rule, 2, { fraction: 0.8999 })).toBe(1);
    expect(points(rule, 2, { fraction: 0.7 })).toBe(1);
    expect(points(rule, 2, { fraction: 0.6999 })).toBe(0);
    expect(points(rule, 2, { fraction: 1 })).toBe(2);
    expect(points(rule, 2, { fraction: 0 })).toBe(0);
  });

  test('bands from the seeds\' target wordings', () => {
    const rule = ruleOf('Đạt từ 99% trở lên: 1; Tối thiểu 80% đến dưới 99%: 0,5; Dưới 80%: 0', 1);
    expect(points(rule, 1, { fraction: 0.99 })).toBe(1);
    expect(points(rule, 1, { fraction: 0.8 })).toBe(0.5);
    expect(points(rule, 1, { fraction: 0.79 })).toBe(0);
    const full = ruleOf('Giải quyết đúng hạn 100% hồ sơ: 1 / Dưới 100%: 0', 1);
    expect(points(full, 1, { fraction: 1 })).toBe(1);
    expect(points(full, 1, { fraction: 0.999 })).toBe(0);
  });

  test('levels, and yes/no as the two-level case', () => {
    const rule = ruleOf('Ban hành kịp thời: 1 / Ban hành không kịp thời: 0,5 / Không ban hành: 0', 1);
    expect(rule.kind).toBe('levels');
    expect(points(rule, 1, { outcome: 'Ban hành kịp thời' })).toBe(1);
    expect(points(rule, 1, { outcome: 'ban hanh khong kip thoi' })).toBe(0.5);
    expect(points(rule, 1, { outcome: 'Không ban hành' })).toBe(0);
    expect(points(rule, 1, { outcome: 'Ban hành muộn' })).toBe('rule_outcome_unknown');
    const yesNo = ruleOf('Đạt yêu cầu: 1 / Không đạt yêu cầu: 0', 1);
    expect(points(yesNo, 1, { outcome: true })).toBe(1);
    expect(points(yesNo, 1, { outcome: false })).toBe(0);
    expect(points(yesNo, 1, { outcome: 'Không đạt yêu cầu' })).toBe(0);
  });

  test('short forms, counts, penalties and the default when nothing happened', () => {
    expect(ruleOf('tỷ lệ', 1)).toEqual({ kind: 'ratio' });
    expect(ruleOf('Thủ công', 2)).toEqual({ kind: 'manual' });
    const count = ruleOf('Mỗi sáng kiến được 0,5 điểm', 2);
    expect(points(count, 2, { count: 1 })).toBe(0.5);
    expect(points(count, 2, { count: 7 })).toBe(2);
    const penalty = ruleOf('Mỗi văn bản ban hành trái pháp luật bị trừ 0,5 điểm, tối đa 1', 0);
    expect(points(penalty, 0, { count: 3 })).toBe(-1);
    const deduct = ruleOf('Ban hành: 1 / Không ban hành: 0 điểm và bị trừ 0,25 điểm', 1);
    expect(points(deduct, 1, { outcome: 'Không ban hành' })).toBe(-0.25);
    const nothing = ruleOf('Không phát sinh khiếu nại: điểm tối đa; Giải quyết đúng hạn 100%: 1; Dưới 100%: 0', 1);
    expect(points(nothing, 1, { nothingHappened: true })).toBe(1);
    expect(points(nothing, 1, { fraction: 0.5 })).toBe(0);
  });

  test('says exactly which part was not understood', () => {
    const reading = parseRuleText('Trên 90%: 2 / từ 70% - 90% được một điểm / Dưới 70%: 0', 2, '1.1.3');
    expect(reading.rule).toBeUndefined();
    expect(reading.problems).toHaveLength(1);
    expect(formatProblem(reading.problems[0]!, 'vi')).toBe(
      'Tiêu chí 1.1.3: Không hiểu phần này của cách tính: "từ 70% - 90% được một điểm". Số điểm cần ghi bằng chữ số. Bộ chỉ số đọc được cách viết như "từ 70% - 90%: 1 điểm".',
    );
    expect(parseRuleText('Đạt: một', 1).problems[0]?.params.part).toBe('một');
    expect(parseRuleText('   ', 1).problems[0]?.code).toBe('rule_text_empty');
  });

  test('checks the outcomes\' points against the maximum, and bands for gaps and overlaps', () => {
    const above = parseRuleText('Từ 90% trở lên: 3 / Dưới 90%: 0', 2, '3.4');
    expect(above.rule).toBeUndefined();
    expect(above.problems.map((p) => [p.code, p.params.outcome])).toEqual([['rule_outcome_above_max', 'Từ 90% trở lên']]);
    const gap = parseRuleText('Trên 90%: 2 / Dưới 70%: 0', 2, '3.4');
    expect(gap.problems.map((p) => p.code)).toContain('rule_bands_gap');
    const overlap = parseRuleText('Từ 90% trở lên: 2 / Từ 70% - 90%: 1 / Dưới 70%: 0', 2, '3.4');
    expect(overlap.problems).toEqual([expect.objectContaining({ code: 'rule_bands_overlap', params: expect.objectContaining({ value: 0.9 }) })]);
  });

  test('"… bị 0 điểm và bị trừ 0,25 điểm" is 0 points with a 0,25 penalty, never +0,25', () => {
    for (const text of ['Ban hành kịp thời: 1 / Không ban hành bị 0 điểm và bị trừ 0,25 điểm',
      'Ban hành kịp thời được 1 điểm\nKhông ban hành: bị 0 điểm và bị trừ 0,25 điểm',
      'Ban hành kịp thời: 1 / Không ban hành: 0 điểm, trừ 0,25 điểm']) {
      const reading = parseRuleText(text, 1, '1.1.1');
      expect(reading.rule).toEqual({ kind: 'levels', outcomes: [
        { label: 'Ban hành kịp thời', points: 1 }, { label: 'Không ban hành', points: 0, penalty: 0.25 },
      ] });
    }
  });

  test('"trên hoặc bằng", "dưới hoặc bằng", "đạt và vượt", "trên X đến Y"', () => {
    const rule = parseRuleText('Trên hoặc bằng 90%: 2 / Trên 50% đến dưới 90%: 1 / Dưới hoặc bằng 50%: 0', 2, '2.1').rule;
    expect(rule).toEqual({ kind: 'bands', outcomes: [
      { label: 'Trên hoặc bằng 90%', points: 2, lower: { value: 0.9, inclusive: true } },
      { label: 'Trên 50% đến dưới 90%', points: 1, lower: { value: 0.5, inclusive: false }, upper: { value: 0.9, inclusive: false } },
      { label: 'Dưới hoặc bằng 50%', points: 0, upper: { value: 0.5, inclusive: true } },
    ] });
    expect(parseRuleText('Đạt và vượt 100% chỉ tiêu: 1 / Dưới 100% chỉ tiêu: 0', 1).rule).toEqual({ kind: 'bands', outcomes: [
      { label: 'Đạt và vượt 100% chỉ tiêu', points: 1, lower: { value: 1, inclusive: true } },
      { label: 'Dưới 100% chỉ tiêu', points: 0, upper: { value: 1, inclusive: false } },
    ] });
    expect(parseRuleText('Trên 80% đến 100%: 1 / Từ 80% trở xuống: 0', 1).rule).toEqual(expect.objectContaining({ kind: 'bands' }));
  });

  test('comparisons with an assigned target or an average: the reference is an input like the figure', () => {
    const target = ruleOf('Đạt và vượt chỉ tiêu được giao: 2 / Không đạt chỉ tiêu được giao: 0', 2);
    expect([points(target, 2, { numerator: 95, denominator: 100 }), points(target, 2, { numerator: 100, denominator: 100 }), points(target, 2, { numerator: 130, denominator: 100 })])
      .toEqual([0, 2, 2]);
    const average = ruleOf('Cao hơn mức trung bình của tỉnh: 1 / Bằng mức trung bình của tỉnh: 0,5 / Thấp hơn mức trung bình của tỉnh: 0', 1);
    expect([points(average, 1, { numerator: 81, denominator: 80 }), points(average, 1, { numerator: 80, denominator: 80 }), points(average, 1, { numerator: 79, denominator: 80 })])
      .toEqual([1, 0.5, 0]);
    expect(points(average, 1, { outcome: 'Bằng mức trung bình của tỉnh' })).toBe(0.5);
  });
});

describe('one reader: a decision\'s wordings typed in a "Cách tính" cell read as the importer reads them', () => {
  test('not applicable, full points when it does not apply, a footnote formula, a comparison with an average', () => {
    const na = parseRuleText('Đạt và vượt 100% kế hoạch: 1 / Dưới 100% kế hoạch: 0 / Trường hợp không được giao nhiệm vụ thì không đánh giá chấm điểm nội dung này', 1, '2.3');
    expect([na.rule?.kind, na.notApplicable, na.problems]).toEqual(['bands', 'Trường hợp không được giao nhiệm vụ thì không đánh giá chấm điểm nội dung này', []]);
    const only = parseRuleText('Không được giao chỉ tiêu thì không đánh giá chấm điểm nội dung này', 2, '1.4');
    expect([only.rule, only.notApplicable]).toEqual([{ kind: 'manual' }, 'Không được giao chỉ tiêu thì không đánh giá chấm điểm nội dung này']);
    const full = ruleOf('Trên hoặc bằng 95% số phản ánh, kiến nghị: 1\nDưới 95% số phản ánh, kiến nghị: 0\nTrường hợp không phát sinh phản ánh, kiến nghị thì được tính tối đa điểm', 1);
    expect([full.kind, points(full, 1, { nothingHappened: true }), points(full, 1, { fraction: 0.95 }), points(full, 1, { fraction: 0.9 })]).toEqual(['when-nothing', 1, 1, 0]);
    const notConcerned = ruleOf('Đơn vị không thuộc đối tượng thực hiện thì được tính tối đa điểm', 2);
    expect([notConcerned, points(notConcerned, 2, { nothingHappened: true })]).toEqual([
      { kind: 'when-nothing', label: 'Đơn vị không thuộc đối tượng thực hiện thì được tính tối đa điểm', points: 2, rule: { kind: 'manual' } }, 2]);
    const formula = ruleOf('Số lượng công việc được giao = Số lượng công việc hoàn thành / Số lượng công việc được giao x 100% x 5', 5);
    expect([formula, points(formula, 5, { numerator: 8, denominator: 10 })]).toEqual([{ kind: 'ratio' }, 4]);
    const average = ruleOf('Trên hoặc bằng mức trung bình của tỉnh: 1 / Dưới mức trung bình của tỉnh: 0', 1);
    expect(average.kind).toBe('bands');
  });

  test('every leaf the importer reads in the tests\' decisions reads the same from its wording in a cell', () => {
    const sets = [importCriteriaTable(decisionGrid()), importCriteriaTable(CA_MAU_1880_GRID), importCriteriaTable(staffGrid())].map((r) => r.set as CriteriaSet);
    const leaves = sets.flatMap((set) => [...walk(set.areas)].filter(isLeaf)).filter((n) => n.ruleText !== undefined || n.notApplicable !== undefined);
    expect(leaves.length).toBe(57);
    const kinds = new Set<string>();
    for (const leaf of leaves) {
      const cell = [leaf.ruleText, leaf.notApplicable].filter(Boolean).join('\n');
      const reading = parseRuleText(cell, leaf.max, leaf.code);
      kinds.add(leaf.rule?.kind ?? 'manual');
      expect([leaf.code, reading.rule, reading.notApplicable, reading.ruleText]).toEqual([leaf.code, leaf.rule ?? { kind: 'manual' }, leaf.notApplicable, leaf.ruleText]);
    }
    expect([...kinds].sort()).toEqual(['bands', 'levels', 'ratio', 'when-nothing']);
  });

  test('an unclear part is named with the nearest wording the reader knows, in the decision\'s style', () => {
    const hint = (text: string, max = 1): string => String(parseRuleText(text, max, 'x').problems[0]?.params.hintVi);
    expect(hint('Ban hành đúng hạn 1')).toBe('Chưa rõ con số cuối là số điểm hay một phần của lời văn. Bộ chỉ số đọc được cách viết như "Ban hành đúng hạn: 1 điểm".');
    expect(hint('Mỗi sáng kiến 0,5')).toBe('Điểm cho mỗi trường hợp cần ghi "được … điểm". Bộ chỉ số đọc được cách viết như "Mỗi sáng kiến được 0,5 điểm".');
    expect(hint('Mỗi văn bản ban hành chậm 0,25')).toBe('Điểm trừ cho mỗi trường hợp cần ghi "bị trừ … điểm". Bộ chỉ số đọc được cách viết như "Mỗi văn bản ban hành chậm bị trừ 0,25 điểm".');
    expect(hint('Không thuộc đối tượng thì tối đa', 2)).toBe('Trường hợp được điểm tối đa cần ghi "thì được tính tối đa điểm". Bộ chỉ số đọc được cách viết như "Trường hợp không thuộc đối tượng thì được tính tối đa điểm".');
    expect(hint('Điểm = Số việc hoàn thành x 5', 5)).toBe('Công thức cần có một phép chia giữa hai đại lượng có tên. Bộ chỉ số đọc được cách viết như "Điểm = Số việc hoàn thành / Số việc được giao x 100% x 5".');
    // A form the reader knows is never sent back with advice about colons.
    for (const known of ['Ban hành đúng hạn (1 điểm)', 'Ban hành đúng hạn được 1 điểm', 'Không ban hành - 0 điểm', 'Mỗi sáng kiến được 0,5 điểm']) {
      expect([known, parseRuleText(known, 1).problems]).toEqual([known, []]);
    }
  });
});
