/**
 * The deepest criterion code the core accepts: area → criterion → sub-criterion is 3 levels in every
 * decision seen; 10 leaves room. Bounding it keeps every walk over a set shallow, so a hostile file
 * nested a thousand levels deep is refused with a problem instead of overflowing the stack.
 */
export const MAX_CODE_LEVELS = 10;

/** "1", "3.12.1": up to MAX_CODE_LEVELS numbers of at most four digits, joined by dots. */
export const CRITERION_CODE = new RegExp(`^\\d{1,4}(?:\\.\\d{1,4}){0,${MAX_CODE_LEVELS - 1}}$`);

export function isCriterionCode(text: string): boolean {
  return text.length <= MAX_CODE_LEVELS * 5 && CRITERION_CODE.test(text);
}
