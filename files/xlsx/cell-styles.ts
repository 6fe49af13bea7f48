import { FILL_COLOURS } from '../../shared/templates/sheet-blocks';
import type { CellStyle } from '../../shared/templates/sheet-spec';
import { SML } from '../xml/namespaces';
import { attribute, type XmlSource } from '../xml/scan-xml';
import { escapeXml, openedTag, withAttribute } from '../xml/xml-text';
import { childNamed, childrenNamed, parseXmlTree, type XmlElement } from '../xml/xml-tree';
import { applySplices } from './sheet-cells';

/** A list of style records (fonts, fills, borders) in styles.xml, grown at its end so every existing index stays. */
interface RecordList {
  readonly container: XmlElement | undefined;
  readonly items: string[];
  readonly added: string[];
}

/** Number formats every spreadsheet knows by id (ECMA-376 Part 1, §18.8.30 "numFmt"); these need no entry of their own. */
const BUILT_IN: Readonly<Record<string, number>> = {
  General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00E+00': 11, '@': 49,
};
/** Custom number formats take ids from 164 up. */
const FIRST_CUSTOM_ID = 164;

interface Xf {
  /** The whole record as written. */
  readonly xml: string;
  /** Its start tag. */
  readonly open: string;
  /** Its children's XML, without an alignment element when `withoutAlignment`. */
  readonly inner: string;
  readonly innerWithoutAlignment: string;
  readonly numFmtId: number;
  readonly fontId: number;
}

/**
 * The workbook's cell formats (styles.xml), grown only by what the cells we write need: a cell
 * keeps its font, borders and fill, and gets the number format we add through a copy of its format
 * record. Every existing record keeps its index, so no other cell changes. The part is parsed, and
 * what we add goes in at the parsed positions.
 */
export class CellStyles {
  private readonly prefix: string;
  private readonly root: XmlElement | undefined;
  private readonly formats = new Map<string, number>();
  private readonly addedFormats: string[] = [];
  private nextFormatId: number;
  private readonly xfs: Xf[] = [];
  private readonly addedXfs: string[] = [];
  private readonly derived = new Map<string, number>();
  private readonly lists: Record<'fonts' | 'fills' | 'borders', RecordList>;
  private readonly fontTrees: XmlElement[] = [];

  constructor(private readonly xml: string | undefined, source: XmlSource = { file: '', part: 'styles' }) {
    this.root = xml ? parseXmlTree(xml, source) : undefined;
    const root = this.root && this.root.local === 'styleSheet' && SML.has(this.root.uri) ? this.root : undefined;
    this.prefix = root?.prefix ? `${root.prefix}:` : '';
    const list = (container: string, record: string): RecordList => {
      const outer = root ? childNamed(root, SML, container) : undefined;
      const records = outer ? childrenNamed(outer, SML, record) : [];
      if (record === 'font') this.fontTrees.push(...records);
      return { container: outer, items: records.map((e) => this.slice(e)), added: [] };
    };
    this.lists = { fonts: list('fonts', 'font'), fills: list('fills', 'fill'), borders: list('borders', 'border') };
    let maxId = FIRST_CUSTOM_ID - 1;
    const numFmts = root ? childNamed(root, SML, 'numFmts') : undefined;
    for (const f of numFmts ? childrenNamed(numFmts, SML, 'numFmt') : []) {
      const id = Number(attribute(f, 'numFmtId'));
      const code = attribute(f, 'formatCode');
      if (Number.isInteger(id) && code !== undefined) {
        if (!this.formats.has(code)) this.formats.set(code, id);
        maxId = Math.max(maxId, id);
      }
    }
    const cellXfs = root ? childNamed(root, SML, 'cellXfs') : undefined;
    for (const xf of cellXfs ? childrenNamed(cellXfs, SML, 'xf') : []) {
      const src = this.xml ?? '';
      this.xfs.push({
        xml: this.slice(xf),
        open: src.slice(xf.start, xf.openEnd),
        inner: xf.selfClosing ? '' : src.slice(xf.openEnd, xf.closeStart),
        innerWithoutAlignment: xf.children.filter((c) => c.local !== 'alignment').map((c) => this.slice(c)).join(''),
        numFmtId: Number(attribute(xf, 'numFmtId') ?? 0),
        fontId: Number(attribute(xf, 'fontId') ?? 0),
      });
    }
    this.nextFormatId = maxId + 1;
  }

  private slice(e: XmlElement): string {
    return (this.xml ?? '').slice(e.start, e.end);
  }

  /** Whether the workbook has a format table we can add to. */
  get available(): boolean {
    return this.xml !== undefined && this.xfs.length > 0;
  }

  /** Whether cell format `index` shows its cell as text ("@"), so a number written there would still read as text. */
  isText(index: number): boolean {
    return this.xfs[index]?.numFmtId === BUILT_IN['@'];
  }

  private push(record: Xf): number {
    const index = this.xfs.length;
    this.xfs.push(record);
    this.addedXfs.push(record.xml);
    return index;
  }

  private record(open: string, inner: string, base: Xf): Xf {
    const xml = inner ? `${openedTag(open)}${inner}</${this.prefix}xf>` : open.endsWith('/>') ? open : `${open.slice(0, -1).replace(/\s+$/, '')}/>`;
    return { ...base, xml, open, inner, innerWithoutAlignment: inner };
  }

  /** The index of a cell format like `base` but showing numbers as `code`; `base` itself when it already does. */
  withNumberFormat(base: number, code: string): number {
    if (!this.available) return base;
    const record = this.xfs[base] ?? this.xfs[0];
    if (!record) return base;
    const id = this.formatId(code);
    if (record.numFmtId === id) return base;
    const key = `${base}|${id}`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    const open = withAttribute(withAttribute(record.open, 'numFmtId', String(id)), 'applyNumberFormat', '1');
    const index = this.push({ ...this.record(open, record.inner, record), numFmtId: id });
    this.derived.set(key, index);
    return index;
  }

  /**
   * The index of a cell format like `base` with the look scoring gives the cells it adds (bold,
   * thin borders, a shaded header, wrapped and aligned text), through copies of its font, fill and
   * border records; `base` when the workbook has no format table to add to.
   */
  withLook(base: number, look: CellStyle): number {
    if (!this.available) return base;
    const key = `${base}|look|${JSON.stringify(look)}`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    const record = this.xfs[base] ?? this.xfs[0];
    if (!record) return base;
    let open = record.open;
    const p = this.prefix;
    if (look.bold || look.italic) {
      const font = this.fontTrees[record.fontId];
      // b and i come first in a font record (ECMA-376 Part 1, §18.8.22 "font"); the font's other settings follow as they were.
      const others = font ? font.children.filter((c) => c.local !== 'b' && c.local !== 'i').map((c) => this.slice(c)).join('') : '';
      const marks = `${look.bold ? `<${p}b/>` : ''}${look.italic ? `<${p}i/>` : ''}`;
      open = withAttribute(withAttribute(open, 'fontId', String(this.add('fonts', `<${p}font>${marks}${others}</${p}font>`))), 'applyFont', '1');
    }
    if (look.fill) {
      const rgb = `FF${FILL_COLOURS[look.fill].replace('#', '').toUpperCase()}`;
      const fill = `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${rgb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
      open = withAttribute(withAttribute(open, 'fillId', String(this.add('fills', fill))), 'applyFill', '1');
    }
    if (look.border) {
      const side = (name: string): string => `<${p}${name} style="thin"><${p}color indexed="64"/></${p}${name}>`;
      const border = `<${p}border>${['left', 'right', 'top', 'bottom'].map(side).join('')}<${p}diagonal/></${p}border>`;
      open = withAttribute(withAttribute(open, 'borderId', String(this.add('borders', border))), 'applyBorder', '1');
    }
    let inner = record.inner;
    if (look.wrap || look.align) {
      // alignment is the first child of xf (ECMA-376 Part 1, §18.8.45 "xf").
      inner = `<${p}alignment${look.align ? ` horizontal="${look.align}"` : ''} vertical="center"${look.wrap ? ' wrapText="1"' : ''}/>${record.innerWithoutAlignment}`;
      open = withAttribute(open, 'applyAlignment', '1');
    }
    const index = this.push(this.record(open, inner, record));
    this.derived.set(key, index);
    return index;
  }

  private add(list: 'fonts' | 'fills' | 'borders', record: string): number {
    const l = this.lists[list];
    const existing = l.items.indexOf(record);
    if (existing >= 0) return existing;
    l.items.push(record);
    l.added.push(record);
    return l.items.length - 1;
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN[code];
    if (builtIn !== undefined) return builtIn;
    const known = this.formats.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.formats.set(code, id);
    this.addedFormats.push(`<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  /** styles.xml with the added formats, or undefined when nothing was added (or there is nowhere to add them). */
  toXml(): string | undefined {
    const xml = this.xml;
    const root = this.root;
    if (!xml || !root || (this.addedXfs.length === 0 && this.addedFormats.length === 0)) return undefined;
    const p = this.prefix;
    const splices: { start: number; end: number; text: string }[] = [];
    const grow = (container: XmlElement, localName: string, added: readonly string[], count: number): void => {
      const open = withAttribute(xml.slice(container.start, container.openEnd), 'count', String(count));
      if (container.selfClosing) splices.push({ start: container.start, end: container.end, text: `${openedTag(open)}${added.join('')}</${p}${localName}>` });
      else {
        splices.push({ start: container.start, end: container.openEnd, text: open });
        splices.push({ start: container.closeStart, end: container.closeStart, text: added.join('') });
      }
    };
    for (const [name, l] of Object.entries(this.lists)) {
      if (l.added.length === 0) continue;
      if (!l.container) return undefined;
      grow(l.container, name, l.added, l.items.length);
    }
    if (this.addedXfs.length) {
      const cellXfs = childNamed(root, SML, 'cellXfs');
      if (!cellXfs) return undefined;
      grow(cellXfs, 'cellXfs', this.addedXfs, this.xfs.length);
    }
    if (this.addedFormats.length) {
      const numFmts = childNamed(root, SML, 'numFmts');
      if (numFmts) grow(numFmts, 'numFmts', this.addedFormats, childrenNamed(numFmts, SML, 'numFmt').length + this.addedFormats.length);
      // numFmts is the first child of styleSheet (ECMA-376 Part 1, §18.8.39).
      else splices.push({ start: root.openEnd, end: root.openEnd, text: `<${p}numFmts count="${this.addedFormats.length}">${this.addedFormats.join('')}</${p}numFmts>` });
    }
    return applySplices(xml, splices);
  }
}
