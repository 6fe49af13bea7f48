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
