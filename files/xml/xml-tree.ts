import type { SaxesAttributeNS } from 'saxes';
import { FileProblem } from '../file-problem';
import { scanXml, type XmlOpen, type XmlSource } from './scan-xml';

/** An element of a parsed part with where it sits in the text, so an editor can replace it alone. */
export interface XmlElement {
  readonly name: string;
  readonly local: string;
  readonly uri: string;
  readonly prefix: string;
  readonly attributes: Readonly<Record<string, SaxesAttributeNS>>;
  /** Index of "<" of the start tag. */
  readonly start: number;
  /** Just past the start tag's ">". */
  readonly openEnd: number;
  /** Index of "</" of the end tag; `openEnd` for an empty element. */
  closeStart: number;
  /** Just past the element. */
  end: number;
  readonly selfClosing: boolean;
  readonly children: XmlElement[];
  /** The element's own character data (not its children's), CDATA included. */
  text: string;
}

/** Elements a small part may hold; sheets, which can be large, are scanned as a stream instead. */
const MAX_ELEMENTS = 2_000_000;

/** A whole part as a tree with positions: for workbook.xml, relationships, content types, styles, shared strings of a part we edit. */
export function parseXmlTree(xml: string, source: XmlSource): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let count = 0;
  scanXml(xml, {
    open(e: XmlOpen) {
      if (++count > MAX_ELEMENTS) {
        throw new FileProblem(`Tệp "${source.file}": phần "${source.part}" có quá nhiều phần tử; công cụ không đọc tệp này.`, `"${source.file}": part "${source.part}" has too many elements; it is not read.`);
      }
      const element: XmlElement = { ...e, openEnd: e.end, closeStart: e.end, end: e.end, children: [], text: '' };
      stack[stack.length - 1]?.children.push(element);
      if (!root) root = element;
      stack.push(element);
    },
    close(e) {
      const element = stack.pop();
      if (!element) return;
      element.closeStart = e.start;
      element.end = e.end;
    },
    text(t) {
      const top = stack[stack.length - 1];
      if (top) top.text += t;
    },
  }, source);
  if (!root) throw new FileProblem(`Tệp "${source.file}": phần "${source.part}" trống.`, `"${source.file}": part "${source.part}" is empty.`);
  return root;
}

/** Child elements with this local name in one of the namespaces. */
export function childrenNamed(element: XmlElement, uris: ReadonlySet<string>, local: string): XmlElement[] {
  return element.children.filter((c) => c.local === local && uris.has(c.uri));
}

export function childNamed(element: XmlElement, uris: ReadonlySet<string>, local: string): XmlElement | undefined {
  return element.children.find((c) => c.local === local && uris.has(c.uri));
}

/** All text below an element, in document order (a rich-text string's runs, say). */
export function deepText(element: XmlElement, skip: (e: XmlElement) => boolean = () => false): string {
  if (skip(element)) return '';
  return element.text + element.children.map((c) => deepText(c, skip)).join('');
}
