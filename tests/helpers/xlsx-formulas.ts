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
  const files = unzipSync(new Uint8Array(readFileSync(path)), { filter: (f) => /^xl\/worksheets\/[^/]+\.xml$/.test(f.name) });
  const out = new Map<string, Map<string, string>>();
  for (const [name, data] of Object.entries(files)) out.set(name, formulasOfSheetXml(strFromU8(data)));
  return out;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

function formulasOfSheetXml(xml: string): Map<string, string> {
  const formulas = new Map<string, string>();
  const parser = new SaxesParser({ xmlns: true });
  let cell: string | undefined;
  let formula: { text: string; shared: string | undefined } | undefined;
  parser.on('opentag', (tag) => {
    if (tag.uri !== MAIN) return;
    if (tag.local === 'c') cell = tag.attributes.r?.value;
    else if (tag.local === 'f' && cell) formula = { text: '', shared: tag.attributes.t?.value === 'shared' ? tag.attributes.si?.value : undefined };
  });
  parser.on('text', (t) => { if (formula) formula.text += t; });
  parser.on('cdata', (t) => { if (formula) formula.text += t; });
  parser.on('closetag', (tag) => {
    if (tag.uri !== MAIN) return;
    if (tag.local === 'f' && cell && formula) {
      formulas.set(cell, formula.text !== '' ? formula.text : `shared ${formula.shared ?? ''}`);
      formula = undefined;
    } else if (tag.local === 'c') cell = undefined;
  });
  parser.write(xml).close();
  return formulas;
}
