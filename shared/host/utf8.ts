function utf8Bytes(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

/** Bytes the text takes in UTF-8, the unit hosts' size limits count in (a Vietnamese letter takes 2 or 3). */
export function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) n += utf8Bytes(ch);
  return n;
}

/** The text cut into pieces of at most `limit` UTF-8 bytes, never inside a character. */
export function chunksByBytes(text: string, limit: number): string[] {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of text) {
    const b = utf8Bytes(ch);
    if (bytes + b > limit && current) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += b;
  }
  if (current) out.push(current);
  return out;
}
