/**
 * Text helpers for writing XML: escaping, Excel's _xHHHH_ escapes, and setting one attribute of a
 * start tag the parser located. Parts are edited as text at the parser's positions, so everything we
 * do not touch stays byte for byte as the writer left it.
 */

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** Text between tags: only "&", "<" and ">" need escaping there. */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/**
 * Cell text as SpreadsheetML stores it: characters XML 1.0 cannot carry (control characters) and a
 * literal "_xHHHH_" are written in Excel's own _xHHHH_ escape (ECMA-376 Part 1, §22.9.2.19 ST_Xstring),
 * so the words survive a round trip.
 */
export function escapeCellText(text: string): string {
  const encoded = text
    .replace(/_x[0-9a-fA-F]{4}_/g, (m) => `_x005F${m}`)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
  return escapeText(encoded);
}

/** Cell text as the user typed it: Excel's _xHHHH_ escapes decoded ("_x005F_" keeps a literal "_x…_"). */
export function decodeCellText(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

interface TagAttribute {
  readonly name: string;
  /** From the space before the name to just past the closing quote. */
  readonly start: number;
  readonly end: number;
}

/** The attributes of one start tag, lexed (names, "=", quoted values), so a value that looks like an attribute is never taken for one. */
function lexAttributes(tag: string): { attributes: TagAttribute[]; close: number } {
  const attributes: TagAttribute[] = [];
  let i = 1;
  while (i < tag.length && !/[\s/>]/.test(tag[i] ?? '')) i++;
  for (;;) {
    const before = i;
    while (i < tag.length && /\s/.test(tag[i] ?? '')) i++;
    const c = tag[i];
    if (c === undefined || c === '>' || c === '/') return { attributes, close: before };
    const nameStart = i;
    while (i < tag.length && !/[\s=/>]/.test(tag[i] ?? '')) i++;
    const name = tag.slice(nameStart, i);
    while (/\s/.test(tag[i] ?? '')) i++;
    if (tag[i] !== '=') return { attributes, close: before };
    i++;
    while (/\s/.test(tag[i] ?? '')) i++;
    const quote = tag[i];
    if (quote !== '"' && quote !== "'") return { attributes, close: before };
    const valueEnd = tag.indexOf(quote, i + 1);
    if (valueEnd < 0) return { attributes, close: before };
    i = valueEnd + 1;
    attributes.push({ name, start: before, end: i });
  }
}

/** A start tag with one attribute set (added at the end when missing) or removed (value undefined). */
export function withAttribute(tag: string, name: string, value: string | undefined): string {
  const { attributes, close } = lexAttributes(tag);
  const found = attributes.find((a) => a.name === name);
  const written = value === undefined ? '' : ` ${name}="${escapeXml(value)}"`;
  if (found) return tag.slice(0, found.start) + written + tag.slice(found.end);
  if (value === undefined) return tag;
  return tag.slice(0, close) + written + tag.slice(close);
}

/** An empty element's start tag made into a start tag with content: `<a x="1"/>` → `<a x="1">`. */
export function openedTag(tag: string): string {
  return tag.endsWith('/>') ? `${tag.slice(0, -2).replace(/\s+$/, '')}>` : tag;
}
