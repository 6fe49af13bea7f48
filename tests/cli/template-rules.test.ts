import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkGrid, evaluateRule, findCriterion, roundPoints, scoreGrid, validateCriteriaSet, type CriteriaSet, type RoundingHabit, type RuleInput } from '../../shared';
import { readGrid } from '../helpers/exceljs-grid';
import { cellValues, recalculate } from '../helpers/libreoffice';
import { cchc } from '../helpers/run-cli';

jest.setTimeout(180_000);

const FIXTURE = join(__dirname, '..', 'fixtures', 'ca-mau-1880-rules.json');
const dir = mkdtempSync(join(tmpdir(), 'cchc-template-rules-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function setWith(rounding: RoundingHabit): CriteriaSet {
  const read = validateCriteriaSet(JSON.parse(readFileSync(FIXTURE, 'utf8')));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return { ...read.set, rounding };
}

/** What the unit types into "Kết quả thực hiện" (two cells) for some leaves, and the same figures as the core reads them. */
type Entry = { readonly main?: string | number; readonly second?: string | number; readonly input: RuleInput };
interface Case { readonly name: string; readonly rounding: RoundingHabit; readonly entries: Readonly<Record<string, Entry>>; readonly appraised?: Readonly<Record<string, number>> }

const CASES: readonly Case[] = [
  { name: 'w1', rounding: 'truncate', entries: {
    '1.1.1': { main: 'Ban hành không kịp thời', input: { outcome: 'Ban hành không kịp thời' } },
    '1.1.2': { main: 18, second: 42, input: { numerator: 18, denominator: 42 } },
    '1.1.4': { main: 0.9, input: { fraction: 0.9 } },
    '1.2.1': { main: 3, input: { count: 3 } },
    '1.2.2': { second: 0, input: { denominator: 0 } },
    '1.2.3': { main: 3, input: { count: 3 } },
    '1.2.5': { second: 'x', input: { nothingHappened: true } },
  }, appraised: { '1.1.1': 0.5, '1.1.2': 1 } },
  { name: 'w2', rounding: 'half-up', entries: {
    '1.1.2': { main: 18, second: 42, input: { numerator: 18, denominator: 42 } },
    '1.1.4': { main: 0.9001, input: { fraction: 0.9001 } },
    '1.2.1': { main: 1, input: { count: 1 } },
    '1.2.2': { main: 7, second: 9, input: { numerator: 7, denominator: 9 } },
    '1.2.3': { main: 1, input: { count: 1 } },
    '1.2.5': { main: 'Có phản ánh giải quyết trễ hạn', input: { outcome: 'Có phản ánh giải quyết trễ hạn' } },
  } },
  { name: 'w3', rounding: 'truncate', entries: {
    '1.1.4': { main: 0.7, input: { fraction: 0.7 } },
    '1.2.2': { main: 7, second: 9, input: { numerator: 7, denominator: 9 } },
  } },
  { name: 'w4', rounding: 'truncate', entries: { '1.1.4': { main: 0.6999, input: { fraction: 0.6999 } } } },
];

const LEAVES = ['1.1.1', '1.1.2', '1.1.4', '1.2.1', '1.2.2', '1.2.3', '1.2.4', '1.2.5'];

describe('cchc template cham-diem --set: the unit enters its figures, LibreOffice gives the points by the decision\'s rules', () => {
  const shown = new Map<string, (code: string) => unknown>();
  const grids = new Map<string, ReturnType<typeof readGrid>>();
  let columns: Record<string, number> = {};

  beforeAll(async () => {
    const files: string[] = [];
    for (const c of CASES) {
      const setFile = join(dir, `${c.name}-set.json`);
      writeFileSync(setFile, JSON.stringify(setWith(c.rounding)));
      const out = join(dir, `${c.name}.xlsx`);
      const run = await cchc('template', 'cham-diem', '--set', setFile, '--year', '2026', '--unit', 'huyện Thới Bình', '-o', out);
      // The 2013 set used for 2026 is said, once, and the sheet is still written.
      expect([run.code, run.err]).toEqual([0, expect.stringMatching(/^Bộ chỉ số "[^"]+" ban hành cho năm 2013, không phải năm 2026: hãy nạp Bộ chỉ số áp dụng cho năm 2026\.$/)]);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const ws = wb.worksheets[0];
      if (!ws) throw new Error('no sheet');
      const values = readGrid(ws).values;
      const header = values.findIndex((r) => r[0] === 'STT');
      columns = Object.fromEntries((values[header] ?? []).map((h, i) => [String(h), i + 1]));
      const rowOf = (code: string): number => values.findIndex((r) => r[0] === code) + 1;
      for (const [code, e] of Object.entries(c.entries)) {
        if (e.main !== undefined) ws.getCell(rowOf(code), columns['Kết quả thực hiện'] ?? 0).value = e.main;
        if (e.second !== undefined) ws.getCell(rowOf(code), columns['Tổng số / không phát sinh'] ?? 0).value = e.second;
      }
      for (const [code, points] of Object.entries(c.appraised ?? {})) ws.getCell(rowOf(code), columns['Điểm thẩm định'] ?? 0).value = points;
      await wb.xlsx.writeFile(out);
      files.push(out);
    }
    const recalculated = recalculate(files);
    for (const [i, c] of CASES.entries()) {
      const path = recalculated[i] ?? '';
      const show = await cellValues(path);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path);
      const ws = wb.worksheets[0];
      if (!ws) throw new Error('no sheet');
      const grid = readGrid(ws);
      grids.set(c.name, grid);
      const rowOf = (code: string): number => grid.values.findIndex((r) => r[0] === code) + 1;
      shown.set(c.name, (code) => show(`${String.fromCharCode(64 + (columns['Điểm tự đánh giá'] ?? 0))}${rowOf(code)}`));
    }
    rmSync(join(recalculated[0] ?? '', '..'), { recursive: true, force: true });
  });

  const self = (c: string, code: string): unknown => shown.get(c)?.(code);

  test('choosing "Ban hành không kịp thời" for 1.1.1 gives 0,5', () => {
    expect(self('w1', '1.1.1')).toBe(0.5);
  });

  test('1.1.4 gives 1 at 90 %, 2 at 90,01 %, 1 at 70 % and 0 at 69,99 %', () => {
    expect([self('w1', '1.1.4'), self('w2', '1.1.4'), self('w3', '1.1.4'), self('w4', '1.1.4')]).toEqual([1, 2, 1, 0]);
  });

  test('18 of 42 with a maximum of 2 gives 0,85 truncated and 0,86 half up', () => {
    expect([self('w1', '1.1.2'), self('w2', '1.1.2')]).toEqual([0.85, 0.86]);
  });

  test('count, nothing happened, penalty and the wording of "nothing" by hand', () => {
    expect(['1.2.1', '1.2.2', '1.2.3', '1.2.5'].map((code) => self('w1', code))).toEqual([1, 1, -1, 1]);
    expect(['1.2.1', '1.2.2', '1.2.3', '1.2.5'].map((code) => self('w2', code))).toEqual([0.5, 0.78, -0.5, 0]);
    expect(self('w3', '1.2.2')).toBe(0.77);
  });

  test('an empty input shows nothing, and a manual criterion stays for the unit to type', () => {
    const ruled = LEAVES.filter((code) => code !== '1.1.4' && code !== '1.2.4');
    expect(ruled.map((code) => self('w4', code))).toEqual(ruled.map(() => ''));
    expect(self('w1', '1.2.4')).toBeNull();
  });

  test('every figure the sheet shows equals the core\'s evaluateRule, rounded by the set\'s habit', () => {
    for (const c of CASES) {
      const set = setWith(c.rounding);
      for (const [code, e] of Object.entries(c.entries)) {
        const leaf = findCriterion(set, code);
        if (!leaf?.rule) throw new Error(code);
        const core = evaluateRule(leaf.rule, e.input, code, leaf.max);
        expect([c.name, code, self(c.name, code)]).toEqual([c.name, code, core.ok ? roundPoints(core.points, c.rounding) : '']);
      }
    }
  });

  test('a penalty lowers its area, never below zero; the area shows what the core totals', () => {
    const grid = grids.get('w1');
    if (!grid) throw new Error('no grid');
    const outcome = scoreGrid(grid, setWith('truncate'));
    if (!outcome.ok) throw new Error(outcome.reason);
    const area = outcome.value.areas.find((a) => a.area === '1');
    // 0,5 + 0,85 + 1 + 1 + 1 − 1 + 1 (1.2.4 untyped)
    expect(area?.self).toBe(4.35);
    expect(shown.get('w1')?.('1')).toBe(4.35);
  });

  test('the .xlsx holds the dropdown of the decision\'s wordings and, on each count, the decision\'s wording as help', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'w4.xlsx'));
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    const row = readGrid(ws).values.findIndex((r) => r[0] === '1.1.1') + 1;
    const model = (ws as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[]; prompt: string }> } }).dataValidations.model;
    expect(model[`I${row}`]).toMatchObject({ type: 'list', formulae: ['"Ban hành kịp thời,Ban hành không kịp thời,Không ban hành"'] });
    const r112 = readGrid(ws).values.findIndex((r) => r[0] === '1.1.2') + 1;
    expect([model[`I${r112}`]?.prompt, model[`J${r112}`]?.prompt]).toEqual(['Tử số: Số lượng công việc hoàn thành.', 'Mẫu số: Số lượng công việc được giao.']);
  });

  test('a penalty row\'s negative self score is what the rule gives, not a problem of the sheet', () => {
    const grid = grids.get('w1');
    if (!grid) throw new Error('no grid');
    const checked = checkGrid(grid);
    if (!checked.ok) throw new Error(checked.reason);
    expect(checked.value.filter((p) => p.code === 'points_below_zero')).toEqual([]);
  });

  test('where the council\'s points differ from what the rule gives for the unit\'s figures, the check says so', () => {
    const grid = grids.get('w1');
    if (!grid) throw new Error('no grid');
    const outcome = scoreGrid(grid, setWith('truncate'));
    if (!outcome.ok) throw new Error(outcome.reason);
    const gaps = outcome.value.ruleGaps.map((p) => [p.code, p.criterion, p.params['typed'], p.params['computed']]);
    expect(gaps).toEqual([['score_differs_from_rule', '1.1.2', 1, 0.85]]);
  });
});
