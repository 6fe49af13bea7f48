import { isDigit, isSpace } from '../text/characters';

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—',
};

export interface CleanOptions {
  /** Keep paragraph and list breaks as new lines (for the clean-up command); otherwise fold to one line. */
  readonly keepLineBreaks?: boolean;
}

/** The default, shared: a fresh {} per call would be garbage for every cell. */
const FOLD: CleanOptions = Object.freeze({});

/**
 * Strips what Word, PDFs and web systems leave in pasted cells: HTML tags, LaTeX markers,
 * Markdown bold, entities, non-breaking and zero-width spaces. Words are never dropped:
 * footnote marks such as <sup>(3)</sup> become "(3)".
 */
export function cleanResidue(input: string, options: CleanOptions = FOLD): string {
  // Most cells ("2,00", "Đồng ý") hold no residue: one scan instead of a dozen regular expressions.
  let text = input;
  let marks = residueMarks(text);
  // Only text with a character outside composed Latin can change under NFC; scanned again once normalised.
  if (marks & UNCOMPOSED) {
    text = input.normalize('NFC');
    marks = residueMarks(text) & ~UNCOMPOSED;
  }
  if (marks === CLEAN) return text;
  // Simple tags ("<p>", "</b>") and stray spaces only, folded to one line: one pass does what the steps would.
  if (!options.keepLineBreaks && (marks & ~(LT | SPACING | ODD_SPACE)) === 0) {
    const folded = foldSimple(text);
    if (folded !== undefined) return folded;
  }
  // Each replacement below needs its character in the text: a step whose character is absent is skipped.
  // Entities are decoded after the tags and may spell any character, so every later step runs after one.
  if (marks & LT) {
    text = text.replace(/<sup>([^<]*)<\/sup>/gi, (whole, inner: string) => footnote(inner) ?? whole);
    text = text.replace(/<\s*br\s*\/?\s*>/gi, '\n');
    text = text.replace(/<\s*li[^<>]*>/gi, '\n- ');
    text = text.replace(/<\/\s*(p|div|li|ul|ol|tr|h[1-6])\s*>/gi, '\n');
    text = text.replace(/<\/?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?\/?>/g, ' ');
  }
  const decoded = (marks & AMP) !== 0;
  if (decoded) text = text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, name: string) => decodeEntity(name) ?? m);
  // LaTeX's \times becomes "*", which the Markdown step then reads.
  const latex = decoded || (marks & LATEX) !== 0;
  if (latex) text = stripLatex(text);
  if (latex || (marks & MARKDOWN) !== 0) {
    if (text.includes('**')) text = text.replace(/\*\*(.+?)\*\*/g, '$1');
    if (text.includes('__')) text = text.replace(/__(.+?)__/g, '$1');
  }
  if (decoded || (marks & ZERO_WIDTH) !== 0) text = text.replace(/[\u200b\u200c\u200d\ufeff]/g, '');
  if (decoded || (marks & ODD_SPACE) !== 0) text = text.replace(/[\u00a0\u2007\u202f\t]/g, ' ');
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
 * The folded clean-up of text whose only residue is simple tags and spacing: every tag a plain
 * "<name>", "</name>" or "<name/>" (letters then letters or digits), none of them "sup" or "li…",
 * whose steps keep words. Each such tag is one the last tag pattern removes (the "br" and closing-
 * tag steps give a line break instead, the same once folded), so the text is its tags as spaces,
 * every run of "\s" one space, trimmed. Undefined for any other "<": the steps then run one by one.
 */
function foldSimple(text: string): string | undefined {
  // Slices joined once: appending piece by piece would leave a rope that every later scan flattens.
  const parts: string[] = [];
  /** A space is owed before the next piece: a run of spaces or a tag was passed. */
  let pending = false;
  let from = 0;
  const n = text.length;
  const cut = (end: number): void => {
    if (end <= from) return;
    if (pending && parts.length > 0) parts.push(' ');
    parts.push(text.slice(from, end));
    pending = false;
  };
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    if (c === 0x3c) {
      const length = simpleTagLength(text, i);
      if (length === 0) return undefined;
      cut(i);
      i += length;
      from = i;
      pending = true;
    } else if (isSpace(c)) {
      // A single space between two characters of a piece stays in the piece.
      const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
      if (c === 0x20 && i > from && next >= 0 && next !== 0x3c && !isSpace(next)) {
        i++;
        continue;
      }
      cut(i);
      while (i < n && isSpace(text.charCodeAt(i))) i++;
      from = i;
      pending = true;
    } else {
      i++;
    }
  }
  cut(n);
  return parts.length === 1 ? parts[0] : parts.join('');
}

/** The length of a plain tag at `at` ("<p>", "</b>", "<br/>"), or 0 when it is not one foldSimple may drop. */
function simpleTagLength(text: string, at: number): number {
  let i = at + 1;
  if (text.charCodeAt(i) === 0x2f) i++;
  const nameStart = i;
  if (!isAsciiLetter(text.charCodeAt(i))) return 0;
  for (i++; i < text.length && (isAsciiLetter(text.charCodeAt(i)) || isDigit(text.charCodeAt(i))); i++);
  const name = text.slice(nameStart, i).toLowerCase();
  // "<sup>" keeps its footnote mark, and "<li…>" (opening) becomes a dash: their own steps handle them.
  if (name === 'sup' || (nameStart === at + 1 && name.startsWith('li'))) return 0;
  if (text.charCodeAt(i) === 0x2f) i++;
  return text.charCodeAt(i) === 0x3e ? i + 1 - at : 0;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** What residueMarks found: which clean-up steps the text needs. */
const CLEAN = 0;
const LT = 1;
const AMP = 2;
const LATEX = 4;
const MARKDOWN = 8;
const ZERO_WIDTH = 16;
const ODD_SPACE = 32;
/** Whitespace other than single inner spaces: only the final folding has work. */
const SPACING = 64;
/**
 * A character NFC may change. Text made only of characters below U+0300 and of Latin Extended
 * Additional (U+1E00–U+1EFF, where every precomposed Vietnamese letter lives) holds no combining
 * mark, so NFC leaves it unchanged (checked over every pair of such characters): typed Vietnamese
 * skips the normalisation.
 */
const UNCOMPOSED = 128;

/**
 * One scan for the characters each step of the clean-up looks for (<, &, $ or \, * or _, zero-width
 * and special spaces) and for whitespace that is not a single inner ASCII space, which is what both
 * the folded and the line-keeping forms leave. CLEAN: no step would change the (normalised) text.
 */
function residueMarks(text: string): number {
  const last = text.length - 1;
  let marks = CLEAN;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === last || text.charCodeAt(i + 1) === 0x20) marks |= SPACING;
    } else if (c < 0x21) {
      marks |= c === 0x09 ? ODD_SPACE : SPACING;
    } else if (c === 0x3c) {
      marks |= LT;
    } else if (c === 0x26) {
      marks |= AMP;
    } else if (c === 0x24 || c === 0x5c) {
      marks |= LATEX;
    } else if (c === 0x2a || c === 0x5f) {
      marks |= MARKDOWN;
    } else if (c >= 0x7f) {
      if (isSpecial(c)) {
        marks |= c === 0x200b || c === 0x200c || c === 0x200d || c === 0xfeff ? ZERO_WIDTH
          : c === 0xa0 || c === 0x2007 || c === 0x202f ? ODD_SPACE : SPACING;
      }
      if (c >= 0x300 && (c < 0x1e00 || c > 0x1eff)) marks |= UNCOMPOSED;
    }
  }
  return marks;
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
  // Without a backslash there is no command to rewrite: only the paired dollar signs go.
  if (!text.includes('\\')) return text.replace(/\$([^$]+)\$/g, '$1');
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
