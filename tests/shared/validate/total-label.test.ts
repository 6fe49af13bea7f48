import fc from 'fast-check';
import { cleanResidue } from '../../../shared/numbers/clean-residue';
import { foldDiacritics } from '../../../shared/text/fold-diacritics';
import { isTotalLabel } from '../../../shared/validate/total-label';

/** What the early answer must agree with: the whole label folded. */
const folded = (text: string): boolean => /^tong(\s|$)/.test(foldDiacritics(cleanResidue(text)));

describe('a total row\'s label', () => {
  test('"Tổng cộng" however typed, and nothing that only looks like it', () => {
    const yes = ['Tổng cộng', 'TỔNG CỘNG', 'Tổng', 'tong', 'Tong cong', '<b>Tổng</b> cộng', '  Tổng cộng  ', 'Tổng\tcộng', 'Tổng'.normalize('NFD'), 'Tong\u0300 x'];
    const no = ['Tổng:', 'Tổ chức', 'Tonga', 'Tiêu chí', 'I', '', 'To', 'Tổng-1', '1.1'];
    expect(yes.map(isTotalLabel)).toEqual(yes.map(() => true));
    expect(no.map(isTotalLabel)).toEqual(no.map(() => false));
  });

  test('the early answer on ASCII always agrees with folding the whole label', () => {
    const piece = fc.oneof(
      fc.constantFrom('t', 'T', 'o', 'O', 'n', 'N', 'g', 'G', 'ô', 'ổ', 'Ổ', 'ǵ', 'đ', 'Tong', 'tổng', 'TONG', ' ', '\t', '\n', '\u00a0', '\u2003', '\u200b',
        '\u0300', '\u0301', '\u0327', '<b>', '</b>', '&nbsp;', '&#84;', '&#244;', '**', '$', 'x', ':', '-', 'K', 'ı', 'İ', 'ﬀ', 'cộng'),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }).map((p) => p.join('')), (text) => {
      expect(isTotalLabel(text)).toBe(folded(text));
    }), { numRuns: 20_000 });
  });
});
