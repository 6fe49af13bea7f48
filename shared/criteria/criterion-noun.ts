import type { Language } from '../problems/format-number';

/**
 * How a message names a code: a top-level code ("5") is an area, "lĩnh vực 5" / "area 5", as the
 * decisions and the score sheets call it; "5.1" and below are criteria. Lower case, for the middle of
 * a sentence; `capital` for its start.
 */
export function criterionNoun(code: string, language: Language, capital = false): string {
  const area = code !== '' && !code.includes('.');
  const noun = language === 'vi' ? (area ? 'lĩnh vực' : 'tiêu chí') : area ? 'area' : 'criterion';
  return `${capital ? noun.charAt(0).toUpperCase() + noun.slice(1) : noun} ${code}`;
}
