/**
 * Why a .docx cannot be read, as data: the part (and table row) it concerns and the words in both
 * languages. The host adds the file's name in front; no library's English ever reaches the user.
 */
export type DocxErrorCode =
  | 'not_zip'
  | 'part_missing'
  | 'part_too_large'
  | 'xml_invalid'
  | 'xml_doctype'
  | 'xml_too_deep'
  | 'table_too_wide'
  | 'too_many_rows'
  | 'text_too_long'
  | 'too_many_blocks';

export interface DocxErrorDetail {
  readonly code: DocxErrorCode;
  /** The zip entry, e.g. "word/document.xml". */
  readonly part?: string | undefined;
  /** 1-based, in reading order of the part's top-level tables. */
  readonly table?: number | undefined;
  /** 1-based row of that table. */
  readonly row?: number | undefined;
  /** Where in the XML (1-based line), for a part that is not well-formed. */
  readonly line?: number | undefined;
  readonly limit?: number | undefined;
  readonly found?: number | undefined;
}

export class DocxError extends Error {
  readonly detail: DocxErrorDetail;
  readonly vi: string;
  readonly en: string;

  constructor(detail: DocxErrorDetail) {
    const words = docxErrorWords(detail);
    super(words.en);
    this.name = 'DocxError';
    this.detail = detail;
    this.vi = words.vi;
    this.en = words.en;
  }
}

function docxErrorWords(d: DocxErrorDetail): { vi: string; en: string } {
  const part = d.part ?? 'word/document.xml';
  const at = d.table !== undefined && d.row !== undefined
    ? { vi: `bảng thứ ${d.table}, dòng ${d.row} (phần ${part})`, en: `table ${d.table}, row ${d.row} (part ${part})` }
    : { vi: `phần ${part}`, en: `part ${part}` };
  const n = (x: number | undefined): string => (x === undefined ? '?' : String(x));
  switch (d.code) {
    case 'not_zip':
      return { vi: 'tệp không phải là tệp Word .docx (không mở được như một tệp nén)', en: 'the file is not a Word .docx (it does not open as a zip)' };
    case 'part_missing':
      return { vi: `thiếu ${at.vi}`, en: `${at.en} is missing` };
    case 'part_too_large':
      return { vi: `${at.vi} quá lớn (giới hạn ${n(d.limit)} byte khi giải nén)`, en: `${at.en} is too large (limit ${n(d.limit)} bytes unpacked)` };
    case 'xml_invalid':
      return { vi: `${at.vi} bị hỏng: nội dung XML không hợp lệ${d.line === undefined ? '' : ` ở dòng ${d.line}`}`, en: `${at.en} is damaged: its XML is not well-formed${d.line === undefined ? '' : ` at line ${d.line}`}` };
    case 'xml_doctype':
      return { vi: `${at.vi} có khai báo DOCTYPE, điều mà tệp Word không bao giờ có; tệp bị từ chối để an toàn`, en: `${at.en} carries a DOCTYPE, which Word files never do; the file is refused for safety` };
    case 'xml_too_deep':
      return { vi: `${at.vi} lồng nhau quá ${n(d.limit)} cấp`, en: `${at.en} nests deeper than ${n(d.limit)} levels` };
    case 'table_too_wide':
      return { vi: `${at.vi} trải ra ${n(d.found)} cột; Word chỉ cho tối đa ${n(d.limit)} cột`, en: `${at.en} spans ${n(d.found)} columns; Word allows at most ${n(d.limit)}` };
    case 'too_many_rows':
      return { vi: `bảng thứ ${n(d.table)} (${part}) có quá ${n(d.limit)} dòng`, en: `table ${n(d.table)} (${part}) has more than ${n(d.limit)} rows` };
    case 'text_too_long':
      return { vi: `${at.vi} có một đoạn văn dài quá ${n(d.limit)} ký tự`, en: `${at.en} holds a paragraph longer than ${n(d.limit)} characters` };
    case 'too_many_blocks':
      return { vi: `${at.vi} có quá ${n(d.limit)} đoạn văn và bảng`, en: `${at.en} holds more than ${n(d.limit)} paragraphs and tables` };
  }
}
