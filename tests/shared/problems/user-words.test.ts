import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_CRITERIA_SET, MESSAGES, TEMPLATES, findTable, formatProblem, parseSetJson, problem, readSetSheet,
  validateCriteriaSet, validateTable, type Problem, type ProblemCode, type UnitLevel,
} from '../../../shared';
import { STRINGS } from '../../../ui/strings';
import { goldenCases } from '../../golden/golden-cases';
import { seedTable } from '../../helpers/seeds';

/** Words that mean a developer's or a library's text reached the officer. */
const FORBIDDEN = [
  /\bseed\b/i, /\bexpected\b/i, /\breceived\b/i, /\bposition\b/i, /\bundefined\b/, /\bNaN\b/, /\[object /,
  /mong đợi/i, /nhận được (string|number|object|undefined|null|số|chữ)/i, /\(ROUND(DOWN)?\)/, /trang đang mở/i, /JSON không hợp lệ:/,
];
const offending = (texts: readonly string[]): string[] => texts.filter((t) => FORBIDDEN.some((re) => re.test(t)));

const PARAMS = {
  text: '0.25', suggestion: '0,25', asThousands: 1250, asDecimal: 1.25, stated: 2, expected: 2.25, value: 0.5, field: 'self-assessed',
  fieldVi: 'điểm tự đánh giá', points: 1, max: 1, numerator: 3, denominator: 2, computed: 0.86, first: 'a', second: 'b', code: '1.1',
  needs: 'a ratio', needsVi: 'tỷ lệ', outcome: 'Có', known: 'Có, Không', part: 'x', hint: 'h', hintVi: 'h', typed: 0.85, difference: -0.01,
  explanation: '', explanationVi: '', child: '2.1', parent: '1', parentMax: 3, children: '1.1, 1.2', sum: 2.5, label: 'Tổng cộng',
  labelVi: 'dòng "Tổng cộng"', labelEn: 'the "Tổng cộng" row', column: 'appraised', columnVi: 'điểm thẩm định', suffix: '',
};

function sourceStrings(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceStrings(path));
    else if (/\.ts$/.test(name)) {
      // String literals only: comments may name the seeds the code was drawn from.
      const code = readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      for (const m of code.matchAll(/'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`|"((?:[^"\\\n]|\\.)*)"/g)) {
        // A template literal's ${…} parts are code, not words.
        out.push((m[1] ?? m[2] ?? m[3] ?? '').replace(/\$\{[^}]*\}/g, ''));
      }
    }
  }
  return out;
}

describe('what an officer reads carries no developer or library words', () => {
  test('every message of the catalogue, in both languages', () => {
    const texts = (Object.keys(MESSAGES) as ProblemCode[]).flatMap((code) => (['vi', 'en'] as const)
      .map((lang) => formatProblem(problem(code, 'error', PARAMS, { cell: 'D5' }), lang)));
    expect(offending(texts)).toEqual([]);
  });

  test('the panel\'s labels', () => {
    expect(offending(Object.values(STRINGS).flatMap((s) => [s.vi, s.en]))).toEqual([]);
  });

  test('the command line\'s texts', () => {
    expect(offending(sourceStrings(join(__dirname, '../../../cli')))).toEqual([]);
  });

  test('every template\'s texts, for every level and for the years around the 2025 reform', () => {
    const texts: string[] = [];
    for (const entry of TEMPLATES) {
      texts.push(entry.title.vi, entry.title.en);
      for (const level of ['tinh', 'so', 'huyen', 'xa'] as UnitLevel[]) {
        for (const year of [2024, 2026]) {
          const spec = entry.build({ year, level, unit: 'xã Triệu Sơn', province: 'Quảng Trị', set: DEFAULT_CRITERIA_SET });
          for (const row of spec.rows) for (const cell of row.cells) if (typeof cell?.value === 'string') texts.push(cell.value);
        }
      }
    }
    expect(offending(texts)).toEqual([]);
  });

  test('the built-in criteria set\'s name, source and notes', () => {
    const notes: string[] = [DEFAULT_CRITERIA_SET.name, DEFAULT_CRITERIA_SET.source ?? ''];
    const walk = (nodes: typeof DEFAULT_CRITERIA_SET.areas): void => nodes.forEach((n) => { notes.push(n.name, n.note ?? '', n.ruleText ?? ''); walk(n.children ?? []); });
    walk(DEFAULT_CRITERIA_SET.areas);
    expect(offending(notes)).toEqual([]);
  });
});

describe('every problem names its cell or its criterion', () => {
  const named = (p: Problem): boolean => {
    const vi = formatProblem(p, 'vi');
    return /^Ô [A-Z]+\d+/.test(vi) || /^Tiêu chí (con thứ \d+ của (tiêu chí|lĩnh vực) )?\d/.test(vi) || /^(Bộ chỉ số|Trang Bộ chỉ số|Lĩnh vực thứ \d+|Lĩnh vực \d)/.test(vi);
  };
  const unnamed = (problems: readonly Problem[]): string[] => problems.filter((p) => !named(p)).map((p) => formatProblem(p, 'vi'));

  test('problems of the seeds\' tables and of hand-laid sheets', () => {
    const problems: Problem[] = [];
    for (const c of goldenCases('validate')) problems.push(...validateTable(c.block, c.layout));
    const hand = [
      ['STT', 'Tiêu chí', 'Điểm chuẩn', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Điểm bị trừ', 'Ý kiến'],
      ['1', 'Công tác chỉ đạo', '3', '4', '2', '-1', ''],
      ['1.1', 'Kế hoạch', '2', '2,5', '', '', 'Hoàn thành 18/12 nhiệm vụ'],
      ['1.2', 'Báo cáo', '1', '', '1.5', '-0.25', 'đạt 50% (4/9)'],
      ['', 'Tổng cộng', '3', 'abc', '2', '-1', ''],
    ];
    const found = findTable(hand);
    if (!found) throw new Error('no table');
    const own = validateTable(found.block, found.layout);
    expect(own.length).toBeGreaterThan(4);
    problems.push(...own);
    problems.push(...validateTable(seedTable('003', 'STT\t'), goldenCases('validate')[0]!.layout));
    expect(unnamed(problems)).toEqual([]);
  });

  test('problems of broken criteria sets, pasted JSON and set sheets', () => {
    const broken = JSON.parse(JSON.stringify(DEFAULT_CRITERIA_SET)) as { year: unknown; areas: { max: unknown; children?: { code: unknown; max: unknown; rule?: unknown }[] }[] };
    broken.year = 'năm 2026';
    broken.areas[0]!.children![0]!.max = '2';
    broken.areas[0]!.children![1]!.code = 'a';
    broken.areas[0]!.children![2]!.rule = { kind: 'ti-le' };
    const problems: Problem[] = [...validateCriteriaSet(broken).problems, ...validateCriteriaSet(null).problems];
    const sum = JSON.parse(JSON.stringify(DEFAULT_CRITERIA_SET)) as { areas: { max: number }[] };
    sum.areas[0]!.max = 99;
    problems.push(...validateCriteriaSet(sum).problems);
    for (const text of ['', '{ "id": ', '{\n  id: 1 }', '[1, 2,]']) {
      const parsed = parseSetJson(text);
      if (!parsed.ok) problems.push(...parsed.result.problems);
    }
    problems.push(...readSetSheet([['x']]).problems);
    problems.push(...readSetSheet([['Mã', 'Tên tiêu chí', 'Điểm tối đa', 'Cách tính'], ['1', 'A', 'hai', ''], ['1.1', 'B', '1', 'Trên 90%: 5']]).problems);
    expect(problems.length).toBeGreaterThan(8);
    expect(unnamed(problems)).toEqual([]);
    expect(offending(problems.flatMap((p) => [formatProblem(p, 'vi'), formatProblem(p, 'en')]))).toEqual([]);
  });
});
