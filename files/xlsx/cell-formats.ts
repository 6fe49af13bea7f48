import { SML } from '../xml/namespaces';
import { attribute } from '../xml/scan-xml';
import { childNamed, childrenNamed } from '../xml/xml-tree';
import { isDateFormat } from './number-formats';
import type { WorkbookPackage } from './workbook-package';

/** For each cell format index (a cell's s="…"), whether it shows numbers as dates. A workbook without a styles part has none. */
export function readDateFormats(pkg: WorkbookPackage): (index: number) => boolean {
  const part = pkg.workbookPartOfType('styles');
  const root = part ? pkg.tree(part) : undefined;
  if (!root) return () => false;
  const codes = new Map<number, string>();
  const numFmts = childNamed(root, SML, 'numFmts');
  for (const f of numFmts ? childrenNamed(numFmts, SML, 'numFmt') : []) {
    const id = Number(attribute(f, 'numFmtId'));
    const code = attribute(f, 'formatCode');
    if (Number.isInteger(id) && code !== undefined) codes.set(id, code);
  }
  const cellXfs = childNamed(root, SML, 'cellXfs');
  const dates = (cellXfs ? childrenNamed(cellXfs, SML, 'xf') : []).map((xf) => {
    const id = Number(attribute(xf, 'numFmtId') ?? 0);
    return isDateFormat(id, codes.get(id));
  });
  return (index) => dates[index] === true;
}
