import { DOMParser, type Element as XmlElement, type Node as XmlNode } from '@xmldom/xmldom';
import JSZip from 'jszip';

/** What a Word document holds, in order: paragraphs as text, tables as rows of cell texts. */
export type DocxBlock =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'table'; readonly rows: (string | null)[][] };

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * Reads the body of a .docx (word/document.xml, ECMA-376 Part 1 §17.4 tables): each table as a
 * grid where a cell spanning columns (w:gridSpan) fills the first and leaves the others empty and
 * a vertically merged continuation (w:vMerge without "restart") is empty, the way a spreadsheet host
 * reports merged cells; paragraphs inside a cell are lines of its text. Throws on a file that is
 * not a Word document; the caller names the file.
 */
export async function readDocx(data: Uint8Array): Promise<DocxBlock[]> {
  const zip = await JSZip.loadAsync(data);
  const entry = zip.file('word/document.xml');
  if (!entry) throw new Error('word/document.xml is missing');
  const xml = await entry.async('string');
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const body = doc.getElementsByTagNameNS(W, 'body')[0];
  if (!body) throw new Error('the document has no body');
  const blocks: DocxBlock[] = [];
  for (const child of elements(body)) {
    if (child.localName === 'p') blocks.push({ kind: 'paragraph', text: paragraphText(child) });
    else if (child.localName === 'tbl') blocks.push({ kind: 'table', rows: tableRows(child) });
    else if (child.localName === 'sdt') {
      // Content controls wrap ordinary paragraphs and tables.
      const content = elements(child).find((e) => e.localName === 'sdtContent');
      for (const inner of content ? elements(content) : []) {
        if (inner.localName === 'p') blocks.push({ kind: 'paragraph', text: paragraphText(inner) });
        else if (inner.localName === 'tbl') blocks.push({ kind: 'table', rows: tableRows(inner) });
      }
    }
  }
  return blocks;
}

function elements(node: XmlNode): XmlElement[] {
  const out: XmlElement[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c as XmlElement);
  return out;
}

function child(node: XmlElement, name: string): XmlElement | undefined {
  return elements(node).find((e) => e.localName === name);
}

function attr(node: XmlElement | undefined, name: string): string | null {
  return node ? node.getAttributeNS(W, name) ?? node.getAttribute(`w:${name}`) : null;
}

/** The text a reader sees: runs' w:t, tabs as a space, breaks as new lines; deleted text (w:del) left out. */
function paragraphText(p: XmlElement): string {
  let text = '';
  const visit = (node: XmlElement): void => {
    for (const e of elements(node)) {
      switch (e.localName) {
        case 't': text += e.textContent ?? ''; break;
        case 'tab': text += ' '; break;
        case 'br': case 'cr': text += '\n'; break;
        case 'del': case 'delText': case 'instrText': case 'rPr': case 'pPr': break;
        default: visit(e);
      }
    }
  };
  visit(p);
  return text;
}

function tableRows(tbl: XmlElement): (string | null)[][] {
  const rows: (string | null)[][] = [];
  for (const tr of elements(tbl).filter((e) => e.localName === 'tr')) {
    const row: (string | null)[] = [];
    for (const tc of elements(tr).filter((e) => e.localName === 'tc')) {
      const pr = child(tc, 'tcPr');
      const span = Math.max(1, Number(attr(pr ? child(pr, 'gridSpan') : undefined, 'val') ?? 1) || 1);
      const vMerge = pr ? child(pr, 'vMerge') : undefined;
      const continues = vMerge !== undefined && attr(vMerge, 'val') !== 'restart';
      const text = elements(tc).filter((e) => e.localName === 'p' || e.localName === 'tbl')
        .map((e) => (e.localName === 'p' ? paragraphText(e) : tableRows(e).map((r) => r.filter(Boolean).join(' ')).join('\n')))
        .join('\n').trim();
      row.push(continues || text === '' ? null : text);
      for (let k = 1; k < span; k++) row.push(null);
    }
    rows.push(row);
  }
  return rows;
}
