import { SML } from '../xml/namespaces';
import { scanXml, type XmlOpen, type XmlSource } from '../xml/scan-xml';
import { withAttribute } from '../xml/xml-text';
import { applySplices } from './sheet-cells';

/**
 * A worksheet part with the cached result of every formula cell removed (its `<v>` and the type
 * of that result). Excel recalculates on opening because the workbook asks it to (fullCalcOnLoad),
 * but LibreOffice keeps a cached result when it trusts the file's origin; a formula without one
 * it computes. So a formula reading a cell we changed never shows its old result.
 */
export function dropCachedResults(xml: string, source: XmlSource = { file: '', part: 'sheet' }): string {
  const splices: { start: number; end: number; text: string }[] = [];
  let cell: XmlOpen | undefined;
  let hasFormula = false;
  let value: { start: number; end: number } | undefined;
  scanXml(xml, {
    open(e) {
      if (!SML.has(e.uri)) return;
      if (e.local === 'c') {
        cell = e;
        hasFormula = false;
        value = undefined;
      } else if (cell && e.local === 'f') {
        hasFormula = true;
      }
    },
    close({ open: e, end }) {
      if (!SML.has(e.uri) || !cell) return;
      if (e.local === 'v') value = { start: e.start, end };
      else if (e === cell) {
        if (hasFormula) {
          const tag = xml.slice(cell.start, cell.end);
          const withoutType = withAttribute(tag, 't', undefined);
          if (withoutType !== tag) splices.push({ start: cell.start, end: cell.end, text: withoutType });
          if (value) splices.push({ start: value.start, end: value.end, text: '' });
        }
        cell = undefined;
      }
    },
  }, source);
  return splices.length ? applySplices(xml, splices) : xml;
}

/** Whether any formula of a worksheet part names one of these sheets (case ignored, as Excel compares sheet names). */
export function formulasMention(xml: string, names: readonly string[], source: XmlSource): boolean {
  const wanted = names.map((n) => n.toLocaleLowerCase('vi'));
  let inFormula = false;
  let text = '';
  let found = false;
  scanXml(xml, {
    open(e) {
      if (SML.has(e.uri) && e.local === 'f') {
        inFormula = true;
        text = '';
      }
    },
    close({ open: e }) {
      if (!inFormula || e.local !== 'f') return;
      inFormula = false;
      const lower = text.toLocaleLowerCase('vi');
      if (wanted.some((n) => lower.includes(n))) found = true;
    },
    text(t) {
      if (inFormula) text += t;
    },
  }, source);
  return found;
}
