const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—',
};

export interface CleanOptions {
  /** Keep paragraph and list breaks as new lines (for the clean-up command); otherwise fold to one line. */
  readonly keepLineBreaks?: boolean;
}

/**
 * Strips what Word, PDFs and web systems leave in pasted cells: HTML tags, LaTeX markers,
 * Markdown bold, entities, non-breaking and zero-width spaces. Words are never dropped:
 * footnote marks such as <sup>(3)</sup> become "(3)".
 */
export function cleanResidue(input: string, options: CleanOptions = {}): string {
  // Most cells ("2,00", "Đồng ý") hold no residue: one scan instead of a dozen regular expressions.
  let text = isComposedLatin(input) ? input : input.normalize('NFC');
  if (isAlreadyClean(text)) return text;
  text = text.replace(/<sup>([^<]*)<\/sup>/gi, (whole, inner: string) => footnote(inner) ?? whole);
  text = text.replace(/<\s*br\s*\/?\s*>/gi, '\n');
  text = text.replace(/<\s*li[^<>]*>/gi, '\n- ');
  text = text.replace(/<\/\s*(p|div|li|ul|ol|tr|h[1-6])\s*>/gi, '\n');
  text = text.replace(/<\/?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?\/?>/g, ' ');
  text = text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, name: string) => decodeEntity(name) ?? m);
  text = stripLatex(text);
  text = text.replace(/\*\*(.+?)\*\*/g, '$1').replace(/__(.+?)__/g, '$1');
  text = text.replace(/[\u200b\u200c\u200d\ufeff]/g, '');
  text = text.replace(/[\u00a0\u2007\u202f\t]/g, ' ');
  if (options.keepLineBreaks) {
    return text
      .split(/\r?\n/)
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter((line) => line.length > 0)
      .join('\n');
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Text made only of characters below U+0300 and of Latin Extended Additional (U+1E00–U+1EFF, where
 * every precomposed Vietnamese letter lives) holds no combining mark, so NFC leaves it unchanged
 * (checked over every pair of such characters): typed Vietnamese skips the normalisation.
 */
function isComposedLatin(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x300 && (c < 0x1e00 || c > 0x1eff)) return false;
  }
  return true;
}

/**
 * True when no step of the clean-up would change the (normalised) text: none of the characters the
 * steps look for (<, &, $, *, _, \, zero-width and special spaces) and every whitespace a single
 * inner ASCII space, which is what both the folded and the line-keeping forms leave.
 */
function isAlreadyClean(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === last || text.charCodeAt(i + 1) === 0x20) return false;
    } else if (c < 0x21 || c === 0x3c || c === 0x26 || c === 0x24 || c === 0x2a || c === 0x5f || c === 0x5c) {
      return false;
    } else if (c >= 0x7f && isSpecial(c)) {
      return false;
    }
  }
  return true;
}

/** Characters that "\s" matches or the clean-up removes, above ASCII (plus DEL and the C1 controls, to be safe). */
function isSpecial(c: number): boolean {
  return c <= 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * "<sup> (3) </sup>" → " (3)". Read by hand: the pattern it replaces ("\s*\(?\s*([^<()]*?)\s*\)?\s*")
 * backtracked cubically on a "<sup>" followed by thousands of spaces.
 */
function footnote(inner: string): string | undefined {
  let mark = inner.trim();
  if (mark.startsWith('(')) mark = mark.slice(1).trimStart();
  if (mark.endsWith(')')) mark = mark.slice(0, -1).trimEnd();
  return /[()]/.test(mark) ? undefined : ` (${mark})`;
}

function decodeEntity(name: string): string | undefined {
  if (name.startsWith('#x') || name.startsWith('#X')) return fromCodePoint(parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return fromCodePoint(parseInt(name.slice(1), 10));
  return ENTITIES[name.toLowerCase()];
}

/**
 * "&#99999999;" names no character (String.fromCodePoint throws beyond U+10FFFF), and a lone
 * surrogate or control character is no word: such an entity is kept as typed, so the cell still
 * reads as what the user pasted.
 */
function fromCodePoint(code: number): string | undefined {
  if (!Number.isSafeInteger(code) || code > 0x10ffff) return undefined;
  if (code <= 0x1f && code !== 0x09 && code !== 0x0a && code !== 0x0d) return undefined;
  if ((code >= 0x7f && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  return String.fromCodePoint(code);
}

/** Only paired `$…$` count as LaTeX, so a lone dollar sign in prose survives. */
function stripLatex(text: string): string {
  return text.replace(/\$([^$]+)\$/g, (_m, inner: string) =>
    inner
      .replace(/\\frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}/g, '$1/$2')
      .replace(/\\(times|cdot)/g, '*')
      .replace(/\\%/g, '%')
      .replace(/\\,/g, ' ')
      .replace(/\\text\s*\{([^{}]*)\}/g, '$1'),
  ).replace(/\\%/g, '%');
}

/** True when a cell holds residue that the clean-up would change. */
export function hasResidue(input: string): boolean {
  return cleanResidue(input, { keepLineBreaks: true }) !== input.trim();
}
