/** SpreadsheetML's main namespace, transitional and strict (ECMA-376 Part 1, §A.2; Part 4 for transitional). */
export const SML = new Set(['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main']);
/** Relationship ids in part XML (r:id), transitional and strict. */
export const OFFICE_RELATIONSHIPS = new Set(['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships']);
/** A package's relationship parts (ECMA-376 Part 2, §9.3). */
export const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
/** [Content_Types].xml (ECMA-376 Part 2, §10.1.2). */
export const CONTENT_TYPES = 'http://schemas.openxmlformats.org/package/2006/content-types';
