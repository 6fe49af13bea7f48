import { type Document, type Element } from '@xmldom/xmldom';
import { posix } from 'node:path';
import { type Parts, readParts, relationships, relsName, removeRelationshipsTo, setOverride, workbookPart, writeParts } from './package-parts';
import { columnLetters, parseAddress } from './relative-formula';
import { sheetsOf } from './sheet-grid';
import { child, children, descendants, parseXml, root, serializeXml, SML } from './xml-dom';

/**
 * Valid SpreadsheetML that other writers produce and Excel or LibreOffice open (issue 18, item 4),
 * each made from a plain .xlsx so a test can expect the plain file's figures. ECMA-376 Part 1 allows
 * each: any namespace prefix (XML Namespaces), an optional styles part (§12.3.20 "0 or 1"), an
 * optional cell reference (`r` of <c>, §18.3.1.4), any Unicode encoding of a part (Part 2 §8.1.4:
 * UTF-8 or UTF-16), CDATA anywhere character data is allowed. Sheet names Excel reserves
 * ("History") or would cut (over 31 characters) and overlapping merges are what other programs
 * write and LibreOffice opens.
 */

type Reshape = (parts: Parts) => void;

function reshaped(bytes: Uint8Array, reshape: Reshape): Buffer {
  const parts = readParts(bytes);
  reshape(parts);
  return writeParts(parts);
}

function editXml(parts: Parts, name: string, edit: (doc: Document) => void): void {
  const doc = parseXml(parts.get(name) ?? Buffer.alloc(0), name);
  edit(doc);
  parts.set(name, serializeXml(doc));
}

/** The SpreadsheetML parts (workbook, sheets, shared strings, styles), by their root's namespace. */
function spreadsheetMlParts(parts: Parts): string[] {
  return [...parts.keys()].filter((name) => name.endsWith('.xml') && root(parseXml(parts.get(name) ?? Buffer.alloc(0), name)).namespaceURI === SML);
}

/** Every element of the main namespace written `x:name`, the default namespace dropped (as the Open XML SDK writes). */
export function withNamespacePrefix(bytes: Uint8Array): Buffer {
  return reshaped(bytes, (parts) => {
    for (const name of spreadsheetMlParts(parts)) {
      editXml(parts, name, (doc) => {
        const copy = (el: Element): Element => {
          const out = doc.createElementNS(el.namespaceURI, el.namespaceURI === SML ? `x:${el.localName}` : el.tagName);
          for (let i = 0; i < el.attributes.length; i += 1) {
            const a = el.attributes.item(i);
            if (!a || a.name === 'xmlns') continue;
            out.setAttributeNS(a.namespaceURI, a.name, a.value);
          }
          for (let n = el.firstChild; n; n = n.nextSibling) out.appendChild(n.nodeType === 1 ? copy(n as Element) : n.cloneNode(true));
          return out;
        };
        const old = root(doc);
        const top = copy(old);
        top.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:x', SML);
        doc.replaceChild(top, old);
      });
    }
  });
}

/**
 * No xl/styles.xml: the part, its relationship and content type gone. Cells keep their `s`, as the
 * generators that omit the part write them; LibreOffice then shows default formatting.
 */
export function withoutStylesPart(bytes: Uint8Array): Buffer {
  return reshaped(bytes, (parts) => {
    const wb = workbookPart(parts);
    const rel = relationships(parts, wb).find((r) => r.type.endsWith('/styles'));
    if (!rel) throw new Error('no styles part to remove');
    parts.delete(rel.target);
    removeRelationshipsTo(parts, wb, rel.target);
    setOverride(parts, rel.target, null);
  });
}

/** No cell carries `r`: each row's cells stand in order, gaps filled with empty <c/>, as streaming writers do. */
export function withoutCellAddresses(bytes: Uint8Array): Buffer {
  return reshaped(bytes, (parts) => {
    for (const sheet of sheetsOf(parts)) {
      editXml(parts, sheet.part, (doc) => {
        for (const row of descendants(root(doc), 'row')) {
          let col = 0;
          for (const c of children(row, 'c')) {
            const at = parseAddress(c.getAttribute('r') ?? '').col;
            for (col += 1; col < at; col += 1) row.insertBefore(doc.createElementNS(c.namespaceURI, c.tagName), c);
            c.removeAttribute('r');
          }
        }
      });
    }
  });
}

/** Every XML part (and the package's) in UTF-16LE with a byte-order mark and encoding="UTF-16". */
export function inUtf16(bytes: Uint8Array): Buffer {
  return reshaped(bytes, (parts) => {
    for (const [name, data] of parts) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      const body = serializeXml(parseXml(data, name)).toString('utf8').replace(/^<\?xml[^?]*\?>/, '<?xml version="1.0" encoding="UTF-16" standalone="yes"?>');
      parts.set(name, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]));
    }
  });
}

/** The first sheet renamed, with the defined names that point at it. */
export function withSheetName(bytes: Uint8Array, name: string): Buffer {
  return reshaped(bytes, (parts) => {
    const wb = workbookPart(parts);
    editXml(parts, wb, (doc) => {
      const sheet = descendants(root(doc), 'sheet')[0];
      if (!sheet) throw new Error('no sheet');
      const old = sheet.getAttribute('name') ?? '';
      sheet.setAttribute('name', name);
      const quote = (s: string): string => `'${s.replace(/'/g, "''")}'!`;
      for (const d of descendants(root(doc), 'definedName')) {
        const text = d.textContent ?? '';
        while (d.firstChild) d.removeChild(d.firstChild);
        d.appendChild(doc.createTextNode(text.split(quote(old)).join(quote(name)).split(`${old}!`).join(quote(name))));
      }
    });
  });
}

/** One more merged range overlapping the first sheet's first merge (B1:E2 over A1:D1 when that is the first). */
export function withOverlappingMerges(bytes: Uint8Array): Buffer {
  return reshaped(bytes, (parts) => {
    const sheet = sheetsOf(parts)[0];
    if (!sheet) throw new Error('no sheet');
    editXml(parts, sheet.part, (doc) => {
      const merges = child(root(doc), 'mergeCells');
      const first = merges && child(merges, 'mergeCell');
      const ref = first?.getAttribute('ref');
      if (!merges || !first || !ref) throw new Error('no merge to overlap');
      const [a, b] = ref.split(':').map(parseAddress);
      if (!a || !b) throw new Error(`merge ${ref}`);
      const overlap = `${columnLetters(a.col + 1)}${a.row}:${columnLetters(b.col + 1)}${b.row + 1}`;
      const el = doc.createElementNS(first.namespaceURI, first.tagName);
      el.setAttribute('ref', overlap);
      merges.appendChild(el);
      merges.setAttribute('count', String(children(merges, 'mergeCell').length));
    });
  });
}

/** Every shared string's text as a CDATA section. */
export function withCdataStrings(bytes: Uint8Array): Buffer {
  return reshaped(bytes, (parts) => {
    const rel = relationships(parts, workbookPart(parts)).find((r) => r.type.endsWith('/sharedStrings'));
    if (!rel) throw new Error('no shared strings');
    editXml(parts, rel.target, (doc) => {
      for (const t of descendants(root(doc), 't')) {
        const text = t.textContent ?? '';
        while (t.firstChild) t.removeChild(t.firstChild);
        // A section cannot hold "]]>"; no string of the files reshaped here does.
        if (text.includes(']]>')) throw new Error('"]]>" in a shared string');
        t.appendChild(doc.createCDATASection(text));
      }
    });
  });
}

/** The workbook part stored under another name (and folder), found only through _rels/.rels. */
export function withWorkbookPartRenamed(bytes: Uint8Array, to = 'xl/bang-tinh-chinh.xml'): Buffer {
  return reshaped(bytes, (parts) => {
    const from = workbookPart(parts);
    if (posix.dirname(from) !== posix.dirname(to)) throw new Error('keep the folder, so relative targets stay right');
    const data = parts.get(from);
    const rels = parts.get(relsName(from));
    if (!data || !rels) throw new Error('workbook part');
    parts.delete(from);
    parts.delete(relsName(from));
    parts.set(to, data);
    parts.set(relsName(to), rels);
    editXml(parts, '_rels/.rels', (doc) => {
      for (const r of children(root(doc), 'Relationship')) {
        const target = (r.getAttribute('Target') ?? '').replace(/^\//, '');
        if (target === from) r.setAttribute('Target', `/${to}`);
      }
    });
    const ct = parseXml(parts.get('[Content_Types].xml') ?? Buffer.alloc(0));
    for (const o of children(root(ct), 'Override')) {
      if (o.getAttribute('PartName') === `/${from}`) o.setAttribute('PartName', `/${to}`);
    }
    parts.set('[Content_Types].xml', serializeXml(ct));
  });
}
