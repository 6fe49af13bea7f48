import { SML } from '../xml/namespaces';
import { decodeCellText } from '../xml/xml-text';
import { streamPart } from './stream-part';
import type { WorkbookPackage } from './workbook-package';

/**
 * The workbook's shared strings (ECMA-376 Part 1, §18.4.9 "sst"): each string item's text, its
 * rich-text runs joined, phonetic guides (rPh) left out, as Excel shows the cell.
 */
export interface SharedStrings {
  readonly strings: readonly string[];
  /** Indexes of the strings written as rich text (runs of their own font), which cleaning rewrites as plain text. */
  readonly rich: ReadonlySet<number>;
}

export function readSharedStrings(pkg: WorkbookPackage): SharedStrings {
  const part = pkg.workbookPartOfType('sharedStrings');
  const strings: string[] = [];
  const rich = new Set<number>();
  if (!part) return { strings, rich };
  let inItem = false;
  let phonetic = 0;
  let inT = false;
  let current = '';
  streamPart(pkg, part, {
    open(e) {
      if (!SML.has(e.uri)) return;
      if (e.local === 'si') {
        inItem = true;
        current = '';
      } else if (e.local === 'rPh') {
        phonetic++;
      } else if (e.local === 'r' && inItem && phonetic === 0) {
        rich.add(strings.length);
      } else if (e.local === 't' && inItem && phonetic === 0) {
        inT = true;
      }
    },
    close({ open: e }) {
      if (!SML.has(e.uri)) return;
      if (e.local === 'si') {
        strings.push(decodeCellText(current));
        inItem = false;
      } else if (e.local === 'rPh') {
        phonetic--;
      } else if (e.local === 't') {
        inT = false;
      }
    },
    text(t) {
      if (inT) current += t;
    },
  });
  return { strings, rich };
}
