/**
 * Character classes and skips for the hand-written scanners that replace regular expressions on the
 * reader's hot paths: each says which pattern piece it stands for, and gives exactly its answer.
 */

/** What "\s" matches (ECMAScript's WhiteSpace and LineTerminator), for scanners that replace a regular expression. */
export function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x80 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

const LETTER = /^\p{L}$/u;

/**
 * What "\p{L}" matches, for scanners that replace a regular expression: the letters of Vietnamese
 * (ASCII, Latin-1, Latin Extended-A/B, IPA and Latin Extended Additional, checked against the
 * pattern over every character there) without running one; any other code point asks the pattern.
 */
export function isLetter(codePoint: number): boolean {
  if (codePoint < 0x80) return (codePoint >= 0x41 && codePoint <= 0x5a) || (codePoint >= 0x61 && codePoint <= 0x7a);
  if (codePoint >= 0xc0 && codePoint <= 0x2af) return codePoint !== 0xd7 && codePoint !== 0xf7;
  if (codePoint >= 0x1e00 && codePoint <= 0x1eff) return true;
  return LETTER.test(String.fromCodePoint(codePoint));
}

/** How many UTF-16 units the letter at `at` takes (2 for a letter beyond the BMP), or 0 when no letter stands there. */
export function letterLengthAt(text: string, at: number): number {
  if (at >= text.length) return 0;
  const cp = text.codePointAt(at) ?? 0;
  return isLetter(cp) ? (cp > 0xffff ? 2 : 1) : 0;
}

/** "\d": an ASCII digit. */
export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** "[\d.,]": a digit or either separator. */
export function isNumeralChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2c || c === 0x2e;
}

/** Past a run of "\s" starting at `from`. */
export function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Past a run of "\p{L}" starting at `from`. */
export function skipLetters(text: string, from: number): number {
  let i = from;
  for (let step = letterLengthAt(text, i); step > 0; step = letterLengthAt(text, i)) i += step;
  return i;
}
