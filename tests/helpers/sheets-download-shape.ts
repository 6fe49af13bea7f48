import { cacheFormulaResults } from './cached-results';
import { type Parts, readParts, relationships, removeRelationshipsTo, setOverride, workbookPart, writeParts } from './package-parts';
import { sheetsOf } from './sheet-grid';
import { addElement, child, children, descendants, parseXml, removeNode, root, serializeXml } from './xml-dom';

/**
 * A workbook in the shape a Google Sheets download (File → Download → Microsoft Excel) gives back.
 * Google publishes no description of that file; what is modelled here is what issue 18 lists and
 * the one trait we found reported (xlnt-community/xlnt#7: Sheets may write no workbookView):
 * - every string inline in its cell (t="inlineStr" with <is>), no sharedStrings part;
 * - no calcChain part;
 * - its own style table: cellXfs renumbered in order of first use, unused ones dropped, every
 *   cell's and row's `s` remapped, so no style index means what it meant in our file;
 * - the cached result of every formula (taken from LibreOffice's recalculation of the same file);
 * - no <bookViews> in workbook.xml.
 * Every cell keeps its `r`. Takes and returns .xlsx bytes.
 */
export function sheetsDownloadShape(original: Uint8Array, recalculated: Uint8Array): Buffer {
  const parts = readParts(original);
  cacheFormulaResults(parts, readParts(recalculated));
  inlineStrings(parts);
  dropPart(parts, 'calcChain');
  ownStyleTable(parts);
  const wb = workbookPart(parts);
  const doc = parseXml(parts.get(wb) ?? Buffer.alloc(0), wb);
  for (const views of children(root(doc), 'bookViews')) removeNode(views);
  parts.set(wb, serializeXml(doc));
  return writeParts(parts);
}

/** Removes the workbook's part of this relationship type, with its relationship and content type. */
export function dropPart(parts: Parts, typeSuffix: string): void {
  const wb = workbookPart(parts);
  const rel = relationships(parts, wb).find((r) => r.type.endsWith(`/${typeSuffix}`));
  if (!rel) return;
  parts.delete(rel.target);
  removeRelationshipsTo(parts, wb, rel.target);
  setOverride(parts, rel.target, null);
}

function inlineStrings(parts: Parts): void {
  const wb = workbookPart(parts);
  const rel = relationships(parts, wb).find((r) => r.type.endsWith('/sharedStrings'));
  const sst = rel && parts.get(rel.target);
  const items = sst ? children(root(parseXml(sst, 'sharedStrings')), 'si') : [];
  for (const sheet of sheetsOf(parts)) {
    const doc = parseXml(parts.get(sheet.part) ?? Buffer.alloc(0), sheet.part);
    for (const c of descendants(root(doc), 'c')) {
      if (c.getAttribute('t') !== 's') continue;
      const v = child(c, 'v');
      const si = v ? items[Number(v.textContent)] : undefined;
      if (!v || !si) throw new Error(`${sheet.part}: shared string ${v?.textContent ?? '?'} missing`);
      removeNode(v);
      c.setAttribute('t', 'inlineStr');
      const is = addElement(c, 'is');
      for (const run of children(si)) {
        if (run.localName !== 'rPh' && run.localName !== 'phoneticPr') is.appendChild(doc.importNode(run, true));
      }
    }
    parts.set(sheet.part, serializeXml(doc));
  }
  dropPart(parts, 'sharedStrings');
}

function ownStyleTable(parts: Parts): void {
  const wb = workbookPart(parts);
  const rel = relationships(parts, wb).find((r) => r.type.endsWith('/styles'));
  const bytes = rel && parts.get(rel.target);
  if (!rel || !bytes) return;
  const styles = parseXml(bytes, rel.target);
  const cellXfs = child(root(styles), 'cellXfs');
  if (!cellXfs) return;
  const xfs = children(cellXfs, 'xf');
  // Index 0 stays the default format, as every writer keeps it; the rest in order of first use.
  const order: number[] = [0];
  const newIndex = new Map<number, number>([[0, 0]]);
  const use = (s: string | null): string | null => {
    if (s === null || s === '') return s;
    const old = Number(s);
    if (!newIndex.has(old)) {
      newIndex.set(old, order.length);
      order.push(old);
    }
    return String(newIndex.get(old));
  };
  const sheets = sheetsOf(parts).map((sheet) => ({ sheet, doc: parseXml(parts.get(sheet.part) ?? Buffer.alloc(0), sheet.part) }));
  for (const { sheet, doc } of sheets) {
    for (const el of [...descendants(root(doc), 'col'), ...descendants(root(doc), 'row'), ...descendants(root(doc), 'c')]) {
      const attr = el.localName === 'c' ? 's' : 'style';
      const s = el.localName === 'row' ? el.getAttribute('s') : el.getAttribute(attr);
      const mapped = use(s);
      if (mapped !== null && mapped !== '') el.setAttribute(el.localName === 'row' ? 's' : attr, mapped);
    }
    parts.set(sheet.part, serializeXml(doc));
  }
  for (const xf of xfs) removeNode(xf);
  for (const old of order) {
    const xf = xfs[old];
    if (xf) cellXfs.appendChild(xf);
  }
  cellXfs.setAttribute('count', String(order.length));
  parts.set(rel.target, serializeXml(styles));
}
