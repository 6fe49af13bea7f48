import fc from 'fast-check';
import { cleanResidue, findRatios, parseTarget, readCell, type ReadOptions } from '../../../shared';
import { cleanResidueByPatterns, findRatiosByPatterns, parseTargetByPatterns, readCellByPatterns } from '../../helpers/regex-oracles';

/**
 * The scanners that replaced the clean-up's, the target reader's and the ratio finder's regular
 * expressions (issue 14) give what the expressions gave, on text built from the pieces those
 * expressions look for: every opening word of a target in three cases, separators, tags, entities,
 * LaTeX, Markdown, odd spaces, ratios with and without their cues.
 */
const PIECES = [
  '0', '1', '2', '9', '12', '80', '99,5', '1.234', '1.234,5', '12,', '80.', '.', ',', '%', ' ', '  ', '\t', '\n', '\u00a0', '\u2007', '\u200b', '\ufeff',
  '-', '–', '+', '\u2212', '/', ' / ', '(', ')', '*', '**', '__', '=', 'x', '×', '$', '\\frac{1}{2}', '\\%', '\\times', '\\',
  'tối thiểu', 'Tối thiểu', 'TỐI THIỂU', 'ít nhất', 'không dưới', 'Không quá', 'không vượt quá', 'tối đa', 'không thấp hơn', 'lớn hơn', 'cao hơn',
  'trên', 'Trên', 'hơn', 'dưới', 'thấp hơn', 'nhỏ hơn', '>', '<', '>=', '≥', '≤', '=<', '=>', '\u212Ahông quá',
  'từ', 'Từ', 'TỪ', 'trở lên', 'TRỞ LÊN', 'đến', 'Đến', 'đạt', 'Đạt', 'phấn đấu', 'Phấn Đấu',
  'sáng kiến', 'hồ sơ', 'nhiệm vụ', 'Hoàn thành', 'tỷ lệ:', 'số', 'SỐ', 'Số:', 'ngày', 'năm', 'Quý', 'ſố', 'Đồng ý', '𝐀b',
  '<p>', '</p>', '<b>', '</B>', '<br/>', '< br >', '<sup>', '</sup>', '<SUP>', '<li>', '<LI>', '<link>', '</li>', '<h1>', '<div class="x">', '<1>', '<a/>',
  '&amp;', '&nbsp;', '&#65;', '&#x2F;', '&#99999999;', '&bogus;', 'e\u0301', 'Σ', 'ς', 'İ', 'ẞ', 'ǅ', '\u0345',
];

/** Targets as plans word them, each part optional: an opening, a number, a range or "trở lên", an item. */
const SPACES = fc.constantFrom('', ' ', '  ', '\t', '\u00a0');
const NUMBER = fc.constantFrom('80', '8', '0', '99,5', '1.234', '1.234,5', '12,', '80.', '3,5,7', '100000000000000000');
const target = fc.tuple(
  fc.constantFrom('', 'đạt ', 'Đạt ', 'phấn đấu ', 'ĐẠT PHẤN ĐẤU ', 'từ', 'Từ ', 'TỪ', 'tối thiểu', 'Tối thiểu ', 'không vượt quá', 'KHÔNG QUÁ', '>', '≥ ', '=', 'Thực hiện '),
  SPACES, NUMBER, SPACES, fc.constantFrom('', '%'), SPACES,
  fc.constantFrom('', '-', '–', 'đến', 'Đến', 'ĐẾN', 'trở lên', 'Trở  lên', 'TRỞ LÊN', 'tro len'), SPACES,
  fc.constantFrom('', '90', '95%', '70,5', 'x'), fc.constantFrom('', '%', ' %'),
  fc.constantFrom('', ' sáng kiến', ' Hồ Sơ (ghi chú)', '.', ';', ' một hai ba bốn năm', ' 5 việc'),
).map((parts) => parts.join(''));

/** Ratios as opinions state them, with or without the brackets, factor, result, item or words that cue or rule them out. */
const ratio = fc.array(fc.tuple(
  fc.constantFrom('', 'Hoàn thành ', 'SỐ ', 'Số: ', 'ngày ', 'Quý ', 'ſố ', 'tỷ lệ: ', 'đạt ', '(', ' ( ', 'abc ', 'x', '1/'),
  NUMBER, fc.constantFrom('/', ' / ', '/ ', '//'), NUMBER, fc.constantFrom('', ')', ' )', '/2022'),
  fc.constantFrom('', '*1', ' x 2', '×0,5'), fc.constantFrom('', '=0,07', ' = 79.66%', '=5'),
  fc.constantFrom('', ' nhiệm vụ', ' hồ sơ đạt', ', ', '; ', ' 𝐀b', '  '),
).map((parts) => parts.join('')), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(''));

/** Cells the reader's own scanners take: numerals, percentages, counts, per-level values, look-alike letters. */
const cell = fc.tuple(
  fc.constantFrom('', '-', '+', '\u2212', 'Cấp huyện: ', 'cấp xã:', 'CẤP TỈNH Quảng Trị: ', 'Cấp  𝐀b : '),
  NUMBER, fc.constantFrom('', 'O', 'l', 'I,5'), fc.constantFrom('', ' ', '  '), fc.constantFrom('', '%', '%%', ' %%'),
  fc.constantFrom('', ' hồ sơ', ' sáng kiến (được chọn)', ' a b c d e', ' Đơn vị ()', ' x (a\nb)', '; Cấp xã: >40%', ', cấp huyện: Tối thiểu 80.', ' (12/12)', ' (5/8 hồ sơ)'),
).map((parts) => parts.join(''));

const text = fc.oneof(
  { weight: 3, arbitrary: cell },
  { weight: 3, arbitrary: ratio },
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((parts) => parts.join('')) },
  { weight: 3, arbitrary: target },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);

describe('scanners read as the patterns they replaced', () => {
  test('cleanResidue, folded and keeping line breaks', () => {
    fc.assert(fc.property(text, fc.boolean(), (t, keepLineBreaks) => {
      expect(cleanResidue(t, { keepLineBreaks })).toBe(cleanResidueByPatterns(t, { keepLineBreaks }));
    }), { numRuns: 4000 });
  });

  test('parseTarget, either decimal separator, with and without a percent unit', () => {
    fc.assert(fc.property(text, fc.constantFrom(',' as const, '.' as const), fc.boolean(), (t, decimal, assumePercent) => {
      expect(parseTarget(t, { decimal, assumePercent })).toEqual(parseTargetByPatterns(t, { decimal, assumePercent }));
    }), { numRuns: 4000 });
  });

  test('readCell, every option the readers use', () => {
    const options = fc.record({
      decimal: fc.constantFrom(',' as const, '.' as const),
      context: fc.constantFrom('any' as const, 'points' as const, 'percent' as const, 'count' as const),
      assumePercent: fc.boolean(),
    }, { requiredKeys: ['decimal'] });
    fc.assert(fc.property(text, options, (t, o: ReadOptions) => {
      expect(JSON.stringify(readCell(t, o))).toBe(JSON.stringify(readCellByPatterns(t, o)));
    }), {
      numRuns: 6000,
      // A capital sigma ending a word lowers to "ς" after a letter, here one before the target's item.
      examples: [['0TRỞ LÊNΣ', { decimal: ',' }], ['Từ 5 trở lên ΑΣ', { decimal: ',' }]],
    });
  });

  test('findRatios', () => {
    fc.assert(fc.property(text, (t) => {
      expect(JSON.stringify(findRatios(t))).toBe(JSON.stringify(findRatiosByPatterns(t)));
    }), { numRuns: 4000 });
  });
});
