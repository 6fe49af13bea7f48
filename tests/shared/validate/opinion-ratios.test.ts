import fc from 'fast-check';
import { cleanResidue } from '../../../shared/numbers/clean-residue';
import { findRatios } from '../../../shared/numbers/find-ratios';
import { OpinionRatios, mayHoldRatio } from '../../../shared/validate/opinion-ratios';

describe('the ratios of a table\'s opinions', () => {
  test('are findRatios of the cleaned text, whether read before, long or short', () => {
    const text = fc.oneof(
      fc.constantFrom('Đồng ý', '<p>Đồng ý với kết quả tự đánh giá của Đơn vị</p>', '$325/408=79.66\\%$', 'Hoàn thành 4/9 nhiệm vụ', '(8/112)*1=0,07', 'số 46/KH', 'đạt 3&#47;4=75%', ''),
      fc.tuple(fc.constantFrom('Hoàn thành 4/9 nhiệm vụ ', '3/4=75% '), fc.integer({ min: 1990, max: 2010 })).map(([t, n]) => t.repeat(Math.ceil(n / t.length)).slice(0, n)),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(fc.property(fc.array(text, { maxLength: 30 }), (texts) => {
      const opinions = new OpinionRatios();
      for (const t of texts) expect(opinions.of(t)).toEqual(findRatios(cleanResidue(t)));
    }), { numRuns: 300 });
  });
});

describe('an opinion that cannot hold a ratio', () => {
  test('no character\'s normal form holds a slash', () => {
    const withSlash: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp === 0x2f || (cp >= 0xd800 && cp <= 0xdfff)) continue;
      const c = String.fromCodePoint(cp);
      if (c.normalize('NFC').includes('/') || c.normalize('NFD').includes('/')) withSlash.push(cp);
    }
    expect(withSlash).toEqual([]);
  });

  test('cleaning brings no slash into a text without a slash, an ampersand or a backslash', () => {
    const piece = fc.oneof(
      fc.constantFrom('<p>', '</p>', '<br>', '<sup>', '</sup>', '<li>', '$', '**', '__', '\u00a0', '\u200b', '&', '&#47;', '&#x2F;', '\\frac{3}{4}', '\\%',
        '1', '12', ' ', '=', '%', '(', ')', 'Hoàn thành', 'đạt', '\u0338', '\u2044', '\u2215', '／'),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), (text) => {
      const clean = cleanResidue(text);
      if (!mayHoldRatio(text)) {
        expect(clean.includes('/')).toBe(false);
        expect(findRatios(clean)).toEqual([]);
      }
    }), { numRuns: 5000 });
    expect(findRatios(cleanResidue('đạt 3&#47;4=75%')).length).toBe(1);
    expect(mayHoldRatio('đạt 3&#47;4=75%')).toBe(true);
  });
});
