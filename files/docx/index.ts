export { readDocx, type DocxBlock, type DocxNote, MAX_TABLE_COLUMNS } from './read-docx';
export { DocxError, type DocxErrorCode, type DocxErrorDetail } from './docx-error';
export { openDocx, type DocxParts } from './open-docx';
