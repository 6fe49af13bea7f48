import fc from 'fast-check';
import { cleanResidue, parseDecimal, readCell, roundTo } from '../../../shared';

const KINDS = ['empty', 'number', 'percent', 'target', 'count', 'per-level', 'ratio', 'text', 'invalid'];

describe('number reader properties', () => {
  test('never throws, always returns a known kind, whatever is in the cell', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.anything(), fc.stringMatching(/^[\d.,%<>=\s\-/*$a-zđôơư]{0,20}$/)), (raw) => {
      const reading = readCell(raw, { decimal: ',' });
      expect(KINDS).toContain(reading.value.kind);
      for (const p of reading.problems) expect(typeof p.code).toBe('string');
    }), { numRuns: 2000 });
  });

  test('a number written the Vietnamese way ("1.234,56") reads back exactly', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 0, max: 99 }), fc.boolean(), (int, cents, negative) => {
      const grouped = String(int).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
      const typed = `${negative ? '-' : ''}${grouped},${String(cents).padStart(2, '0')}`;
      const expected = (negative && (int > 0 || cents > 0) ? -1 : 1) * Number(`${int}.${String(cents).padStart(2, '0')}`);
      expect(parseDecimal(typed, { decimal: ',', context: 'points' })).toEqual({ value: expected });
    }));
  });

  test('a count with thousands dots reads as the whole number in a count context', () => {
    fc.assert(fc.property(fc.integer({ min: 1000, max: 99_999_999 }), (n) => {
      const typed = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
      expect(parseDecimal(typed, { decimal: ',', context: 'count' })).toEqual({ value: n });
    }));
  });

  test('a percentage with two decimals becomes the fraction the spreadsheet would store', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10000 }), (hundredths) => {
      const typed = `${Math.floor(hundredths / 100)},${String(hundredths % 100).padStart(2, '0')}%`;
      const value = readCell(typed, { decimal: ',' }).value;
      expect(value).toEqual({ kind: 'percent', value: Number((hundredths / 10000).toPrecision(15)) });
    }));
  });

  test('cleaning residue is idempotent and keeps every word of plain text', () => {
    fc.assert(fc.property(fc.array(fc.stringMatching(/^[a-zA-ZàáảãạăâđêôơưÀÁĐ]{1,8}$/), { maxLength: 12 }), (words) => {
      const plain = words.join(' ');
      expect(cleanResidue(plain)).toBe(plain);
      const dirty = `<p>${words.map((w) => `**${w}**`).join('\u00a0 ')}</p>`;
      expect(cleanResidue(dirty)).toBe(plain);
      expect(cleanResidue(cleanResidue(dirty))).toBe(cleanResidue(dirty));
    }));
  });

  test('rounding: truncation never exceeds half-up, both stay within a cent', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (x) => {
      const up = roundTo(x, 2, 'half-up');
      const down = roundTo(x, 2, 'truncate');
      expect(down).toBeLessThanOrEqual(up);
      expect(Math.abs(up - x)).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(x - down).toBeLessThan(0.01 + 1e-9);
    }));
  });
});
