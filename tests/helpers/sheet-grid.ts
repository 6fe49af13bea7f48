import { type Parts, readParts, relationships, workbookPart } from './package-parts';
import { parseAddress, shiftFormula, columnLetters } from './relative-formula';
import { child, children, descendants, parseXml, REL, root, textOf } from './xml-dom';

/**
 * The tests' own reading of a workbook, independent of the code under test: sheets found through
 * the package relationships, cells parsed from sheet XML with a real parser. Shared formulas are
 * expanded, so a cell counts as a formula whether Excel stored its text or only `si`.
 */

export interface SheetEntry {
  readonly name: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  readonly part: string;
}

export function sheetsOf(parts: Parts): SheetEntry[] {
  const wb = workbookPart(parts);
  const rels = relationships(parts, wb);
  const doc = parseXml(parts.get(wb) ?? Buffer.alloc(0), wb);
  const sheets = child(root(doc), 'sheets');
  return children(sheets ?? root(doc), 'sheet').map((s) => {
    const id = s.getAttributeNS(REL, 'id') ?? '';
    const rel = rels.find((r) => r.id === id);
    if (!rel) throw new Error(`sheet ${s.getAttribute('name')}: no relationship ${id}`);
    const state = (s.getAttribute('state') || 'visible') as SheetEntry['state'];
    return { name: s.getAttribute('name') ?? '', state, part: rel.target };
  });
}

export interface GridCell {
  /** The formula text without '=', shared formulas expanded; undefined for a value. */
  readonly formula?: string;
  /** The value or cached result, strings resolved from the shared string table or inline. */
  readonly value?: string;
  /** The cell type attribute (n when absent). */
  readonly type: string;
}

export function sharedStrings(parts: Parts): string[] {
  const wb = workbookPart(parts);
  const rel = relationships(parts, wb).find((r) => r.type.endsWith('/sharedStrings'));
  const bytes = rel && parts.get(rel.target);
  if (!bytes) return [];
  // Phonetic runs (rPh) are not part of the string (§18.4.6).
  return children(root(parseXml(bytes, rel.target)), 'si').map((si) =>
    children(si).filter((c) => c.localName !== 'rPh').map((c) => textOf(c)).join(''));
}

/** Every cell of a sheet part that has a value or a formula, by address. */
export function gridOf(parts: Parts, sheetPart: string): Map<string, GridCell> {
  const strings = sharedStrings(parts);
  const doc = parseXml(parts.get(sheetPart) ?? Buffer.alloc(0), sheetPart);
  const grid = new Map<string, GridCell>();
  const masters = new Map<string, { formula: string; at: { row: number; col: number } }>();
  let rowNumber = 0;
  for (const row of descendants(root(doc), 'row')) {
    rowNumber = Number(row.getAttribute('r') || rowNumber + 1);
    let col = 0;
    for (const c of children(row, 'c')) {
      const r = c.getAttribute('r');
      col = r ? parseAddress(r).col : col + 1;
      const address = `${columnLetters(col)}${rowNumber}`;
      const type = c.getAttribute('t') || 'n';
      const f = child(c, 'f');
      let formula: string | undefined;
      if (f) {
        const text = textOf(f);
        const si = f.getAttribute('si');
        if (f.getAttribute('t') === 'shared' && si !== null) {
          if (text !== '') {
            masters.set(si, { formula: text, at: { row: rowNumber, col } });
            formula = text;
          } else {
            const master = masters.get(si);
            if (!master) throw new Error(`${sheetPart} ${address}: shared formula ${si} before its first cell`);
            formula = shiftFormula(master.formula, master.at, { row: rowNumber, col });
          }
        } else formula = text;
      }
      const v = child(c, 'v');
      const is = child(c, 'is');
      let value: string | undefined;
      if (type === 'inlineStr' && is) value = textOf(is);
      else if (v) value = type === 's' ? strings[Number(textOf(v))] : textOf(v);
      if (formula !== undefined || value !== undefined) grid.set(address, { ...(formula !== undefined ? { formula } : {}), ...(value !== undefined ? { value } : {}), type });
    }
  }
  return grid;
}

/** Formulas of every sheet, keyed "sheet name!address". */
export function formulasOf(bytes: Uint8Array): Map<string, string> {
  const parts = readParts(bytes);
  const out = new Map<string, string>();
  for (const sheet of sheetsOf(parts)) {
    for (const [address, cell] of gridOf(parts, sheet.part)) {
      if (cell.formula !== undefined) out.set(`${sheet.name}!${address}`, cell.formula);
    }
  }
  return out;
}
