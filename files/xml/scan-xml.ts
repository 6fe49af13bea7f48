import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';
import { FileProblem } from '../file-problem';

/**
 * XML parts are read with saxes: a conformant, streaming, namespace-aware parser. It knows
 * comments, CDATA sections and processing instructions, so markup inside them is never taken for
 * elements, and it reports positions as plain string indexes, which lets an editor change one
 * element and keep every other byte as the writer left it.
 */

/** A start tag. `start`/`end` are string indexes of "<" and just past ">" (−1 when the text came in chunks). */
export interface XmlOpen {
  readonly name: string;
  readonly local: string;
  readonly uri: string;
  readonly prefix: string;
  readonly attributes: Readonly<Record<string, SaxesAttributeNS>>;
  readonly start: number;
  readonly end: number;
  readonly selfClosing: boolean;
}

/** An end tag; for an empty element (`<a/>`) it spans nothing, at the start tag's end. */
export interface XmlClose {
  readonly open: XmlOpen;
  readonly start: number;
  readonly end: number;
}

export interface XmlHandlers {
  open?(element: XmlOpen): void;
  close?(element: XmlClose): void;
  /** Character data (entities resolved), CDATA sections included. */
  text?(text: string): void;
}

/** A run of text longer than this without markup is no spreadsheet's (a cell holds 32 767 characters). */
export const MAX_TEXT_RUN = 4 * 1024 * 1024;

/** Where a problem is, for messages: the file and the part. */
export interface XmlSource {
  readonly file: string;
  readonly part: string;
}

/** An attribute without a namespace (the usual kind in SpreadsheetML: r, t, s, name…). */
export function attribute(element: Pick<XmlOpen, 'attributes'>, local: string): string | undefined {
  const a = element.attributes[local];
  if (a && a.uri === '') return a.value;
  for (const key in element.attributes) {
    const v = element.attributes[key];
    if (v && v.local === local && v.uri === '') return v.value;
  }
  return undefined;
}

/** An attribute in a namespace (r:id), whatever prefix the writer chose. */
export function attributeNs(element: Pick<XmlOpen, 'attributes'>, uris: ReadonlySet<string>, local: string): string | undefined {
  for (const key in element.attributes) {
    const v = element.attributes[key];
    if (v && v.local === local && uris.has(v.uri)) return v.value;
  }
  return undefined;
}

export function malformed(source: XmlSource, detail: string): FileProblem {
  return new FileProblem(
    `Tệp "${source.file}" bị hỏng: phần "${source.part}" không phải XML hợp lệ (${detail}). Hãy mở bằng Excel hoặc LibreOffice, lưu lại rồi thử lại.`,
    `"${source.file}" is damaged: its part "${source.part}" is not valid XML (${detail}). Open it in Excel or LibreOffice, save it again and retry.`,
  );
}

/**
 * A streaming scan: write text in chunks (positions are then unknown, −1) or scan one whole string
 * with `scanXml` (positions exact). A document type declaration is refused: Office parts never
 * carry one (ECMA-376 Part 2, §8.1.4, M1.17), and its entities are how "billion laughs" files blow up.
 */
export class XmlStream {
  private readonly parser = new SaxesParser({ xmlns: true, position: true });
  private readonly stack: XmlOpen[] = [];
  private whole: string | undefined;
  private sinceMarkup = 0;
  private failure: unknown;

  constructor(handlers: XmlHandlers, private readonly source: XmlSource) {
    const p = this.parser;
    let pendingStart = -1;
    p.on('error', (e) => {
      throw this.failure ?? malformed(source, `dòng ${p.line}, cột ${p.column}: ${e.message.replace(/^.*?:\d+:\d+: /, '')}`);
    });
    p.on('doctype', () => {
      throw (this.failure = new FileProblem(
        `Tệp "${source.file}": phần "${source.part}" có khai báo DOCTYPE, điều tệp Office không bao giờ có; công cụ không đọc tệp này.`,
        `"${source.file}": part "${source.part}" has a DOCTYPE declaration, which Office files never have; it is not read.`,
      ));
    });
    p.on('opentagstart', () => {
      pendingStart = this.whole === undefined ? -1 : this.whole.lastIndexOf('<', p.position - 1);
    });
    p.on('opentag', (tag: SaxesTagNS) => {
      const end = this.whole === undefined ? -1 : p.position;
      const element: XmlOpen = { name: tag.name, local: tag.local, uri: tag.uri, prefix: tag.prefix, attributes: tag.attributes, start: pendingStart, end, selfClosing: tag.isSelfClosing };
      this.stack.push(element);
      handlers.open?.(element);
    });
    p.on('closetag', (tag: SaxesTagNS) => {
      const open = this.stack.pop();
      if (!open) return;
      const end = this.whole === undefined ? -1 : p.position;
      const start = tag.isSelfClosing || end < 0 ? end : (this.whole ?? '').lastIndexOf('</', end - 1);
      handlers.close?.({ open, start, end });
    });
    if (handlers.text) {
      const text = handlers.text;
      p.on('text', text);
      p.on('cdata', text);
    }
  }

  write(chunk: string): void {
    const last = chunk.lastIndexOf('<');
    this.sinceMarkup = last < 0 ? this.sinceMarkup + chunk.length : chunk.length - last;
    if (this.sinceMarkup > MAX_TEXT_RUN) {
      throw new FileProblem(
        `Tệp "${this.source.file}": phần "${this.source.part}" có một đoạn chữ dài hơn ${MAX_TEXT_RUN.toLocaleString('vi-VN')} ký tự, vượt xa một ô bảng tính (32 767 ký tự); công cụ không đọc tệp này.`,
        `"${this.source.file}": part "${this.source.part}" holds a text run longer than ${MAX_TEXT_RUN.toLocaleString('en-US')} characters, far beyond a spreadsheet cell (32,767); it is not read.`,
      );
    }
    this.parser.write(chunk);
  }

  close(): void {
    this.parser.close();
  }

  /** Scans one whole string, with exact positions. */
  scanWhole(xml: string): void {
    this.whole = xml;
    // The text-run cap applies to whole strings too, checked in steps so the scan stays linear.
    const step = 1024 * 1024;
    for (let at = 0; at < xml.length; at += step) this.write(xml.slice(at, at + step));
    this.close();
  }
}

export function scanXml(xml: string, handlers: XmlHandlers, source: XmlSource): void {
  new XmlStream(handlers, source).scanWhole(xml);
}
