import { type Document } from '@xmldom/xmldom';
import { deflated, deflateRepeated, type Deflated } from './deflate-bomb';
import { addRelationship, type Parts, readParts, relationships, setOverride, workbookPart, writeParts } from './package-parts';
import { type RawEntry, rawZip } from './raw-zip';
import { sheetsOf } from './sheet-grid';
import { addElement, child, children, descendants, parseXml, root, serializeXml, SML } from './xml-dom';

/**
 * Hostile but small workbooks for issue 19, each made from a plain score workbook (the shipped
 * example) by parsing and editing its parts, or, for the zip bombs, by writing the zip field by field.
 */

const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

function edit(parts: Parts, name: string, change: (doc: Document) => void): void {
  const doc = parseXml(parts.get(name) ?? Buffer.alloc(0), name);
  change(doc);
  parts.set(name, serializeXml(doc));
}

function setNumber(doc: Document, address: string, value: number): void {
  const c = descendants(root(doc), 'c').find((el) => el.getAttribute('r') === address);
  const v = c && child(c, 'v');
  if (!c || !v || c.getAttribute('t') !== null) throw new Error(`${address} is not a typed number`);
  v.textContent = String(value);
}

/** Adds a sheet part (a copy of `xml`) and its relationship; returns the relationship id. */
function addSheetPart(parts: Parts, xml: Buffer): { part: string; rId: string } {
  let n = 1;
  while (parts.has(`xl/worksheets/sheet${n}.xml`)) n += 1;
  const part = `xl/worksheets/sheet${n}.xml`;
  parts.set(part, xml);
  setOverride(parts, part, WORKSHEET_TYPE);
  return { part, rId: addRelationship(parts, workbookPart(parts), 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet', part) };
}

export const DRAFT_SHEET = 'Nháp';

/**
 * A draft copy of the score sheet placed first and hidden (or veryHidden), whose appraisal of
 * 1.1.3 and 1.2 is full marks (E12 = 2, E13 = 4): 3,45 points more, so it scores 20,04 of 40 =
 * 50,10 % where the visible sheet scores 41,48 %. The visible sheet is the active tab.
 * `state: 'visible'` gives the draft alone, visible, to check the 50,10 % it scores.
 */
export function withDraftSheetFirst(bytes: Uint8Array, state: 'hidden' | 'veryHidden' | 'alone'): Buffer {
  const parts = readParts(bytes);
  const wb = workbookPart(parts);
  const visible = sheetsOf(parts)[0];
  if (!visible) throw new Error('no sheet');
  const draftDoc = parseXml(parts.get(visible.part) ?? Buffer.alloc(0), visible.part);
  setNumber(draftDoc, 'E12', 2);
  setNumber(draftDoc, 'E13', 4);
  if (state === 'alone') {
    parts.set(visible.part, serializeXml(draftDoc));
    return writeParts(parts);
  }
  const { rId } = addSheetPart(parts, serializeXml(draftDoc));
  edit(parts, wb, (doc) => {
    const top = root(doc);
    const sheets = child(top, 'sheets');
    if (!sheets) throw new Error('no <sheets>');
    const ids = children(sheets, 'sheet').map((s) => Number(s.getAttribute('sheetId')));
    const draft = addElement(sheets, 'sheet', { name: DRAFT_SHEET, sheetId: String(Math.max(...ids) + 1), state }, sheets.firstChild);
    draft.setAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'r:id', rId);
    // Sheet-local names count sheets by position: the visible sheet is now the second.
    for (const d of descendants(top, 'definedName')) {
      const local = d.getAttribute('localSheetId');
      if (local !== null) d.setAttribute('localSheetId', String(Number(local) + 1));
    }
    for (const v of children(top, 'bookViews')) top.removeChild(v);
    addElement(addElement(top, 'bookViews', {}, sheets), 'workbookView', { activeTab: '1' });
  });
  return writeParts(parts);
}

export const NOTES_SHEET = 'Ghi chú';

/**
 * A second sheet "Ghi chú" of notes (text where the score sheet has figures: D38 holds "0.25"), and a
 * comment in workbook.xml before the real <sheet> elements holding a <sheet> line that gives the score
 * sheet's name the notes sheet's relationship, as an author leaves an old line commented out.
 */
export function withCommentedSheetLine(bytes: Uint8Array): Buffer {
  const parts = readParts(bytes);
  const wb = workbookPart(parts);
  const score = sheetsOf(parts)[0];
  if (!score) throw new Error('no sheet');
  const cell = (r: string, text: string): string => `<c r="${r}" t="inlineStr"><is><t>${text}</t></is></c>`;
  const notes = Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + `<worksheet xmlns="${SML}"><sheetData>`
    + `<row r="1">${cell('A1', 'Ghi chú của phòng Nội vụ')}</row>`
    + `<row r="12">${cell('D12', 'xem lại')}${cell('E12', '0,85')}</row>`
    + `<row r="38">${cell('D38', '0.25')}${cell('G38', 'đã nhắc đơn vị')}</row>`
    + '</sheetData></worksheet>');
  const { rId } = addSheetPart(parts, notes);
  edit(parts, wb, (doc) => {
    const sheets = child(root(doc), 'sheets');
    if (!sheets) throw new Error('no <sheets>');
    const ids = children(sheets, 'sheet').map((s) => Number(s.getAttribute('sheetId')));
    sheets.insertBefore(doc.createComment(` <sheet name="${score.name}" sheetId="1" r:id="${rId}"/> `), sheets.firstChild);
    const el = addElement(sheets, 'sheet', { name: NOTES_SHEET, sheetId: String(Math.max(...ids) + 1) });
    el.setAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'r:id', rId);
  });
  return writeParts(parts);
}

/** A processing instruction whose data is "</sheetData>" between two rows of the score sheet. */
export function withProcessingInstructionInSheetData(bytes: Uint8Array): Buffer {
  const parts = readParts(bytes);
  const sheet = sheetsOf(parts)[0];
  if (!sheet) throw new Error('no sheet');
  edit(parts, sheet.part, (doc) => {
    const rows = descendants(root(doc), 'row');
    const at = rows[Math.floor(rows.length / 2)];
    at?.parentNode?.insertBefore(doc.createProcessingInstruction('cchc-ghi-chu', '</sheetData><sheetData>'), at);
  });
  return writeParts(parts);
}

/** One more cell, A<row>, holding 1, at the end of the score sheet's data. */
export function withCellAtRow(bytes: Uint8Array, row: number): Buffer {
  const parts = readParts(bytes);
  const sheet = sheetsOf(parts)[0];
  if (!sheet) throw new Error('no sheet');
  edit(parts, sheet.part, (doc) => {
    const data = descendants(root(doc), 'sheetData')[0];
    if (!data) throw new Error('no sheetData');
    const r = addElement(data, 'row', { r: String(row) });
    const c = addElement(r, 'c', { r: `A${row}` });
    addElement(c, 'v').appendChild(doc.createTextNode('1'));
  });
  return writeParts(parts);
}

/**
 * Control characters written as ST_Xstring escapes (ECMA-376 Part 1 §22.9.2.19, `_x001B_` is ESC)
 * in shared strings the reports quote: D38's mistyped "0.25" followed by "clear screen", a window
 * title and a bell; and the criterion's name followed by a colour change.
 */
export const ESCAPED_TAIL = '_x001B_[2J_x001B_]0;Đã chấm xong_x0007__x001B_[8m';

export function withControlCharacters(bytes: Uint8Array): Buffer {
  const parts = readParts(bytes);
  const rel = relationships(parts, workbookPart(parts)).find((r) => r.type.endsWith('/sharedStrings'));
  if (!rel) throw new Error('no shared strings');
  edit(parts, rel.target, (doc) => {
    for (const t of descendants(root(doc), 't')) {
      const text = t.textContent ?? '';
      if (text === '0.25') t.textContent = `0.25${ESCAPED_TAIL}`;
    }
  });
  return writeParts(parts);
}

const GB = 1_000_000_000;

/** The package's parts as raw entries (deflated), in the zip's order. */
function entriesOf(parts: Parts): RawEntry[] {
  return [...parts].map(([name, data]) => ({ name, data: deflated(data) }));
}

function replaced(entries: RawEntry[], name: string, entry: RawEntry): RawEntry[] {
  return entries.map((e) => (e.name === name ? entry : e));
}

/** The zip bombs of issue 19, each small on disk, each a readable workbook but for its bomb. */
export function zipBombs(bytes: Uint8Array): Record<string, Buffer> {
  const parts = readParts(bytes);
  const sheet = sheetsOf(parts)[0]?.part ?? '';
  const sheetXml = parts.get(sheet) ?? Buffer.alloc(0);
  const sstName = relationships(parts, workbookPart(parts)).find((r) => r.type.endsWith('/sharedStrings'))?.target ?? '';
  const sst = (parts.get(sstName) ?? Buffer.alloc(0)).toString('utf8');
  const base = entriesOf(parts);
  // The sheet followed by a gigabyte of spaces after its root element (allowed trailing white space).
  const hugeSheet: Deflated = deflateRepeated(sheetXml, 0x20, GB, Buffer.alloc(0));
  const closing = sst.lastIndexOf('</sst>');
  return {
    'a 194 MB shared string': rawZip(replaced(base, sstName, {
      name: sstName,
      data: deflateRepeated(Buffer.from(`${sst.slice(0, closing)}<si><t>`), 0x61, 194_000_000, Buffer.from('</t></si></sst>')),
    })),
    'an entry named /xl/worksheets/sheet2.xml': rawZip([...base, {
      name: '/xl/worksheets/sheet2.xml',
      data: deflateRepeated(Buffer.from(`<worksheet xmlns="${SML}"><sheetData>`), 0x20, GB, Buffer.from('</sheetData></worksheet>')),
    }]),
    'a central directory lying about sizes': rawZip(replaced(base, sheet, { name: sheet, data: hugeSheet, declaredSize: sheetXml.length })),
    'a duplicated entry name': rawZip([...base, { name: sheet, data: hugeSheet }]),
    'zip64 sizes': rawZip(replaced(base, sheet, { name: sheet, data: hugeSheet, zip64: true })),
    '1 GB in customXml': rawZip([...base, {
      name: 'customXml/item1.xml',
      data: deflateRepeated(Buffer.from('<root>'), 0x20, GB, Buffer.from('</root>')),
    }]),
  };
}
