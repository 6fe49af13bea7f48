import { FILL_COLOURS, type CellStyle } from '../../shared';
import { elements, escapeXml, prefixOf, readAttributes, withAttribute } from './xml-text';

/** A list of style records (fonts, fills, borders) in styles.xml, grown at its end so every existing index stays. */
interface RecordList {
  readonly container: string;
  readonly record: string;
  readonly items: string[];
  readonly added: string[];
}

/** Number formats every spreadsheet knows by id (ECMA-376 Part 1, §18.8.30 "numFmt"); these need no entry of their own. */
const BUILT_IN: Readonly<Record<string, number>> = {
  General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00E+00': 11, '@': 49,
};
/** Custom number formats take ids from 164 up. */
const FIRST_CUSTOM_ID = 164;

/**
 * The workbook's cell formats (styles.xml), grown only by what the cells we write need: a cell
 * keeps its font, borders and fill, and gets the number format we add through a copy of its format
 * record. Every existing record keeps its index, so no other cell changes.
 */
export class CellStyles {
  private readonly prefix: string;
  private readonly formats = new Map<string, number>();
  private readonly addedFormats: string[] = [];
  private nextFormatId: number;
  private readonly xfs: string[] = [];
  private readonly addedXfs: string[] = [];
  private readonly derived = new Map<string, number>();
  private readonly lists: Record<'fonts' | 'fills' | 'borders', RecordList>;

  constructor(private readonly xml: string | undefined) {
    this.prefix = xml ? prefixOf(xml, 'styleSheet') : '';
    const list = (container: string, record: string): RecordList => {
      const items: string[] = [];
      const outer = xml ? elements(xml, `${this.prefix}${container}`).next().value : undefined;
      if (xml && outer && !outer.empty) {
        const from = outer.start + outer.open.length;
        for (const e of elements(xml, `${this.prefix}${record}`, from, from + outer.inner.length)) items.push(xml.slice(e.start, e.end));
      }
      return { container, record, items, added: [] };
    };
    this.lists = { fonts: list('fonts', 'font'), fills: list('fills', 'fill'), borders: list('borders', 'border') };
    let maxId = FIRST_CUSTOM_ID - 1;
    if (xml) {
      for (const f of elements(xml, `${this.prefix}numFmt`)) {
        const a = readAttributes(f.open);
        const id = Number(a.get('numFmtId'));
        const code = a.get('formatCode');
        if (Number.isInteger(id) && code !== undefined) {
          if (!this.formats.has(code)) this.formats.set(code, id);
          maxId = Math.max(maxId, id);
        }
      }
      const cellXfs = elements(xml, `${this.prefix}cellXfs`).next().value;
      if (cellXfs && !cellXfs.empty) {
        const innerStart = cellXfs.start + cellXfs.open.length;
        for (const xf of elements(xml, `${this.prefix}xf`, innerStart, innerStart + cellXfs.inner.length)) this.xfs.push(xml.slice(xf.start, xf.end));
      }
    }
    this.nextFormatId = maxId + 1;
  }

  /** Whether the workbook has a format table we can add to. */
  get available(): boolean {
    return this.xml !== undefined && this.xfs.length > 0;
  }

  /** Whether cell format `index` shows its cell as text ("@"), so a number written there would still read as text. */
  isText(index: number): boolean {
    const record = this.xfs[index];
    return record !== undefined && Number(readAttributes(record.slice(0, record.indexOf('>') + 1)).get('numFmtId') ?? 0) === BUILT_IN['@'];
  }

  /** The index of a cell format like `base` but showing numbers as `code`; `base` itself when it already does. */
  withNumberFormat(base: number, code: string): number {
    if (!this.available) return base;
    const record = this.xfs[base] ?? this.xfs[0] ?? '';
    const id = this.formatId(code);
    const tagEnd = record.indexOf('>') + 1;
    const open = record.slice(0, tagEnd);
    if (Number(readAttributes(open).get('numFmtId') ?? 0) === id) return base;
    const key = `${base}|${id}`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    const copy = withAttribute(withAttribute(open, 'numFmtId', String(id)), 'applyNumberFormat', '1') + record.slice(tagEnd);
    const index = this.xfs.length;
    this.xfs.push(copy);
    this.addedXfs.push(copy);
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
    const record = this.xfs[base] ?? this.xfs[0] ?? '';
    const tagEnd = record.indexOf('>') + 1;
    let open = record.slice(0, tagEnd);
    const p = this.prefix;
    const attributes = readAttributes(open);
    if (look.bold || look.italic) {
      const font = this.lists.fonts.items[Number(attributes.get('fontId') ?? 0)] ?? `<${p}font/>`;
      const inner = font.endsWith('/>') ? '' : font.slice(font.indexOf('>') + 1, font.lastIndexOf('<'));
      const marks = `${look.bold ? `<${p}b/>` : ''}${look.italic ? `<${p}i/>` : ''}`;
      // b and i come first in a font record (ECMA-376 Part 1, §18.8.22 "font").
      const cleaned = inner.replace(new RegExp(`<${p}[bi](\\s[^>]*)?/>`, 'g'), '');
      open = withAttribute(withAttribute(open, 'fontId', String(this.add('fonts', `<${p}font>${marks}${cleaned}</${p}font>`))), 'applyFont', '1');
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
    let inner = record.endsWith('/>') ? '' : record.slice(tagEnd, record.lastIndexOf('<'));
    if (look.wrap || look.align) {
      const alignment = `<${p}alignment${look.align ? ` horizontal="${look.align}"` : ''} vertical="center"${look.wrap ? ' wrapText="1"' : ''}/>`;
      // alignment is the first child of xf (ECMA-376 Part 1, §18.8.45 "xf").
      inner = alignment + inner.replace(new RegExp(`<${p}alignment(\\s[^>]*)?/>|<${p}alignment[\\s\\S]*?</${p}alignment>`), '');
      open = withAttribute(open, 'applyAlignment', '1');
    }
    const copy = `${open.replace(/\s*\/>$/, '>')}${inner}</${p}xf>`;
    const index = this.xfs.length;
    this.xfs.push(copy);
    this.addedXfs.push(copy);
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

  /** styles.xml with the added formats, or undefined when nothing was added. */
  toXml(): string | undefined {
    if (!this.xml || (this.addedXfs.length === 0 && this.addedFormats.length === 0)) return undefined;
    let xml = this.xml;
    const p = this.prefix;
    for (const l of Object.values(this.lists)) {
      if (l.added.length === 0) continue;
      const outer = elements(xml, `${p}${l.container}`).next().value;
      if (!outer) return undefined;
      const open = withAttribute(outer.open.replace(/\s*\/>$/, '>'), 'count', String(l.items.length));
      xml = `${xml.slice(0, outer.start)}${open}${outer.empty ? '' : outer.inner}${l.added.join('')}</${p}${l.container}>${xml.slice(outer.end)}`;
    }
    if (this.addedXfs.length) {
      const cellXfs = elements(xml, `${p}cellXfs`).next().value;
      if (!cellXfs || cellXfs.empty) return undefined;
      const open = withAttribute(cellXfs.open, 'count', String(this.xfs.length));
      xml = `${xml.slice(0, cellXfs.start)}${open}${cellXfs.inner}${this.addedXfs.join('')}</${p}cellXfs>${xml.slice(cellXfs.end)}`;
    }
    if (this.addedFormats.length) {
      const numFmts = elements(xml, `${p}numFmts`).next().value;
      if (numFmts) {
        const count = [...elements(numFmts.inner, `${p}numFmt`)].length + this.addedFormats.length;
        const open = withAttribute(numFmts.open.replace(/\/>$/, '>'), 'count', String(count));
        xml = `${xml.slice(0, numFmts.start)}${open}${numFmts.inner}${this.addedFormats.join('')}</${p}numFmts>${xml.slice(numFmts.end)}`;
      } else {
        // numFmts is the first child of styleSheet (ECMA-376 Part 1, §18.8.39).
        const root = elements(xml, `${p}styleSheet`).next().value;
        if (!root) return undefined;
        const at = root.start + root.open.length;
        xml = `${xml.slice(0, at)}<${p}numFmts count="${this.addedFormats.length}">${this.addedFormats.join('')}</${p}numFmts>${xml.slice(at)}`;
      }
    }
    return xml;
  }
}
