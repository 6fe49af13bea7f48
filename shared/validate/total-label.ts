import { cleanResidue } from '../numbers/clean-residue';
import { foldDiacritics } from '../text/fold-diacritics';

const TOTAL = /^tong(\s|$)/;
const TONG = 'tong';

/**
 * "Tổng cộng", "TỔNG", "<b>Tổng</b> số": a label whose folded form opens with the word "tong". The
 * folding (NFD, a regular expression per step) costs more than the rest of a row, and almost every
 * label opens with ASCII that already settles it ("Tiêu chí", "I", "Xây dựng"), so that is read first.
 */
export function isTotalLabel(text: string): boolean {
  const clean = cleanResidue(text);
  const early = asciiVerdict(clean);
  return early ?? TOTAL.test(foldDiacritics(clean));
}

/**
 * The answer when the cleaned text's opening ASCII settles it, else undefined. Exact because folding
 * leaves an ASCII character as it is (lower-cased) and the cleaned text has no leading whitespace;
 * only a character from U+0080 on can fold into a letter, vanish (a combining mark) or be whitespace.
 */
function asciiVerdict(clean: string): boolean | undefined {
  for (let i = 0; i < TONG.length; i++) {
    if (i === clean.length) return false;
    const c = clean.charCodeAt(i);
    if (c >= 0x80) return undefined;
    // `| 0x20` lower-cases a letter; no other ASCII character lands on t, o, n or g that way.
    if ((c | 0x20) !== TONG.charCodeAt(i)) return false;
  }
  if (clean.length === TONG.length) return true;
  const next = clean.charCodeAt(TONG.length);
  if (next >= 0x80) return undefined;
  // ASCII whitespace as "\s" has it: tab, line feed, vertical tab, form feed, carriage return, space.
  return next === 0x20 || (next >= 0x09 && next <= 0x0d);
}
