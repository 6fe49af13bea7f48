import { type Parts, readParts, writeParts } from './package-parts';
import { parseAddress, columnLetters } from './relative-formula';
import { gridOf, type GridCell, sheetsOf } from './sheet-grid';
import { addElement, child, children, descendants, parseXml, removeNode, root, serializeXml } from './xml-dom';

/**
 * Stores in each formula cell the result a spreadsheet computed (`<v>` after `<f>`, t="str", "b" or
 * "e" for a text, logical or error result, ECMA-376 Part 1 §18.3.1.4), as Excel and Google Sheets
 * do on save. The results come from the same workbook recalculated by LibreOffice, matched by sheet
 * name and address: our own files carry no results, the files that come back always do.
 */
export function cacheFormulaResults(parts: Parts, recalculated: Parts): void {
  const computed = new Map<string, Map<string, GridCell>>();
  for (const sheet of sheetsOf(recalculated)) computed.set(sheet.name, gridOf(recalculated, sheet.part));
  for (const sheet of sheetsOf(parts)) {
    const results = computed.get(sheet.name);
    if (!results) throw new Error(`LibreOffice's copy has no sheet "${sheet.name}"`);
    const doc = parseXml(parts.get(sheet.part) ?? Buffer.alloc(0), sheet.part);
    for (const row of descendants(root(doc), 'row')) {
      const rowNumber = Number(row.getAttribute('r'));
      let col = 0;
      for (const c of children(row, 'c')) {
        const r = c.getAttribute('r');
        col = r ? parseAddress(r).col : col + 1;
        if (!child(c, 'f')) continue;
        const address = `${columnLetters(col)}${rowNumber}`;
        const result = results.get(address);
        if (result?.formula === undefined) throw new Error(`LibreOffice's ${sheet.name}!${address} is not a formula`);
        for (const old of [...children(c, 'v'), ...children(c, 'is')]) removeNode(old);
        c.removeAttribute('t');
        if (result.value === undefined) continue;
        const type = result.type === 's' || result.type === 'inlineStr' ? 'str' : result.type;
        if (type !== 'n') c.setAttribute('t', type);
        const v = addElement(c, 'v', {}, child(c, 'f')?.nextSibling ?? null);
        v.appendChild(doc.createTextNode(result.value));
      }
    }
    parts.set(sheet.part, serializeXml(doc));
  }
}

/** The workbook with every formula's result cached, as a spreadsheet saves it after the user typed. */
export function withCachedResults(original: Uint8Array, recalculated: Uint8Array): Buffer {
  const parts = readParts(original);
  cacheFormulaResults(parts, readParts(recalculated));
  return writeParts(parts);
}
