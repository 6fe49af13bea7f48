import { DOMParser, XMLSerializer, type Document, type Element, type Node } from '@xmldom/xmldom';

/**
 * XML parts of a package as DOM trees (@xmldom/xmldom), for the test helpers that reshape workbooks:
 * a real parser, so comments, CDATA and processing instructions are what they are, never text to match.
 */

export const SML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const CT = 'http://schemas.openxmlformats.org/package/2006/content-types';

/** Decodes a part's bytes as its byte-order mark says (UTF-8 without one), as XML 1.0 appendix F detects it. */
export function decodeXml(bytes: Uint8Array): string {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b[0] === 0xff && b[1] === 0xfe) return b.subarray(2).toString('utf16le');
  if (b[0] === 0xfe && b[1] === 0xff) return Buffer.from(b.subarray(2)).swap16().toString('utf16le');
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return b.subarray(3).toString('utf8');
  return b.toString('utf8');
}

export function parseXml(bytes: Uint8Array | string, what = 'part'): Document {
  const text = typeof bytes === 'string' ? bytes : decodeXml(bytes);
  return new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`${what}: ${message}`);
    },
  }).parseFromString(text, 'application/xml');
}

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The document as UTF-8 bytes with the declaration Office writes (xmldom keeps no declaration node). */
export function serializeXml(doc: Document): Buffer {
  const body = new XMLSerializer().serializeToString(doc).replace(/^<\?xml[^?]*\?>\s*/, '');
  return Buffer.from(DECLARATION + body, 'utf8');
}

export function root(doc: Document): Element {
  const el = doc.documentElement;
  if (!el) throw new Error('empty XML document');
  return el;
}

/** Child elements of `parent` with this local name (any namespace unless given). */
export function children(parent: Node, localName?: string, ns?: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    if (localName !== undefined && el.localName !== localName) continue;
    if (ns !== undefined && el.namespaceURI !== ns) continue;
    out.push(el);
  }
  return out;
}

export function child(parent: Node, localName: string, ns?: string): Element | undefined {
  return children(parent, localName, ns)[0];
}

/** Every descendant element with this local name, in document order. */
export function descendants(parent: Node, localName: string): Element[] {
  const out: Element[] = [];
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) continue;
      if ((c as Element).localName === localName) out.push(c as Element);
      walk(c);
    }
  };
  walk(parent);
  return out;
}

/** The text of an element's character data, CDATA included, as a reader of the part sees it. */
export function textOf(el: Node): string {
  let s = '';
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3 || c.nodeType === 4) s += c.nodeValue ?? '';
    else if (c.nodeType === 1) s += textOf(c);
  }
  return s;
}

/** A new element in the parent's namespace and prefix, appended (or inserted before `before`). */
export function addElement(parent: Element, localName: string, attrs: Record<string, string> = {}, before?: Node | null): Element {
  const doc = parent.ownerDocument;
  if (!doc) throw new Error('element outside a document');
  const name = parent.prefix ? `${parent.prefix}:${localName}` : localName;
  const el = doc.createElementNS(parent.namespaceURI, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  parent.insertBefore(el, before ?? null);
  return el;
}

export function removeNode(node: Node): void {
  node.parentNode?.removeChild(node);
}
