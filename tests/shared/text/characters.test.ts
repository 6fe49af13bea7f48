import { isLetter, isSpace } from '../../../shared/text/characters';

/** The character classes stand for "\s" and "\p{L}": checked over every code point, not a sample. */
describe('character classes', () => {
  test('isSpace is "\\s" for every UTF-16 unit', () => {
    const differing: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/u.test(String.fromCharCode(c))) differing.push(c.toString(16));
    expect(differing).toEqual([]);
  });

  test('isLetter is "\\p{L}" for every code point', () => {
    const differing: string[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (isLetter(c) !== /^\p{L}$/u.test(String.fromCodePoint(c))) differing.push(c.toString(16));
    }
    expect(differing).toEqual([]);
  });
});
