import fc from 'fast-check';
import { foldDiacritics, readSetSheet, templateSpec, type CriteriaSet, type CriterionNode, type Outcome, type Rule } from '../../../shared';

/**
 * A set written to a bo-chi-so sheet and read back is the same set: rules, the not-applicable and
 * full-points cases, the decision's wording, notes, evidence and printed numbering. The sheet's
 * values are taken from the template's spec as every host writes them (a merged label's value in
 * its first cell). Generated sets are sets as the importer or a JSON file makes them, in the
 * wording decisions use; the run is seeded so CI cannot fail by chance.
 */

const LEVEL_LABELS = ['Ban hành đúng thời hạn', 'Ban hành chậm', 'Không ban hành', 'Đủ số lượng, đúng thời hạn', 'Có thực hiện', 'Không thực hiện'];
const BANDS: readonly (readonly Omit<Outcome, 'points'>[])[] = [
  [
    { label: 'Từ 90% trở lên', lower: { value: 0.9, inclusive: true } },
    { label: 'Từ 70% đến dưới 90%', lower: { value: 0.7, inclusive: true }, upper: { value: 0.9, inclusive: false } },
    { label: 'Dưới 70%', upper: { value: 0.7, inclusive: false } },
  ],
  [
    { label: 'Đạt và vượt 100% kế hoạch', lower: { value: 1, inclusive: true } },
    { label: 'Dưới 100% kế hoạch', upper: { value: 1, inclusive: false } },
  ],
  [
    { label: 'Trên hoặc bằng mức trung bình của tỉnh', lower: { value: 1, inclusive: true } },
    { label: 'Dưới mức trung bình của tỉnh', upper: { value: 1, inclusive: false } },
  ],
];
const FULL = 'Trường hợp không thuộc đối tượng thực hiện thì được tính tối đa điểm';
const NOTHING = 'Không phát sinh hồ sơ';
const NOT_APPLICABLE = ['Trường hợp không được giao nhiệm vụ thì không đánh giá chấm điểm nội dung này', 'Không được giao chỉ tiêu thì không đánh giá chấm điểm nội dung này'];
const NOTES = ['Theo Kế hoạch số 12/KH-UBND.', 'Căn cứ Nghị định số 61/2018/NĐ-CP.\nTính đến ngày 30/11.'];
const NAMES = ['Ban hành kế hoạch cải cách hành chính', 'Công khai thủ tục hành chính', 'Số lượng công việc được giao hoàn thành đúng hạn', 'Tỷ lệ hồ sơ giải quyết đúng hạn', 'Kiểm tra công tác cải cách hành chính'];

const pts = (n: number): string => String(n).replace('.', ',');
const quarter = (min: number, max: number): fc.Arbitrary<number> => fc.integer({ min: min * 4, max: max * 4 }).map((q) => q / 4);

/** A leaf's rule, with the decision's own wording of it or none (as a JSON set may hold). */
type Worded = { rule: Rule; ruleText?: string };
const leafRule = (max: number): fc.Arbitrary<Worded> => {
  const levels: fc.Arbitrary<Worded> = fc.shuffledSubarray(LEVEL_LABELS, { minLength: 2, maxLength: 3 }).chain((labels) => fc.tuple(fc.constant(labels), fc.boolean(), fc.boolean()))
    .map(([labels, penalty, worded]) => {
      const outcomes: Outcome[] = labels.map((label, i) => (i === 0 ? { label, points: max }
        : i === labels.length - 1 && penalty ? { label, points: 0, penalty: 0.25 } : { label, points: i === labels.length - 1 ? 0 : max / 2 }));
      const rule: Rule = { kind: 'levels', outcomes };
      const text = outcomes.map((o) => `${o.label}: ${pts(o.points)} điểm${o.penalty ? ` và bị trừ ${pts(o.penalty)} điểm` : ''}`).join('\n');
      return worded ? { rule, ruleText: text } : { rule };
    });
  const bands: fc.Arbitrary<Worded> = fc.tuple(fc.constantFrom(...BANDS), fc.boolean()).map(([shape, worded]) => {
    const outcomes: Outcome[] = shape.map((o, i) => ({ label: o.label, points: i === 0 ? max : i === shape.length - 1 ? 0 : max / 2, ...(o.lower ? { lower: o.lower } : {}), ...(o.upper ? { upper: o.upper } : {}) }));
    const rule: Rule = { kind: 'bands', outcomes };
    return worded ? { rule, ruleText: outcomes.map((o) => `${o.label}: ${pts(o.points)} điểm`).join('\n') } : { rule };
  });
  const ratio: fc.Arbitrary<Worded> = fc.boolean().map((worded) => (worded
    ? { rule: { kind: 'ratio' } as Rule, ruleText: `Điểm = Số lượng công việc hoàn thành / Số lượng công việc được giao x 100% x ${pts(max)}` }
    : { rule: { kind: 'ratio' } as Rule }));
  const count = quarter(0.25, max).map((perItem) => ({ rule: { kind: 'count', perItem } as Rule }));
  const penalty = fc.tuple(quarter(0.25, 1), fc.option(quarter(0.25, max), { nil: undefined }))
    .map(([perItem, cap]) => ({ rule: (cap === undefined ? { kind: 'penalty', perItem } : { kind: 'penalty', perItem, cap }) as Rule }));
  const manual: fc.Arbitrary<Worded> = fc.constant({ rule: { kind: 'manual' } as Rule });
  const plain = fc.oneof(levels, bands, ratio, count, penalty, manual);
  // The full-points case as a decision words it, or "không phát sinh" with its points, around a rule.
  const full = fc.oneof(levels, bands, ratio, manual).map(({ rule, ruleText }) => ({
    rule: { kind: 'when-nothing', label: FULL, points: max, rule } as Rule,
    ...(ruleText === undefined ? {} : { ruleText: `${ruleText}\n${FULL}` }),
  }));
  const nothing = fc.tuple(fc.oneof(levels, bands, ratio, manual), quarter(0, max)).map(([{ rule }, points]) => ({
    rule: { kind: 'when-nothing', label: NOTHING, points, rule } as Rule,
  }));
  return fc.oneof(plain, full, nothing);
};

const extras = fc.record({
  note: fc.option(fc.constantFrom(...NOTES), { nil: undefined }),
  evidence: fc.option(fc.constantFrom('Báo cáo kết quả thực hiện', 'Kế hoạch, văn bản chỉ đạo'), { nil: undefined }),
  printed: fc.option(fc.constantFrom('a)', 'b)', '-'), { nil: undefined }),
});
const clean = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const leaf = (code: string): fc.Arbitrary<CriterionNode> => quarter(0.5, 5).chain((max) => fc.tuple(
  fc.constant(max), fc.constantFrom(...NAMES), leafRule(max), extras, fc.option(fc.constantFrom(...NOT_APPLICABLE), { nil: undefined }),
)).map(([max, name, { rule, ruleText }, more, notApplicable]) => clean({ code, name, max, rule, ruleText, notApplicable, ...more }));

const node = (code: string, depth: number): fc.Arbitrary<CriterionNode> => (depth >= 3 ? leaf(code)
  : fc.integer({ min: depth === 1 ? 1 : 0, max: 3 }).chain((n) => (n === 0 ? leaf(code) : fc.tuple(
    fc.tuple(...Array.from({ length: n }, (_, i) => node(`${code}.${i + 1}`, depth + 1))), fc.constantFrom(...NAMES), extras,
  ).map(([children, name, more]) => clean({
    code, name, max: Math.round(children.reduce((a, c) => a + c.max, 0) * 1e6) / 1e6, note: more.note, children,
  })))));

const setArb: fc.Arbitrary<CriteriaSet> = fc.tuple(
  fc.integer({ min: 1, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => node(String(i + 1), 1)))),
  fc.constantFrom('Bộ chỉ số cải cách hành chính cấp xã', 'Bộ tiêu chí đánh giá công tác cán bộ năm 2025'),
  fc.constantFrom('Quảng Trị', 'Cà Mau', 'Hà Tĩnh'),
  fc.constantFrom('tinh', 'so', 'huyen', 'xa') as fc.Arbitrary<CriteriaSet['level']>,
  fc.integer({ min: 2020, max: 2030 }),
  fc.constantFrom('half-up', 'truncate') as fc.Arbitrary<CriteriaSet['rounding']>,
  fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
  fc.option(fc.constantFrom('Nhập từ quyết định'), { nil: undefined }),
  fc.uniqueArray(fc.integer({ min: 1, max: 19 }), { minLength: 1, maxLength: 4 }),
).map(([areas, name, province, level, year, rounding, survey, source, mins]) => clean({
  id: foldDiacritics(name).replace(/[^a-z0-9]+/g, '-'),
  name, province, level, year, rounding, source,
  decision: `Quyết định số 25/QĐ-UBND ngày 15/01/${year} của UBND tỉnh ${province}`,
  survey: survey === undefined ? undefined : { name: 'Điều tra xã hội học', max: survey },
  scale: [...mins].sort((a, b) => b - a).map((m, i) => ({ label: `Nhóm ${'ABCD'[i] ?? 'E'}`, min: (m * 5) / 100 })),
  areas,
}) as CriteriaSet);

/** The bo-chi-so sheet's values as a host reads them back: each row's cells from column A. */
function sheetValues(set: CriteriaSet): (string | number | null)[][] {
  const spec = templateSpec('bo-chi-so', { year: set.year, set, province: set.province, level: set.level });
  if (!spec.ok) throw new Error('no bo-chi-so sheet');
  return spec.value.rows.map((r) => r.cells.map((c) => (c?.value ?? null)));
}

describe('set → bo-chi-so sheet → set', () => {
  test('is the identity on generated sets: rules, not-applicable and full-points cases, wording, notes', () => {
    const seen = new Set<string>();
    fc.assert(fc.property(setArb, (set) => {
      const back = readSetSheet(sheetValues(set));
      expect(back.ok ? back.set : back.problems).toEqual(set);
      const walk = (n: CriterionNode): void => {
        if (n.rule) seen.add(n.rule.kind === 'when-nothing' ? `when-nothing/${n.rule.label === FULL ? 'full' : 'nothing'}` : n.rule.kind);
        if (n.notApplicable) seen.add('not-applicable');
        if (n.ruleText) seen.add('worded');
        n.children?.forEach(walk);
      };
      set.areas.forEach(walk);
    }), { seed: 22, numRuns: 300 });
    expect([...seen].sort()).toEqual(['bands', 'count', 'levels', 'manual', 'not-applicable', 'penalty', 'ratio', 'when-nothing/full', 'when-nothing/nothing', 'worded']);
  });
});
