import fc from 'fast-check';
import { evaluateRule, foldDiacritics, roundPoints, ruleFormula, ruleInputFromCells, ruleInputShape, RULE_KINDS, type Outcome, type RoundingHabit, type Rule, type RuleInput } from '../../../../shared';
import { evaluateFormula, type CellValue } from '../../../helpers/formula-evaluator';

const CELLS = { main: 'I12', second: 'J12' } as const;

/** What the unit types into the two input cells, and the same figures as the core reads them. */
interface Figures {
  readonly main: CellValue;
  readonly second: CellValue;
  /** Built by the test from the figures, not by the code under test. */
  readonly input: RuleInput | undefined;
}

/** The core's answer: the rule's points rounded as scoreTable rounds them, or "" where it gives none. */
function expected(rule: Rule, f: Figures, max: number, habit: RoundingHabit): number | string {
  if (!f.input) return '';
  const e = evaluateRule(rule, f.input, '9.9', max);
  return e.ok ? roundPoints(e.points, habit) : '';
}

/** A levels rule's wordings, directly or inside "nothing happened". */
function wordingsOf(rule: Rule): readonly string[] {
  if (rule.kind === 'levels') return rule.outcomes.map((o) => o.label);
  return rule.kind === 'when-nothing' ? wordingsOf(rule.rule) : [];
}

/**
 * The formula's result, the wordings compared both ways: with the hidden cells that hold them (as
 * the templates write it) and as text constants (split within Excel's 255 characters). Both must agree.
 */
function sheetResult(rule: Rule, f: Figures, max: number, habit: RoundingHabit): unknown {
  const inputs = { [CELLS.main]: f.main, [CELLS.second]: f.second };
  const plain = ruleFormula(rule, CELLS, max, habit);
  if (plain === undefined) throw new Error(`no formula for ${rule.kind}`);
  const wordings = wordingsOf(rule);
  const listCells = wordings.map((_, i) => `${String.fromCharCode(76 + i)}12`);
  const listed = ruleFormula(rule, { ...CELLS, outcomes: listCells }, max, habit) ?? '';
  const fromCells = evaluateFormula(listed, { ...inputs, ...Object.fromEntries(listCells.map((c, i) => [c, wordings[i] ?? null])) });
  const fromConstants = evaluateFormula(plain, inputs);
  expect(fromCells).toEqual(fromConstants);
  return fromConstants;
}

const habit = fc.constantFrom<RoundingHabit>('half-up', 'truncate');
const max = fc.integer({ min: 1, max: 80 }).map((n) => n / 4);
const points = (upTo: number): fc.Arbitrary<number> => fc.integer({ min: 0, max: Math.round(upTo * 4) }).map((n) => n / 4);
const EDGE_POOL = [0, 0.3, 0.5, 0.7, 0.75, 0.8, 0.9, 0.95, 1, 0.333, 0.6667];
const edge = fc.record({ value: fc.constantFrom(...EDGE_POOL), inclusive: fc.boolean() });
const count = fc.oneof(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 600 }).map((n) => n / 10), fc.constant(-1));
const maybe = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(a, { nil: null, freq: 6 });

function figuresOfRatio(n: number | null, d: number | null): Figures {
  return { main: n, second: d, input: n === null || d === null ? undefined : { numerator: n, denominator: d } };
}
function figuresOfMain(main: number | string | null, input: RuleInput | undefined): Figures {
  return { main, second: null, input: main === null ? undefined : input };
}

const ratio = fc.record({ kind: fc.constant('ratio' as const) });
const bands = fc.array(fc.record({
  label: fc.constant('Mức'), points: points(20), lower: fc.option(edge, { nil: undefined }), upper: fc.option(edge, { nil: undefined }),
  penalty: fc.option(fc.constantFrom(0.25, 0.5), { nil: undefined, freq: 5 }),
}), { minLength: 1, maxLength: 5 }).map((outcomes) => ({ kind: 'bands' as const, outcomes: outcomes as Outcome[] }));
const WORDS = ['Ban hành', 'kịp thời', 'không', 'Đạt', 'yêu cầu', 'Hoàn thành', 'đúng hạn', 'trễ hạn', '"có"', 'Không ban hành', 'một phần', 'đầy đủ,'];
/** A decision's wording can pass the 255 characters Excel allows a text constant (one of Cà Mau's has 331). */
const LONG_WORDS = `Văn bản quy phạm pháp luật được ban hành đúng thẩm quyền, đúng trình tự, thủ tục, ${'bảo đảm tính hợp hiến, hợp pháp, thống nhất, '.repeat(6)}`;
const label = fc.oneof(
  { weight: 9, arbitrary: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')) },
  { weight: 1, arbitrary: fc.constantFrom(...WORDS).map((w) => `${w} ${LONG_WORDS}`.trim()) },
);
const levels = fc.uniqueArray(label, { minLength: 1, maxLength: 5, selector: (l) => foldDiacritics(l) })
  .chain((labels) => fc.tuple(...labels.map((l) => fc.record({ label: fc.constant(l), points: points(20), penalty: fc.option(fc.constantFrom(0.25, 0.5), { nil: undefined, freq: 5 }) }))))
  .map((outcomes) => ({ kind: 'levels' as const, outcomes: outcomes as Outcome[] }));
const countRule = fc.record({ kind: fc.constant('count' as const), perItem: fc.constantFrom(0.1, 0.25, 0.3, 0.5, 1, 1.5) });
const penalty = fc.record({ kind: fc.constant('penalty' as const), perItem: fc.constantFrom(0.1, 0.25, 0.35, 0.5, 1), cap: fc.option(fc.constantFrom(0.5, 1, 2), { nil: undefined }) });

/** Inputs that reach every branch: every edge exactly and a hair either side, empty, text the decision does not have. */
function figuresFor(rule: Exclude<Rule, { kind: 'when-nothing' | 'manual' }>): fc.Arbitrary<Figures> {
  switch (rule.kind) {
    case 'ratio': return fc.tuple(maybe(count), maybe(fc.oneof(count, fc.constant(0)))).map(([n, d]) => figuresOfRatio(n, d));
    case 'bands': {
      const edges = rule.outcomes.flatMap((o) => [o.lower, o.upper]).flatMap((b) => (b ? [b.value] : []));
      const near = edges.flatMap((e) => [e, e - 0.0001, e + 0.0001, e - 1e-6, e + 1e-6]);
      const x = fc.oneof(fc.constantFrom(...(near.length ? near : [0.5])), fc.integer({ min: -100, max: 12000 }).map((k) => k / 10000));
      return maybe(x).map((v) => figuresOfMain(v, { fraction: v ?? 0 }));
    }
    // The cell holds the wording exactly as the decision writes it, commas included: the dropdown lists the cells that hold them.
    case 'levels': return maybe(fc.oneof(fc.constantFrom(...rule.outcomes.map((o) => o.label)), fc.constant('zzz ngoài danh sách')))
      .map((v) => ({ main: v, second: null, input: v === null ? undefined : { outcome: v } }));
    case 'count':
    case 'penalty': return maybe(count).map((v) => figuresOfMain(v, { count: v ?? 0 }));
  }
}

const inner = fc.oneof(ratio, bands, levels, countRule, penalty);
const ruleAndFigures = fc.oneof(
  inner.chain((rule) => fc.tuple(fc.constant<Rule>(rule), figuresFor(rule))),
  fc.record({ label: fc.constantFrom('Không phát sinh hồ sơ', 'Không có đơn thư'), points: points(20), rule: inner }).chain(({ label: l, points: p, rule }) =>
    fc.tuple(figuresFor(rule), fc.boolean()).map(([f, nothing]): [Rule, Figures] => {
      const wrapped: Rule = { kind: 'when-nothing', label: l, points: p, rule };
      // A total of 0 is how a ratio says nothing happened, whatever the numerator cell holds.
      if (rule.kind === 'ratio') return [wrapped, f.second === 0 ? { ...f, input: { ...f.input, denominator: 0 } } : f];
      const input = nothing ? { ...f.input, nothingHappened: true } : f.input;
      return [wrapped, { main: f.main, second: nothing ? 'x' : null, input }];
    })),
);

describe('one rule, two evaluators: the generated formula and evaluateRule', () => {
  test('agree on every rule kind and every input, both rounding habits', () => {
    const seen = new Set<string>();
    fc.assert(fc.property(ruleAndFigures, max, habit, ([rule, f], m, h) => {
      seen.add(rule.kind === 'when-nothing' ? `when-nothing/${rule.rule.kind}` : rule.kind);
      // A band edge above the maximum is the set's problem, not the formula's: both evaluators still agree.
      expect([rule, f.main, f.second, sheetResult(rule, f, m, h)]).toEqual([rule, f.main, f.second, expected(rule, f, m, h)]);
    }), { numRuns: 4000 });
    expect([...seen].sort()).toEqual(['bands', 'count', 'levels', 'penalty', 'ratio',
      'when-nothing/bands', 'when-nothing/count', 'when-nothing/levels', 'when-nothing/penalty', 'when-nothing/ratio']);
  });

  test('every band edge, inclusive and exclusive, lands where the core puts it', () => {
    for (const value of EDGE_POOL) for (const inclusive of [true, false]) for (const h of ['half-up', 'truncate'] as const) {
      const rule: Rule = { kind: 'bands', outcomes: [
        { label: 'trên', points: 2, lower: { value, inclusive } },
        { label: 'dưới', points: 1, upper: { value, inclusive: !inclusive } },
      ] };
      for (const x of [value, value - 0.0001, value + 0.0001]) {
        const f = figuresOfMain(x, { fraction: x });
        expect([value, inclusive, x, sheetResult(rule, f, 2, h)]).toEqual([value, inclusive, x, expected(rule, f, 2, h)]);
      }
    }
  });

  test('the cells read back as the figures the test typed', () => {
    fc.assert(fc.property(ruleAndFigures, max, ([rule, f], m) => {
      const read = ruleInputFromCells(rule, { main: f.main === true || f.main === false ? null : f.main, second: typeof f.second === 'boolean' ? null : f.second }, m);
      if (read === undefined || f.input === undefined) return;
      const again = evaluateRule(rule, read, '9.9', m);
      const direct = evaluateRule(rule, f.input, '9.9', m);
      expect(again.ok && again.points).toEqual(direct.ok && direct.points);
    }), { numRuns: 1000 });
  });

  test('a manual rule, or "nothing happened" around one, has no formula and asks for no input', () => {
    expect(ruleFormula({ kind: 'manual' }, CELLS, 2, 'half-up')).toBeUndefined();
    expect(ruleInputShape({ kind: 'manual' }, 2)).toBeUndefined();
    expect(ruleFormula({ kind: 'when-nothing', label: 'Không phát sinh', points: 1, rule: { kind: 'manual' } }, CELLS, 2, 'half-up')).toBeUndefined();
    expect(Object.keys(RULE_KINDS).sort()).toEqual(['bands', 'count', 'levels', 'manual', 'penalty', 'ratio', 'when-nothing']);
  });

  test('the Cà Mau figures by hand', () => {
    const levels11: Rule = { kind: 'levels', outcomes: [
      { label: 'Ban hành kịp thời', points: 1 }, { label: 'Ban hành không kịp thời', points: 0.5 }, { label: 'Không ban hành', points: 0 }] };
    const f = ruleFormula(levels11, CELLS, 1, 'half-up') ?? '';
    expect(f).toBe('IF(I12="","",IF(I12="Ban hành kịp thời",1,IF(I12="Ban hành không kịp thời",0.5,IF(I12="Không ban hành",0,""))))');
    expect(evaluateFormula(f, { I12: 'Ban hành không kịp thời' })).toBe(0.5);
    expect(evaluateFormula(f, { I12: null })).toBe('');
    const bands114: Rule = { kind: 'bands', outcomes: [
      { label: 'Thực hiện trên 90% kế hoạch', points: 2, lower: { value: 0.9, inclusive: false } },
      { label: 'Thực hiện từ 70% - 90% kế hoạch', points: 1, lower: { value: 0.7, inclusive: true }, upper: { value: 0.9, inclusive: true } },
      { label: 'Dưới 70% kế hoạch', points: 0, upper: { value: 0.7, inclusive: false } }] };
    const g = ruleFormula(bands114, CELLS, 2, 'half-up') ?? '';
    expect(g).toBe('IF(I12="","",IF(I12>0.9,2,IF(AND(I12>=0.7,I12<=0.9),1,IF(I12<0.7,0,""))))');
    expect([0.9, 0.9001, 0.7, 0.6999].map((x) => evaluateFormula(g, { I12: x }))).toEqual([1, 2, 1, 0]);
    const r = ruleFormula({ kind: 'ratio' }, CELLS, 2, 'truncate') ?? '';
    expect(r).toBe('IF(OR(I12="",J12=""),"",IF(J12<=0,"",ROUNDDOWN(2*MIN(1,MAX(0,I12/J12)),2)))');
    expect(evaluateFormula(r, { I12: 18, J12: 42 })).toBe(0.85);
    expect(evaluateFormula(ruleFormula({ kind: 'ratio' }, CELLS, 2, 'half-up') ?? '', { I12: 18, J12: 42 })).toBe(0.86);
  });
});
