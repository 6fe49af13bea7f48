import { DocxError } from './docx-error';
import { openDocx } from './open-docx';
import { childNamed, elementsOf, textOf, type XmlElement } from './xml-tree';

/** A Word note referenced from a table cell: its text, attached by the importer to the cell's row. */
export interface DocxNote {
  /** 0-based row of the table (as in `rows`) and column of the cell holding the reference. */
  readonly row: number;
  readonly column: number;
  readonly kind: 'footnote' | 'endnote';
  readonly text: string;
}

/** What a Word document holds, in order: paragraphs as text, tables as rows of cell texts with the notes their cells reference. */
export type DocxBlock =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'table'; readonly rows: (string | null)[][]; readonly notes: DocxNote[] };

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W_STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';

/** Word's own limit on a table's columns (Word's "Insert Table" allows 63): a wider grid is not a table Word made. */
export const MAX_TABLE_COLUMNS = 63;
export const MAX_TABLE_ROWS = 20_000;
/** Beyond what an Excel cell holds (32 767): longer is not a criterion's wording. */
export const MAX_PARAGRAPH_CHARS = 100_000;
export const MAX_BLOCKS = 200_000;

/**
 * Reads the body of a .docx (ECMA-376 Part 1 §17.4 tables): each table as a grid where a cell
 * spanning columns (w:gridSpan) fills the first and leaves the others empty and a vertically merged
 * continuation (w:vMerge without "restart") is empty, the way a spreadsheet host reports merged
 * cells; paragraphs inside a cell are lines of its text. The text is what Word shows with tracked
 * changes accepted (§17.13.5): deleted and moved-away runs (w:del, w:moveFrom, w:delText) are left
 * out, inserted and moved-to runs (w:ins, w:moveTo) kept, and a deleted table row is no row. A
 * footnote or endnote reference in a cell brings the note's text with it (§17.11). Throws a
 * DocxError (part, table, row) on a file that is not a Word document or exceeds the caps; the
 * caller names the file.
 */
export function readDocx(bytes: Uint8Array, file = ''): DocxBlock[] {
  const parts = openDocx(bytes, file);
  const notes = {
    footnote: notesOf(parts.footnotes, 'footnote'),
    endnote: notesOf(parts.endnotes, 'endnote'),
  };
  const part = parts.documentName;
  const doc = elementsOf(parts.document).find((e) => e.local === 'document');
  const body = childNamed(doc, 'body');
  if (!doc || !isWord(doc) || !body) throw new DocxError({ code: 'part_missing', part: `${part} (w:body)` });
  const blocks: DocxBlock[] = [];
  let tables = 0;
  const add = (e: XmlElement): void => {
    if (blocks.length >= MAX_BLOCKS) throw new DocxError({ code: 'too_many_blocks', part, limit: MAX_BLOCKS });
    if (e.local === 'p') {
      blocks.push({ kind: 'paragraph', text: paragraphText(e, part).text });
    } else if (e.local === 'tbl') {
      tables++;
      const found: DocxNote[] = [];
      const rows = tableRows(e, { part, table: tables, notes, found });
      blocks.push({ kind: 'table', rows, notes: found });
    } else if (e.local === 'sdt' || e.local === 'customXml' || e.local === 'ins' || e.local === 'moveTo') {
      // Content controls, custom XML and inserted blocks wrap ordinary paragraphs and tables.
      const content = e.local === 'sdt' ? childNamed(e, 'sdtContent') : e;
      for (const inner of content ? elementsOf(content) : []) add(inner);
    }
  };
  for (const child of elementsOf(body)) add(child);
  return blocks;
}

function isWord(e: XmlElement): boolean {
  return e.uri === W || e.uri === W_STRICT;
}

interface TableContext {
  readonly part: string;
  readonly table: number;
  readonly notes: Readonly<Record<'footnote' | 'endnote', ReadonlyMap<string, string>>>;
  readonly found: DocxNote[];
}

interface ParagraphText {
  readonly text: string;
  readonly refs: { kind: 'footnote' | 'endnote'; id: string }[];
}

/** Text that is not there once tracked changes are accepted, and what is never shown (field codes, properties). */
const SKIPPED = new Set(['del', 'moveFrom', 'delText', 'delInstrText', 'instrText', 'rPr', 'pPr', 'sectPr', 'footnoteRef', 'endnoteRef', 'annotationRef', 'commentReference', 'Fallback']);

/** The text a reader sees: runs' w:t, tabs as a space, breaks as new lines; the notes referenced on the way. */
function paragraphText(p: XmlElement, part: string, where?: { table: number; row: number }): ParagraphText {
  const out: string[] = [];
  let length = 0;
  const refs: ParagraphText['refs'] = [];
  const push = (s: string): void => {
    length += s.length;
    if (length > MAX_PARAGRAPH_CHARS) throw new DocxError({ code: 'text_too_long', part, limit: MAX_PARAGRAPH_CHARS, ...where });
    out.push(s);
  };
  // An explicit stack: nesting is bounded by the parser, but a walker without recursion needs no such trust.
  const stack: XmlElement[] = [...elementsOf(p)].reverse();
  for (let e = stack.pop(); e; e = stack.pop()) {
    if (SKIPPED.has(e.local)) continue;
    switch (e.local) {
      case 't': push(textOf(e)); break;
      case 'tab': case 'ptab': push(' '); break;
      case 'br': case 'cr': push('\n'); break;
      case 'noBreakHyphen': push('-'); break;
      case 'footnoteReference': case 'endnoteReference': {
        const id = e.attributes.get('id');
        if (id !== undefined) refs.push({ kind: e.local === 'footnoteReference' ? 'footnote' : 'endnote', id });
        break;
      }
      default: for (let i = e.children.length - 1; i >= 0; i--) { const c = e.children[i]; if (c !== undefined && typeof c !== 'string') stack.push(c); }
    }
  }
  return { text: out.join(''), refs };
}

function tableRows(tbl: XmlElement, ctx: TableContext): (string | null)[][] {
  const rows: (string | null)[][] = [];
  for (const tr of rowElements(tbl)) {
    const trPr = childNamed(tr, 'trPr');
    // A row deleted with tracking on is gone once the change is accepted.
    if (childNamed(trPr, 'del')) continue;
    if (rows.length >= MAX_TABLE_ROWS) throw new DocxError({ code: 'too_many_rows', part: ctx.part, table: ctx.table, limit: MAX_TABLE_ROWS });
    const where = { table: ctx.table, row: rows.length + 1 };
    const row: (string | null)[] = [];
    for (const tc of cellElements(tr)) {
      const pr = childNamed(tc, 'tcPr');
      const spanText = childNamed(pr, 'gridSpan')?.attributes.get('val');
      const spanValue = spanText === undefined ? 1 : Number(spanText);
      const span = Number.isFinite(spanValue) && spanValue >= 1 ? Math.floor(spanValue) : 1;
      if (row.length + span > MAX_TABLE_COLUMNS) {
        throw new DocxError({ code: 'table_too_wide', part: ctx.part, ...where, limit: MAX_TABLE_COLUMNS, found: row.length + span });
      }
      const vMerge = childNamed(pr, 'vMerge');
      const continues = vMerge !== undefined && vMerge.attributes.get('val') !== 'restart';
      const column = row.length;
      const lines: string[] = [];
      for (const e of elementsOf(tc)) {
        if (e.local === 'p') {
          const read = paragraphText(e, ctx.part, where);
          lines.push(read.text);
          for (const ref of read.refs) {
            const text = ctx.notes[ref.kind].get(ref.id);
            if (text) ctx.found.push({ row: rows.length, column, kind: ref.kind, text });
          }
        } else if (e.local === 'tbl') {
          // A table inside a cell is read as lines of that cell; its notes still belong to this row.
          const inner: DocxNote[] = [];
          lines.push(tableRows(e, { ...ctx, found: inner }).map((r) => r.filter(Boolean).join(' ')).join('\n'));
          for (const n of inner) ctx.found.push({ ...n, row: rows.length, column });
        }
      }
      const text = lines.join('\n').trim();
      row.push(continues || text === '' ? null : text);
      for (let k = 1; k < span; k++) row.push(null);
    }
    rows.push(row);
  }
  return rows;
}

/** A table's rows, also those wrapped in content controls, custom XML or tracked insertions. */
function rowElements(tbl: XmlElement): XmlElement[] {
  return unwrap(tbl, 'tr');
}

function cellElements(tr: XmlElement): XmlElement[] {
  return unwrap(tr, 'tc');
}

function unwrap(node: XmlElement, wanted: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const e of elementsOf(node)) {
    if (e.local === wanted) out.push(e);
    else if (e.local === 'sdt') out.push(...unwrap(childNamed(e, 'sdtContent') ?? e, wanted));
    else if (e.local === 'customXml' || e.local === 'ins' || e.local === 'moveTo') out.push(...unwrap(e, wanted));
  }
  return out;
}

/**
 * The notes of footnotes.xml or endnotes.xml by id, as text: their paragraphs as lines. The
 * separator notes Word keeps there (w:type="separator", "continuationSeparator") are not notes.
 */
function notesOf(part: { readonly name: string; readonly root: XmlElement } | undefined, kind: 'footnote' | 'endnote'): Map<string, string> {
  const out = new Map<string, string>();
  const container = part ? elementsOf(part.root)[0] : undefined;
  for (const note of container ? elementsOf(container) : []) {
    if (note.local !== kind) continue;
    const type = note.attributes.get('type');
    if (type !== undefined && type !== 'normal') continue;
    const id = note.attributes.get('id');
    if (id === undefined) continue;
    const text = elementsOf(note).filter((e) => e.local === 'p').map((p) => paragraphText(p, part?.name ?? '').text.trim())
      .filter((t) => t !== '').join('\n');
    if (text) out.set(id, text);
  }
  return out;
}
