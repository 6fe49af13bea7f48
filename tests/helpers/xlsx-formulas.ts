import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { SaxesParser } from 'saxes';

/**
 * The formula of every cell of every worksheet part of an .xlsx, read from the package itself (not
 * through a workbook library, which may rewrite what it reads): part name → cell → the <f> element's
 * text. A cell whose <f> has no text (a shared formula's follower, ECMA-376 Part 1 §18.3.1.40) maps
 * to "shared <si>". The XML is parsed with saxes, namespace-aware, so a prefixed `x:c` counts too.
 */
export function formulasOfXlsx(path: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const [name, cells] of formulaCellsOfXlsx(path)) out.set(name, new Map([...cells].map(([cell, f]) => [cell, f.formula])));
  return out;
}

/** A formula cell as the file stores it: its formula and the result cached beside it (<v>, typed by the cell's t). */
export interface StoredFormula {
  readonly formula: string;
  readonly result: number | string | boolean;
}

/**
 * formulasOfXlsx with each formula's cached result: a number, the text of a t="str" or t="e" cell,
 * a boolean for t="b"; "" when the file stores an empty result.
 */
export function formulaCellsOfXlsx(path: string): Map<string, Map<string, StoredFormula>> {
  const files = unzipSync(new Uint8Array(readFileSync(path)), { filter: (f) => /^xl\/worksheets\/[^/]+\.xml$/.test(f.name) });
  const out = new Map<string, Map<string, StoredFormula>>();
  for (const [name, data] of Object.entries(files)) out.set(name, formulasOfSheetXml(strFromU8(data)));
  return out;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

function formulasOfSheetXml(xml: string): Map<string, StoredFormula> {
  const formulas = new Map<string, StoredFormula>();
  const parser = new SaxesParser({ xmlns: true });
  let cell: { r: string; t: string; formula?: string; value?: string } | undefined;
  let text: string | undefined;
  let shared: string | undefined;
  parser.on('opentag', (tag) => {
    if (tag.uri !== MAIN) return;
    if (tag.local === 'c') cell = { r: tag.attributes.r?.value ?? '', t: tag.attributes.t?.value ?? 'n' };
    else if ((tag.local === 'f' || tag.local === 'v') && cell) {
      text = '';
      shared = tag.attributes.t?.value === 'shared' ? tag.attributes.si?.value : undefined;
    }
  });
  parser.on('text', (t) => { if (text !== undefined) text += t; });
  parser.on('cdata', (t) => { if (text !== undefined) text += t; });
  parser.on('closetag', (tag) => {
    if (tag.uri !== MAIN || !cell) return;
    if (tag.local === 'f') cell.formula = text ? text : `shared ${shared ?? ''}`;
    else if (tag.local === 'v') cell.value = text ?? '';
    else if (tag.local === 'c' && cell.formula !== undefined) {
      const v = cell.value ?? '';
      const result = v === '' ? '' : cell.t === 'n' ? Number(v) : cell.t === 'b' ? v === '1' : v;
      formulas.set(cell.r, { formula: cell.formula, result });
    }
    if (tag.local === 'c') cell = undefined;
    text = undefined;
  });
  parser.write(xml).close();
  return formulas;
}
