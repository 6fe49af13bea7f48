import { strToU8, zipSync } from 'fflate';

/**
 * Workbook packages made part by part, as other writers lay them out (for the reader's tests):
 * the smallest valid [Content_Types].xml, package and workbook relationships, one part per sheet.
 */
export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = (id: string, type: string, target: string): string => `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"/>`;
const RELS = (inner: string): string => `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${inner}</Relationships>`;

export interface Parts {
  workbook?: string;
  sheets: readonly { name: string; xml: string; state?: string }[];
  strings?: string;
  styles?: string;
  workbookPath?: string;
  activeTab?: number;
  extra?: Record<string, Uint8Array>;
}

/** A package made part by part, as other writers lay it out. */
export function packageOf(p: Parts): Uint8Array {
  const path = p.workbookPath ?? 'xl/workbook.xml';
  const folder = path.slice(0, path.lastIndexOf('/'));
  const name = path.slice(folder.length + 1);
  const sheets = p.sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"${s.state ? ` state="${s.state}"` : ''}/>`).join('');
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(RELS(REL('rId1', 'officeDocument', path))),
    [path]: strToU8(p.workbook ?? `<workbook xmlns="${MAIN}" xmlns:r="${R}">${p.activeTab !== undefined ? `<bookViews><workbookView activeTab="${p.activeTab}"/></bookViews>` : ''}<sheets>${sheets}</sheets></workbook>`),
    [`${folder}/_rels/${name}.rels`]: strToU8(RELS(p.sheets.map((_, i) => REL(`rId${i + 1}`, 'worksheet', `worksheets/sheet${i + 1}.xml`)).join('')
      + (p.strings ? REL('rS', 'sharedStrings', 'sharedStrings.xml') : '') + (p.styles ? REL('rT', 'styles', 'styles.xml') : ''))),
    ...Object.fromEntries(p.sheets.map((s, i) => [`${folder}/worksheets/sheet${i + 1}.xml`, strToU8(s.xml)])),
    ...(p.strings ? { [`${folder}/sharedStrings.xml`]: strToU8(p.strings) } : {}),
    ...(p.styles ? { [`${folder}/styles.xml`]: strToU8(p.styles) } : {}),
    ...p.extra,
  };
  return zipSync(files);
}


/** A worksheet part holding these rows (and what follows sheetData). */
export const sheetXml = (rows: string, extra = ''): string => `<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData>${extra}</worksheet>`;
