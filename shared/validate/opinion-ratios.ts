import { cleanResidue } from '../numbers/clean-residue';
import { findRatios } from '../numbers/find-ratios';
import type { Ratio } from '../numbers/values';

const NONE: readonly Ratio[] = Object.freeze([]);

/**
 * Longer texts are read each time: V8 hashes a string by its length alone past 16 383 characters,
 * and a sheet of long opinions of one length would make the lookups quadratic.
 */
const LONGEST_REMEMBERED = 2000;

/**
 * The ratios of a table's opinions, findRatios(cleanResidue(opinion)), each distinct text read once.
 * Councils repeat their wording down a sheet ("<p>Đồng ý với kết quả tự đánh giá của Đơn vị</p>"
 * from the web system), and cleaning such a text costs more than all the rest of its row.
 */
export class OpinionRatios {
  private readonly known = new Map<string, readonly Ratio[]>();

  of(text: string): readonly Ratio[] {
    if (!mayHoldRatio(text)) return NONE;
    if (text.length > LONGEST_REMEMBERED) return findRatios(cleanResidue(text));
    let ratios = this.known.get(text);
    if (ratios === undefined) {
      ratios = findRatios(cleanResidue(text));
      this.known.set(text, ratios);
    }
    return ratios;
  }
}

/**
 * False when findRatios(cleanResidue(text)) is sure to find nothing, without the cleaning. Every
 * ratio has a slash, and cleaning only brings one in from a slash typed, an entity ("&#47;") or LaTeX
 * ("\frac{a}{b}"): no character's normal form holds a slash (the tests check every code point and
 * the cleaning). Most opinions ("Đồng ý") have none of the three.
 */
export function mayHoldRatio(text: string): boolean {
  // One pass for the three, rather than three searches of a short text.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2f || c === 0x26 || c === 0x5c) return true;
  }
  return false;
}
