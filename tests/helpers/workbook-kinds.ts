import { addDefault, addRelationship, readParts, setOverride, workbookPart, writeParts } from './package-parts';

/**
 * The other kinds of SpreadsheetML package (ECMA-376 Part 1 §12.2 and MS-OFFCRYPTO/MS-OVBA for the
 * macro part): what tells them apart is the workbook part's content type, and for a macro
 * workbook its xl/vbaProject.bin.
 */
export const WORKBOOK_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
export const MACRO_WORKBOOK_TYPE = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';
export const TEMPLATE_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml';
export const VBA_PROJECT_TYPE = 'application/vnd.ms-office.vbaProject';

/**
 * Some bytes for xl/vbaProject.bin: the compound-file signature (MS-CFB 2.2) and a marker, which is
 * all a reader that keeps the part untouched may rely on. LibreOffice opens the workbook and
 * ignores a macro project it cannot read.
 */
export const VBA_PROJECT = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.from('cchc-test-vba-project'.padEnd(504, '\0'))]);

/** The workbook as Excel saves it with macros (.xlsm). */
export function asMacroWorkbook(xlsx: Uint8Array): Buffer {
  const parts = readParts(xlsx);
  const wb = workbookPart(parts);
  setOverride(parts, wb, MACRO_WORKBOOK_TYPE);
  parts.set('xl/vbaProject.bin', VBA_PROJECT);
  addDefault(parts, 'bin', VBA_PROJECT_TYPE);
  addRelationship(parts, wb, 'http://schemas.microsoft.com/office/2006/relationships/vbaProject', 'xl/vbaProject.bin');
  return writeParts(parts);
}

/** The workbook as a template (.xltx): the same parts, the template content type. */
export function asTemplate(xlsx: Uint8Array): Buffer {
  const parts = readParts(xlsx);
  setOverride(parts, workbookPart(parts), TEMPLATE_TYPE);
  return writeParts(parts);
}
