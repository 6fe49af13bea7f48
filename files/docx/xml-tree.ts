import { SaxesParser } from 'saxes';
import { strFromU8 } from 'fflate';
import { DocxError } from './docx-error';

/** An element of a part: its namespace and local name, attributes by local name (w:val → val), children in order. */
export interface XmlElement {
  readonly uri: string;
  readonly local: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: (XmlElement | string)[];
}

/** Deeper than any Word part nests (a table in a table in a cell is about 12): a guard for the walkers' recursion. */
export const MAX_XML_DEPTH = 256;

/**
 * Parses one part with saxes, a conformant streaming parser: comments, CDATA sections and
 * processing instructions are XML it knows (CDATA is text, the others are dropped), and the tree
 * is built without recursion. OOXML parts never carry a DTD (ECMA-376 Part 2 §8.1.5: "shall not
 * contain a DTD"), so a DOCTYPE, the way in for entity expansion bombs, is refused before any
 * entity is read. Every failure is a DocxError naming the part; saxes' own English never leaves.
 */
export function parseXmlPart(bytes: Uint8Array, part: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const root: XmlElement = { uri: '', local: '#document', attributes: new Map(), children: [] };
  const stack: XmlElement[] = [root];
  let failure: DocxError | undefined;
  const fail = (error: DocxError): void => {
    failure ??= error;
    // saxes stops only when a handler throws; the error is caught below and replaced by ours.
    throw error;
  };
  parser.on('doctype', () => fail(new DocxError({ code: 'xml_doctype', part })));
  parser.on('error', () => fail(new DocxError({ code: 'xml_invalid', part, line: parser.line })));
  parser.on('opentag', (tag) => {
    if (stack.length > MAX_XML_DEPTH) fail(new DocxError({ code: 'xml_too_deep', part, limit: MAX_XML_DEPTH }));
    const attributes = new Map<string, string>();
    for (const a of Object.values(tag.attributes)) if (a.prefix !== 'xmlns' && a.name !== 'xmlns') attributes.set(a.local, a.value);
    const element: XmlElement = { uri: tag.uri, local: tag.local, attributes, children: [] };
    stack[stack.length - 1]?.children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => { stack.pop(); });
  const text = (t: string): void => { stack[stack.length - 1]?.children.push(t); };
  parser.on('text', text);
  parser.on('cdata', text);
  try {
    parser.write(decode(bytes)).close();
  } catch (e) {
    if (failure) throw failure;
    if (e instanceof DocxError) throw e;
    throw new DocxError({ code: 'xml_invalid', part, line: parser.line });
  }
  if (failure) throw failure;
  return root;
}

/** XML's own encodings (XML 1.0 §4.3.3, F.1): UTF-8 with or without its mark, or UTF-16 with its mark. */
function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, false);
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return strFromU8(bytes.subarray(start));
}

function utf16(bytes: Uint8Array, little: boolean): string {
  const out: string[] = [];
  let chunk: number[] = [];
  for (let i = 2; i + 1 < bytes.length; i += 2) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    chunk.push(little ? a | (b << 8) : (a << 8) | b);
    if (chunk.length === 8192) { out.push(String.fromCharCode(...chunk)); chunk = []; }
  }
  out.push(String.fromCharCode(...chunk));
  return out.join('');
}

/** The element children of a node, in order. */
export function elementsOf(node: XmlElement): XmlElement[] {
  return node.children.filter((c): c is XmlElement => typeof c !== 'string');
}

export function childNamed(node: XmlElement | undefined, local: string): XmlElement | undefined {
  return node?.children.find((c): c is XmlElement => typeof c !== 'string' && c.local === local);
}

/** All text below a node, for w:t whose children are text only. */
export function textOf(node: XmlElement): string {
  return node.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}
