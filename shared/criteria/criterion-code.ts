/**
 * The deepest criterion code the core accepts: area → criterion → sub-criterion is 3 levels in every
 * decision seen; 10 leaves room. Bounding it keeps every walk over a set shallow, so a hostile file
 * nested a thousand levels deep is refused with a problem instead of overflowing the stack.
 */
export const MAX_CODE_LEVELS = 10;

const MAX_DIGITS = 4;

/** "1", "3.12.1": up to MAX_CODE_LEVELS numbers of at most four digits, joined by dots. */
export const CRITERION_CODE = new RegExp(`^\\d{1,${MAX_DIGITS}}(?:\\.\\d{1,${MAX_DIGITS}}){0,${MAX_CODE_LEVELS - 1}}$`);

/**
 * CRITERION_CODE read by hand: validation asks it of every row of a sheet, where one scan of the code
 * costs less than entering the regular expression. The tests hold the two to the same answers.
 */
export function isCriterionCode(text: string): boolean {
  if (text.length > MAX_CODE_LEVELS * (MAX_DIGITS + 1)) return false;
  let digits = 0;
  let levels = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      if (++digits > MAX_DIGITS) return false;
    } else if (c === 0x2e && digits > 0 && levels < MAX_CODE_LEVELS) {
      levels++;
      digits = 0;
    } else {
      return false;
    }
  }
  return digits > 0;
}
