import { cacheFormulaResults } from './cached-results';
import { addRelationship, type Parts, readParts, relationships, setOverride, workbookPart, writeParts } from './package-parts';
import { parseAddress, relativeShape } from './relative-formula';
import { sheetsOf } from './sheet-grid';
import { addElement, child, children, descendants, parseXml, REL, root, serializeXml, SML } from './xml-dom';
import { type Element } from '@xmldom/xmldom';

/**
 * A workbook with the parts and habits Excel writes on save that our own files lack (ECMA-376
 * Part 1 and MS-XLSX), added to the file as it is, so every cell and value stays where it was:
 * - the cached result of every formula (from LibreOffice's recalculation of the same file);
 * - shared formulas: a column's run of rows holding the same relative formula is stored once,
 *   `<f t="shared" ref="F12:F19" si="0">…</f>` in its first cell, `<f t="shared" si="0"/>` in the
 *   others (§18.3.1.40), as Excel saves a filled-down column;
 * - xl/calcChain.xml listing every formula cell (§18.6);
 * - defined names: _xlnm.Print_Titles for the first sheet when it has none, and a user's name;
 * - a table part (ListObject, §18.5) on a small range of a new sheet "Danh mục";
 * - an x14 list validation in the first sheet's extLst (MS-XLSX 2.6.x) whose list is that range;
 * - a theme part (our files have one; the helper refuses an input without it).
 * Takes and returns .xlsx bytes.
 */
export function excelHabits(original: Uint8Array, recalculated: Uint8Array): Buffer {
  const parts = readParts(original);
  cacheFormulaResults(parts, readParts(recalculated));
  const wb = workbookPart(parts);
  if (!relationships(parts, wb).some((r) => r.type.endsWith('/theme') && parts.has(r.target))) throw new Error('input has no theme part');
  const sheets = sheetsOf(parts);
  const chain: { address: string; sheetId: string }[] = [];
  const wbDoc = parseXml(parts.get(wb) ?? Buffer.alloc(0), wb);
  const sheetIds = new Map(descendants(root(wbDoc), 'sheet').map((s) => [s.getAttribute('name') ?? '', s.getAttribute('sheetId') ?? '1']));
  for (const sheet of sheets) {
    const doc = parseXml(parts.get(sheet.part) ?? Buffer.alloc(0), sheet.part);
    shareFormulas(descendants(root(doc), 'c'));
    for (const c of descendants(root(doc), 'c')) {
      if (child(c, 'f')) chain.push({ address: c.getAttribute('r') ?? '', sheetId: sheetIds.get(sheet.name) ?? '1' });
    }
    parts.set(sheet.part, serializeXml(doc));
  }
  if (chain.length > 0) {
    parts.set('xl/calcChain.xml', Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="${SML}">${chain.map((c) => `<c r="${c.address}" i="${c.sheetId}"/>`).join('')}</calcChain>`));
    addRelationship(parts, wb, `${REL}/calcChain`, 'xl/calcChain.xml');
    setOverride(parts, 'xl/calcChain.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml');
  }
  const first = sheets[0];
  if (!first) throw new Error('no sheet');
  addListSheet(parts, wbDoc, first.part);
  addDefinedNames(wbDoc, first.name);
  parts.set(wb, serializeXml(wbDoc));
  return writeParts(parts);
}

/** Runs of the same relative formula down a column become one shared formula. */
function shareFormulas(cells: Element[]): void {
  const byColumn = new Map<number, { row: number; f: Element; shape: string }[]>();
  for (const c of cells) {
    const f = child(c, 'f');
    const r = c.getAttribute('r');
    if (!f || !r || f.getAttribute('t') !== null) continue;
    const { row, col } = parseAddress(r);
    const list = byColumn.get(col) ?? [];
    list.push({ row, f, shape: relativeShape(f.textContent ?? '', row, col) });
    byColumn.set(col, list);
  }
  let si = 0;
  for (const [col, list] of [...byColumn].sort((a, b) => a[0] - b[0])) {
    let i = 0;
    while (i < list.length) {
      let j = i;
      while (j + 1 < list.length && list[j + 1]?.row === (list[j]?.row ?? 0) + 1 && list[j + 1]?.shape === list[i]?.shape) j += 1;
      const head = list[i];
      if (j > i && head) {
        const colRef = head.f.parentNode ? (head.f.parentNode as Element).getAttribute('r')?.replace(/\d+$/, '') ?? '' : '';
        head.f.setAttribute('t', 'shared');
        head.f.setAttribute('ref', `${colRef}${head.row}:${colRef}${list[j]?.row ?? head.row}`);
        head.f.setAttribute('si', String(si));
        for (let k = i + 1; k <= j; k += 1) {
          const f = list[k]?.f;
          if (!f) continue;
          while (f.firstChild) f.removeChild(f.firstChild);
          f.setAttribute('t', 'shared');
          f.setAttribute('si', String(si));
        }
        si += 1;
      }
      i = j + 1;
    }
    void col;
  }
}

const LIST_SHEET = 'Danh mục';

/** A new last sheet with a two-column table part, and the first sheet's x14 list validation over it. */
function addListSheet(parts: Parts, wbDoc: ReturnType<typeof parseXml>, firstPart: string): void {
  const wb = workbookPart(parts);
  let n = 1;
  while (parts.has(`xl/worksheets/sheet${n}.xml`)) n += 1;
  const part = `xl/worksheets/sheet${n}.xml`;
  const cell = (r: string, text: string): string => `<c r="${r}" t="inlineStr"><is><t>${text}</t></is></c>`;
  parts.set(part, Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + `<worksheet xmlns="${SML}" xmlns:r="${REL}"><dimension ref="A1:B3"/><sheetData>`
    + `<row r="1">${cell('A1', 'Đơn vị')}${cell('B1', 'Ghi chú')}</row>`
    + `<row r="2">${cell('A2', 'Phòng Nội vụ')}${cell('B2', 'Chủ trì')}</row>`
    + `<row r="3">${cell('A3', 'Văn phòng HĐND và UBND')}${cell('B3', 'Phối hợp')}</row>`
    + '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
    + '<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>'));
  setOverride(parts, part, 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml');
  let t = 1;
  while (parts.has(`xl/tables/table${t}.xml`)) t += 1;
  const table = `xl/tables/table${t}.xml`;
  parts.set(table, Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + `<table xmlns="${SML}" id="${t}" name="DanhMuc${t}" displayName="DanhMuc${t}" ref="A1:B3" totalsRowShown="0">`
    + '<autoFilter ref="A1:B3"/><tableColumns count="2"><tableColumn id="1" name="Đơn vị"/><tableColumn id="2" name="Ghi chú"/></tableColumns>'
    + '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'));
  setOverride(parts, table, 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml');
  const tableRel = addRelationship(parts, part, `${REL}/table`, table);
  if (tableRel !== 'rId1') throw new Error('new sheet already had relationships');
  const rId = addRelationship(parts, wb, `${REL}/worksheet`, part);
  const sheetsEl = child(root(wbDoc), 'sheets');
  if (!sheetsEl) throw new Error('workbook has no <sheets>');
  const ids = descendants(sheetsEl, 'sheet').map((s) => Number(s.getAttribute('sheetId')));
  const sheetEl = addElement(sheetsEl, 'sheet', { name: LIST_SHEET, sheetId: String(Math.max(0, ...ids) + 1) });
  sheetEl.setAttributeNS(REL, 'r:id', rId);

  const doc = parseXml(parts.get(firstPart) ?? Buffer.alloc(0), firstPart);
  const top = root(doc);
  const ext = parseXml('<ext xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}">'
    + '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">'
    + '<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1">'
    + `<x14:formula1><xm:f>'${LIST_SHEET}'!$A$2:$A$3</xm:f></x14:formula1><xm:sqref>H10:H12</xm:sqref>`
    + '</x14:dataValidation></x14:dataValidations></ext>');
  const extLst = child(top, 'extLst') ?? addElement(top, 'extLst');
  const imported = doc.importNode(root(ext), true);
  // The main namespace for <ext> itself, as the other children of extLst.
  const extEl = doc.createElementNS(SML, top.prefix ? `${top.prefix}:ext` : 'ext');
  for (let i = 0; i < (imported as Element).attributes.length; i += 1) {
    const a = (imported as Element).attributes.item(i);
    if (a) extEl.setAttribute(a.name, a.value);
  }
  while (imported.firstChild) extEl.appendChild(imported.firstChild);
  extLst.appendChild(extEl);
  parts.set(firstPart, serializeXml(doc));
}

function addDefinedNames(wbDoc: ReturnType<typeof parseXml>, firstSheet: string): void {
  const top = root(wbDoc);
  let names = child(top, 'definedNames');
  if (!names) {
    // definedNames follows sheets (and functionGroups, externalReferences) and precedes calcPr (§18.2.27).
    const after = child(top, 'externalReferences') ?? child(top, 'functionGroups') ?? child(top, 'sheets');
    names = addElement(top, 'definedNames', {}, after?.nextSibling ?? null);
  }
  const quoted = `'${firstSheet.replace(/'/g, "''")}'`;
  const existing = children(names, 'definedName');
  if (!existing.some((d) => d.getAttribute('name') === '_xlnm.Print_Titles' && d.getAttribute('localSheetId') === '0')) {
    addElement(names, 'definedName', { name: '_xlnm.Print_Titles', localSheetId: '0' }).appendChild(wbDoc.createTextNode(`${quoted}!$1:$1`));
  }
  addElement(names, 'definedName', { name: 'DonViChuTri' }).appendChild(wbDoc.createTextNode(`'${LIST_SHEET}'!$A$2:$A$3`));
}
