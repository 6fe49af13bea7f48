import { elements, prefixOf, withAttribute } from './xml-text';

/**
 * A worksheet part with the cached result of every formula cell removed (its `<v>` and the type
 * of that result). Excel recalculates on opening because the workbook asks it to (fullCalcOnLoad),
 * but LibreOffice keeps a cached result when it trusts the file's origin; a formula without one
 * it computes. So a formula reading a cell we changed never shows its old result.
 */
export function dropCachedResults(xml: string): string {
  const p = prefixOf(xml, 'worksheet');
  const sheetData = elements(xml, `${p}sheetData`).next().value;
  if (!sheetData || sheetData.empty || !sheetData.inner.includes(`<${p}f`)) return xml;
  const from = sheetData.start + sheetData.open.length;
  let out = xml.slice(0, from);
  let cursor = from;
  for (const cell of elements(xml, `${p}c`, from, from + sheetData.inner.length)) {
    if (cell.empty || !/<([\w.-]+:)?f[\s/>]/.test(cell.inner)) continue;
    const inner = cell.inner.replace(new RegExp(`<${p}v>[^<]*</${p}v>|<${p}v/>`), '');
    if (inner === cell.inner && !/\st=/.test(cell.open)) continue;
    out += xml.slice(cursor, cell.start) + withAttribute(cell.open, 't', undefined) + inner + `</${p}c>`;
    cursor = cell.end;
  }
  return out + xml.slice(cursor);
}
