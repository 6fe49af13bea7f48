import { DecodeUTF8, strFromU8, strToU8 } from 'fflate';

/**
 * The text of an XML part from its bytes. XML parts are UTF-8 or UTF-16 (ECMA-376 Part 2, §8.1.4,
 * M1.17 — OPC allows both); the encoding is told by the byte order mark or, without one, by the
 * first characters "<?" (XML 1.0, Appendix F).
 */
type Encoding = 'utf8' | 'utf16le' | 'utf16be';

function encodingOf(head: Uint8Array): { encoding: Encoding; bom: number } {
  const [a, b, c, d] = [head[0], head[1], head[2], head[3]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf8', bom: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf16le', bom: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf16be', bom: 2 };
  if (a === 0x3c && b === 0x00 && c === 0x3f && d === 0x00) return { encoding: 'utf16le', bom: 0 };
  if (a === 0x00 && b === 0x3c && c === 0x00 && d === 0x3f) return { encoding: 'utf16be', bom: 0 };
  return { encoding: 'utf8', bom: 0 };
}

function utf16(bytes: Uint8Array, from: number, to: number, littleEndian: boolean): string {
  let out = '';
  const step = 8192;
  for (let at = from; at + 1 < to; at += step * 2) {
    const codes: number[] = [];
    for (let i = at; i + 1 < Math.min(to, at + step * 2); i += 2) codes.push(littleEndian ? (bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8) : ((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** A whole part's text. */
export function decodeXml(bytes: Uint8Array): string {
  const { encoding, bom } = encodingOf(bytes);
  if (encoding === 'utf8') return strFromU8(bom ? bytes.subarray(bom) : bytes);
  return utf16(bytes, bom, bytes.length, encoding === 'utf16le');
}

/** A part's text in pieces as its bytes arrive, for parsing sheets without holding their text whole. */
export class XmlDecoder {
  private encoding: Encoding | undefined;
  private utf8: DecodeUTF8 | undefined;
  private carry: Uint8Array | undefined;
  private out: string[] = [];

  push(chunk: Uint8Array, final: boolean): string {
    let bytes = chunk;
    if (this.encoding === undefined) {
      const head = this.carry ? concat(this.carry, bytes) : bytes;
      if (head.length < 4 && !final) {
        this.carry = head;
        return '';
      }
      this.carry = undefined;
      const { encoding, bom } = encodingOf(head);
      this.encoding = encoding;
      bytes = head.subarray(bom);
      if (encoding === 'utf8') this.utf8 = new DecodeUTF8((text) => this.out.push(text));
    }
    if (this.utf8) {
      this.utf8.push(bytes, final);
    } else {
      const all = this.carry ? concat(this.carry, bytes) : bytes;
      const even = all.length - (all.length % 2);
      this.out.push(utf16(all, 0, even, this.encoding === 'utf16le'));
      this.carry = even < all.length ? all.slice(even) : undefined;
    }
    const text = this.out.join('');
    this.out = [];
    return text;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/**
 * Bytes of a part we rewrote: always UTF-8, so a declaration that named another encoding (a UTF-16
 * part we decoded) is corrected to say so.
 */
export function encodeXml(text: string): Uint8Array {
  const declaration = /^<\?xml[^?]*\?>/.exec(text);
  if (declaration && /encoding\s*=\s*["'](?!utf-8["'])[^"']*["']/i.test(declaration[0])) {
    text = declaration[0].replace(/encoding\s*=\s*["'][^"']*["']/i, 'encoding="UTF-8"') + text.slice(declaration[0].length);
  }
  return strToU8(text);
}
