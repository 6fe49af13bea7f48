import { readCell, type CellValue } from '../../../shared';
import { seedTable } from '../../helpers/seeds';

const vi = { decimal: ',' } as const;
const pct = (value: number): CellValue => ({ kind: 'percent', value });
const target = (op: 'gt' | 'gte' | 'lt' | 'lte', value: number, unit: 'percent' | 'number' = 'percent'): CellValue =>
  ({ kind: 'target', bound: { op, value }, unit });

describe('readCell: the forms of SPEC §3 and the seeds', () => {
  test.each<[string, CellValue]>([
    ['100%', pct(1)],
    ['92,8%', pct(0.928)],
    ['70,25%', pct(0.7025)],
    ['5,35%', pct(0.0535)],
    ['97,6%', pct(0.976)],
    ['> 80%', target('gt', 0.8)],
    ['>40%', target('gt', 0.4)],
    ['> 95%', target('gt', 0.95)],
    ['Tối thiểu 80', target('gte', 80, 'number')],
    ['tối thiểu 90%', target('gte', 0.9)],
    ['ít nhất 80%', target('gte', 0.8)],
    ['từ 99% trở lên', target('gte', 0.99)],
    ['đạt từ 30% trở lên', target('gte', 0.3)],
    ['trên 90%', target('gt', 0.9)],
    ['dưới 80%', target('lt', 0.8)],
    ['không quá 10%', target('lte', 0.1)],
    ['tối đa 10%', target('lte', 0.1)],
    ['không dưới 85%', target('gte', 0.85)],
    ['≥ 95%', target('gte', 0.95)],
    ['2,00', { kind: 'number', value: 2 }],
    ['0,85', { kind: 'number', value: 0.85 }],
    ['-1,15', { kind: 'number', value: -1.15 }],
    ['23,41', { kind: 'number', value: 23.41 }],
    ['2,3', { kind: 'number', value: 2.3 }],
    ['**70,37%**', pct(0.7037)],
  ])('%s', (typed, expected) => {
    const reading = readCell(typed, vi);
    expect(reading.value).toEqual(expected);
    expect(reading.problems).toEqual([]);
  });

  test('values per level, with a target for one level', () => {
    expect(readCell('Cấp huyện: 54% Cấp xã: 29%', vi).value).toEqual({
      kind: 'per-level',
      entries: [{ level: 'Cấp huyện', value: pct(0.54) }, { level: 'Cấp xã', value: pct(0.29) }],
    });
    expect(readCell('Cấp huyện: 60% Cấp xã: >40%', vi).value).toEqual({
      kind: 'per-level',
      entries: [{ level: 'Cấp huyện', value: pct(0.6) }, { level: 'Cấp xã', value: target('gt', 0.4) }],
    });
  });

  test('ratios written in opinion cells, through LaTeX residue', () => {
    const plain = { kind: 'ratio', ratio: { numerator: 8, denominator: 112, factor: 1, stated: { value: 0.07, percent: false }, text: '(8/112)*1=0,07' } };
    expect(readCell('(8/112)*1=0,07', vi).value).toEqual(plain);
    expect(readCell('$(8/112)*1=0,07$', vi).value).toEqual(plain);
    expect(readCell('325/408=79.66%', vi).value).toEqual({
      kind: 'ratio', ratio: { numerator: 325, denominator: 408, stated: { value: 0.7966, percent: true }, text: '325/408=79.66%' },
    });
    expect(readCell('$325/408=79.66\\%$', vi).value).toMatchObject({ kind: 'ratio', ratio: { numerator: 325, denominator: 408 } });
    const text = readCell('Hoàn thành 4/9 nhiệm vụ', vi).value;
    expect(text).toEqual({ kind: 'text', text: 'Hoàn thành 4/9 nhiệm vụ', ratios: [{ numerator: 4, denominator: 9, item: 'nhiệm vụ', text: '4/9' }] });
  });

  test('count targets', () => {
    expect(readCell('1 sáng kiến (được chọn nhân rộng)', vi).value).toEqual({ kind: 'count', value: 1, item: 'sáng kiến', note: '(được chọn nhân rộng)' });
    expect(readCell('2-3 sáng kiến', vi).value).toEqual({ kind: 'target', bound: { op: 'between', min: 2, max: 3 }, unit: 'number', item: 'sáng kiến' });
    expect(readCell('2-3 sáng kiến (được chọn nhân rộng)', vi).value).toMatchObject({ kind: 'target', bound: { op: 'between', min: 2, max: 3 } });
  });

  test('free text is valid and stays text', () => {
    for (const t of ['Thực hiện theo Kế hoạch số 98/KH-UBND ngày 31/10/2022 của UBND tỉnh', 'Phấn đấu đến năm 2025 tối thiểu 20% ĐVSNCL tự bảo đảm chi thường xuyên.']) {
      const reading = readCell(t, vi);
      expect(reading.value).toEqual({ kind: 'text', text: t, ratios: [] });
      expect(reading.problems).toEqual([]);
    }
  });

  test('thousands separators decided by context', () => {
    expect(readCell('14.678 hồ sơ', vi).value).toEqual({ kind: 'count', value: 14678, item: 'hồ sơ' });
    expect(readCell('14.651', { ...vi, context: 'count' })).toEqual({ value: { kind: 'number', value: 14651 }, problems: [] });
    const unsure = readCell('14.651', vi);
    expect(unsure.value).toEqual({ kind: 'number', value: 14651 });
    expect(unsure.problems).toEqual([expect.objectContaining({ code: 'ambiguous_thousands', params: expect.objectContaining({ asThousands: 14651, asDecimal: 14.651 }) })]);
  });

  test('a dot decimal in a comma workbook is text to the spreadsheet: reported with the conversion', () => {
    const reading = readCell('0.25', { ...vi, context: 'points' });
    expect(reading.value).toEqual({ kind: 'number', value: 0.25 });
    expect(reading.problems).toEqual([expect.objectContaining({ code: 'wrong_decimal_separator', severity: 'error', fix: { value: 0.25 } })]);
    expect(readCell('0,25', { decimal: '.', context: 'points' }).problems[0]?.code).toBe('wrong_decimal_separator');
    expect(readCell('0.25', { decimal: '.', context: 'points' }).problems).toEqual([]);
  });

  test('letters inside numbers', () => {
    expect(readCell('8O%', vi)).toEqual({
      value: { kind: 'invalid', text: '8O%' },
      problems: [expect.objectContaining({ code: 'malformed_number', params: { text: '8O%', suggestion: '80%' }, fix: { value: 0.8 } })],
    });
    expect(readCell('9,5 %%', vi).problems).toEqual([expect.objectContaining({ code: 'malformed_number', fix: { value: 0.095 } })]);
  });

  test('real numbers stay numbers, empty stays empty', () => {
    expect(readCell(0.7037, vi).value).toEqual({ kind: 'number', value: 0.7037 });
    expect(readCell('', vi).value).toEqual({ kind: 'empty' });
    expect(readCell('  \u00a0 ', vi).value).toEqual({ kind: 'empty' });
    expect(readCell(null, vi).value).toEqual({ kind: 'empty' });
  });
});

describe('a percentage with its counts, and counts with their noun', () => {
  test('"100% (12/12)" is 100 %; counts that disagree are a warning beside the percentage', () => {
    expect(readCell('100% (12/12)', vi)).toEqual({ value: pct(1), problems: [] });
    expect(readCell('95% (19/20 hồ sơ)', vi)).toEqual({ value: pct(0.95), problems: [] });
    const off = readCell('90% (12/15)', vi);
    expect(off.value).toEqual(pct(0.9));
    expect(off.problems).toEqual([expect.objectContaining({ code: 'ratio_result_mismatch', severity: 'warning', params: expect.objectContaining({ computed: '80%' }) })]);
  });

  test('"12/15 hồ sơ" is the ratio 12/15 of files', () => {
    expect(readCell('12/15 hồ sơ', vi).value).toEqual({ kind: 'ratio', ratio: { numerator: 12, denominator: 15, item: 'hồ sơ', text: '12/15' } });
    // A document number is still not a ratio.
    expect(readCell('số 46/KH', vi).value.kind).toBe('text');
  });
});

describe('every typed value cell of the seeds reads without a problem', () => {
  const kindsOf = (rows: string[][], columns: number[], assumePercent: (row: string[]) => boolean): Map<string, string> => {
    const out = new Map<string, string>();
    for (const row of rows) {
      for (const c of columns) {
        const typed = row[c] ?? '';
        const reading = readCell(typed, { decimal: ',', context: 'percent', assumePercent: assumePercent(row) });
        expect({ typed, problems: reading.problems }).toEqual({ typed, problems: [] });
        expect(reading.value.kind).not.toBe('invalid');
        out.set(typed, reading.value.kind);
      }
    }
    return out;
  };

  test('seed 000 (NQ 76 targets): percentages, targets, per-level values, counts and free text', () => {
    const rows = seedTable('000', 'STT\tNội dung');
    const kinds = kindsOf(rows.filter((r) => /^\d+$/.test(r[0] ?? '') && r[1] !== '2'), [2, 3, 4, 5], () => false);
    expect(kinds.get('100%')).toBe('percent');
    expect(kinds.get('92,8%')).toBe('percent');
    expect(kinds.get('> 80%')).toBe('target');
    expect(kinds.get('Cấp huyện: 60% Cấp xã: >40%')).toBe('per-level');
    expect(kinds.get('1 sáng kiến (được chọn nhân rộng)')).toBe('count');
    expect(kinds.get('2-3 sáng kiến (được chọn nhân rộng)')).toBe('target');
    expect(kinds.get('5,35%')).toBe('percent');
    expect(kinds.get('Phấn đấu đến năm 2025 tối thiểu 20% ĐVSNCL tự bảo đảm chi thường xuyên.')).toBe('text');
    expect(kinds.get('')).toBe('empty');
  });

  test('seed 001 (NQ 01/02 targets): bare numbers in a "%" row are percentages', () => {
    const rows = [...seedTable('001', 'STT\tChỉ tiêu', 1), ...seedTable('001', 'STT\tChỉ tiêu', 3)];
    const kinds = kindsOf(rows, [3], (row) => row[2] === '%');
    expect(kinds.get('Tối thiểu 80')).toBe('target');
    expect(kinds.get('100')).toBe('percent');
    expect(readCell('Tối thiểu 45', { decimal: ',', assumePercent: true }).value).toEqual(target('gte', 0.45));
    expect(readCell('95', { decimal: ',', assumePercent: true }).value).toEqual(pct(0.95));
  });

  test('seed 003 (score sheet): every point cell is a number; the 0.25 alone is reported', () => {
    const rows = seedTable('003', 'STT\tLĨNH VỰC');
    const flagged: string[] = [];
    for (const row of rows) {
      for (const c of [2, 3, 4, 5]) {
        const reading = readCell(row[c], { decimal: ',', context: 'points' });
        expect(reading.value.kind).toBe('number');
        if (reading.problems.length > 0) flagged.push(`${row[0]}:${row[c]}`);
      }
    }
    expect(flagged).toEqual(['5.1.2:0.25']);
  });

  test('seed 004 (assignments): HTML residue in codes, footnote marks and bold targets read through', () => {
    const pl1 = seedTable('004', '\tNội dung\tSản phẩm', 1, /^## Phụ lục 2/);
    const codes = pl1.map((r) => readCell(r[0], { decimal: ',' }).value);
    expect(codes).toContainEqual({ kind: 'text', text: 'I', ratios: [] });
    expect(codes).toContainEqual({ kind: 'text', text: 'VII', ratios: [] });
    const lead = readCell(pl1[1]?.[4], { decimal: ',' }).value;
    expect(lead).toEqual({ kind: 'text', text: 'Các cơ quan chuyên môn thuộc huyện (3) , UBND các xã', ratios: [] });
    const pl2 = seedTable('004', 'Stt\tNội dung mục tiêu');
    expect(readCell(pl2[0]?.[0], { decimal: ',' }).value).toEqual({ kind: 'text', text: 'I. Cải cách thể chế', ratios: [] });
    // Column 0 holds STT codes such as "2.1", read as codes, not numbers.
    for (const row of [...pl1, ...pl2]) for (const cell of row.slice(1)) expect(readCell(cell, { decimal: ',' }).problems).toEqual([]);
  });
});
