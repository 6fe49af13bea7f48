/**
 * The few XML text helpers the package editor needs. Parts are edited as text, not through a DOM,
 * so everything we do not touch stays byte for byte as the writer left it.
 */

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** Text between tags: only "&", "<" and ">" need escaping there. */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g, (whole, name: string) => {
    if (name === 'amp') return '&';
    if (name === 'lt') return '<';
    if (name === 'gt') return '>';
    if (name === 'quot') return '"';
    if (name === 'apos') return "'";
    const code = name.startsWith('#x') ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Cell text as SpreadsheetML stores it: characters XML 1.0 cannot carry (control characters) and a
 * literal "_xHHHH_" are written in Excel's own _xHHHH_ escape, so the words survive a round trip.
 */
export function escapeCellText(text: string): string {
  const encoded = text
    .replace(/_x[0-9a-fA-F]{4}_/g, (m) => `_x005F${m}`)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
  return escapeText(encoded);
}

/** Attributes of one start tag, in their order, values unescaped. */
export function readAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const pattern = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  for (let m = pattern.exec(tag); m; m = pattern.exec(tag)) {
    attributes.set(m[1] ?? '', unescapeXml(m[3] ?? m[4] ?? ''));
  }
  return attributes;
}

/** A start tag with one attribute set (added at the end when missing) or removed (value undefined). */
export function withAttribute(tag: string, name: string, value: string | undefined): string {
  const pattern = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*("[^"]*"|'[^']*')`);
  if (pattern.test(tag)) return tag.replace(pattern, value === undefined ? '' : ` ${name}="${escapeXml(value)}"`);
  if (value === undefined) return tag;
  const close = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close).replace(/\s+$/, '')} ${name}="${escapeXml(value)}"${tag.slice(close)}`;
}

/** The namespace prefix a part uses for its root element ("" or "x:"), so what we add matches. */
export function prefixOf(xml: string, localName: string): string {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${localName}[\\s/>]`).exec(xml);
  return m?.[1] ?? '';
}

/** Every element `<p:name …/>` or `<p:name …>…</p:name>` (not nested in itself), with its position. */
export interface Element {
  readonly start: number;
  readonly end: number;
  /** The start tag, from "<" to ">" inclusive. */
  readonly open: string;
  /** What lies between the start and end tags; "" for an empty element. */
  readonly inner: string;
  readonly empty: boolean;
}

export function* elements(xml: string, qualifiedName: string, from = 0, until = xml.length): Generator<Element> {
  const openPattern = new RegExp(`<${qualifiedName.replace(/[.:]/g, '\\$&')}(?=[\\s/>])`, 'g');
  const close = `</${qualifiedName}>`;
  openPattern.lastIndex = from;
  for (let m = openPattern.exec(xml); m && m.index < until; m = openPattern.exec(xml)) {
    const tagEnd = endOfTag(xml, m.index);
    if (tagEnd < 0) return;
    const open = xml.slice(m.index, tagEnd + 1);
    if (open.endsWith('/>')) {
      yield { start: m.index, end: tagEnd + 1, open, inner: '', empty: true };
      openPattern.lastIndex = tagEnd + 1;
      continue;
    }
    const closeAt = xml.indexOf(close, tagEnd + 1);
    if (closeAt < 0) return;
    yield { start: m.index, end: closeAt + close.length, open, inner: xml.slice(tagEnd + 1, closeAt), empty: false };
    openPattern.lastIndex = closeAt + close.length;
  }
}

/** Index of the ">" closing the tag that starts at `from`, skipping quoted attribute values. */
export function endOfTag(xml: string, from: number): number {
  let quote = '';
  for (let i = from; i < xml.length; i++) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return i;
    }
  }
  return -1;
}
