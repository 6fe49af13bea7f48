import { strFromU8 } from 'fflate';
import { FileProblem } from '../file-problem';

/** What a file is, told by its bytes rather than its name (users rename .ods and .csv files to .xlsx). */
export type FileKind = 'xlsx' | 'empty' | 'xls' | 'encrypted' | 'ods' | 'xlsb' | 'docx' | 'pptx' | 'odf' | 'zip' | 'csv' | 'html' | 'xml' | 'pdf' | 'unknown';
export interface FileFormat {
  readonly kind: FileKind;
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

function includes(haystack: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0];
  outer: for (let i = haystack.indexOf(first ?? 0); i >= 0 && i <= haystack.length - needle.length; i = haystack.indexOf(first ?? 0, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export function sniffFormat(bytes: Uint8Array): FileFormat {
  if (bytes.length === 0) return { kind: 'empty' };
  if (OLE.every((b, i) => bytes[i] === b)) {
    // A password-protected .xlsx is an OLE file holding an "EncryptedPackage" stream; an old .xls holds "Workbook".
    const name = [...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]);
    return { kind: includes(bytes, name) ? 'encrypted' : 'xls' };
  }
  if (bytes.length >= 4 && u32(bytes, 0) === 0x04034b50) return zipFormat(bytes);
  return textFormat(bytes.subarray(0, 4096));
}

/** Reads the zip's central directory (names only, nothing inflated) to tell .xlsx from .xlsb, .ods, .docx. */
function zipFormat(bytes: Uint8Array): FileFormat {
  // OpenDocument stores "mimetype" first and uncompressed, so its type is readable at a fixed offset.
  if (strFromU8(bytes.subarray(30, 38), true) === 'mimetype') {
    const mime = strFromU8(bytes.subarray(38, 38 + 60), true);
    if (mime.startsWith('application/vnd.oasis.opendocument.spreadsheet')) return { kind: 'ods' };
    if (mime.startsWith('application/vnd.oasis.opendocument')) return { kind: 'odf' };
  }
  const names = new Set<string>();
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 65_557); at--) {
    if (u32(bytes, at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  let complete = false;
  if (end >= 0) {
    const entries = u16(bytes, end + 10);
    const dirSize = u32(bytes, end + 12);
    const dirOffset = u32(bytes, end + 16);
    if (dirOffset !== 0xffffffff && dirOffset + dirSize <= bytes.length) {
      let p = dirOffset;
      for (let i = 0; i < entries && p + 46 <= dirOffset + dirSize && u32(bytes, p) === 0x02014b50; i++) {
        const nameLength = u16(bytes, p + 28);
        names.add(strFromU8(bytes.subarray(p + 46, p + 46 + nameLength)).toLowerCase());
        p += 46 + nameLength + u16(bytes, p + 30) + u16(bytes, p + 32);
      }
      complete = names.size === entries;
    }
  }
  if (names.has('xl/workbook.bin')) return { kind: 'xlsb' };
  if (names.has('word/document.xml')) return { kind: 'docx' };
  if (names.has('ppt/presentation.xml')) return { kind: 'pptx' };
  if (names.has('content.xml') && names.has('meta-inf/manifest.xml')) return { kind: 'odf' };
  // A package (it has [Content_Types].xml) is read through its relationships whatever its workbook part is called;
  // an unreadable directory (zip64, damage) too, so the package reader names what is wrong.
  if (names.has('[content_types].xml') || names.has('xl/workbook.xml') || !complete) return { kind: 'xlsx' };
  return { kind: 'zip' };
}

function textFormat(head: Uint8Array): FileFormat {
  const text = strFromU8(head).replace(/^\ufeff/, '');
  const start = text.trimStart().slice(0, 512).toLowerCase();
  if (start.startsWith('%pdf')) return { kind: 'pdf' };
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || start.startsWith('<table')) return { kind: 'html' };
  if (start.startsWith('<?xml')) return { kind: 'xml' };
  // Text with no control characters other than line breaks and tabs, and a separator: a .csv saved from Excel or a web system.
  const binary = [...text.slice(0, 2048)].some((ch) => { const c = ch.charCodeAt(0); return (c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd; });
  if (!binary && /[,;\t]/.test(text)) return { kind: 'csv' };
  return { kind: 'unknown' };
}

/** What to say for each format that is not an .xlsx: its name, then what to do. */
const NOT_XLSX: Readonly<Record<Exclude<FileKind, 'xlsx'>, readonly [string, string]>> = {
  empty: ['là tệp rỗng (0 byte)', 'is empty (0 bytes)'],
  xls: ['là tệp Excel 97-2003 (.xls) cũ', 'is an old Excel 97-2003 (.xls) file'],
  encrypted: ['được bảo vệ bằng mật khẩu', 'is password-protected'],
  ods: ['là bảng tính OpenDocument (.ods) của LibreOffice', 'is an OpenDocument spreadsheet (.ods)'],
  odf: ['là tài liệu OpenDocument (.odt, .odp), không phải bảng tính', 'is an OpenDocument text or presentation, not a spreadsheet'],
  xlsb: ['là bảng tính nhị phân Excel (.xlsb)', 'is an Excel binary workbook (.xlsb)'],
  docx: ['là văn bản Word (.docx), không phải bảng tính', 'is a Word document (.docx), not a spreadsheet'],
  pptx: ['là bản trình chiếu PowerPoint (.pptx), không phải bảng tính', 'is a PowerPoint presentation (.pptx), not a spreadsheet'],
  zip: ['là tệp nén .zip, không phải tệp .xlsx', 'is a .zip archive, not an .xlsx file'],
  csv: ['là tệp văn bản (.csv), không phải tệp .xlsx', 'is a text (.csv) file, not an .xlsx file'],
  html: ['là trang HTML (thường do phần mềm xuất ra với đuôi .xls), không phải tệp .xlsx', 'is an HTML page (often exported with an .xls name), not an .xlsx file'],
  xml: ['là tệp XML (có thể là "Bảng tính XML 2003"), không phải tệp .xlsx', 'is an XML file (perhaps "XML Spreadsheet 2003"), not an .xlsx file'],
  pdf: ['là tệp PDF, không phải bảng tính', 'is a PDF file, not a spreadsheet'],
  unknown: ['không phải là tệp Excel .xlsx (có thể bị hỏng)', 'is not an Excel .xlsx file (it may be corrupt)'],
};

const CHOOSE_ANOTHER = new Set<FileKind>(['empty', 'unknown', 'pdf', 'docx', 'pptx', 'odf', 'zip']);

/** The message for a file that is not a spreadsheet we read, saying what it is and what to do. */
export function notSpreadsheet(file: string, kind: Exclude<FileKind, 'xlsx'>): FileProblem {
  const [vi, en] = NOT_XLSX[kind];
  const todoVi = kind === 'encrypted'
    ? 'Hãy mở bằng Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu), lưu lại rồi chạy lại.'
    : CHOOSE_ANOTHER.has(kind)
      ? 'Hãy chọn đúng tệp bảng tính .xlsx rồi chạy lại.'
      : 'Hãy mở tệp bằng Excel hoặc LibreOffice Calc và Lưu lại dưới dạng .xlsx (Sổ làm việc Excel), rồi chạy lại với tệp .xlsx đó.';
  const todoEn = kind === 'encrypted'
    ? 'Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password), save, and run again.'
    : CHOOSE_ANOTHER.has(kind)
      ? 'Choose the .xlsx spreadsheet and run again.'
      : 'Open it in Excel or LibreOffice Calc, save it as .xlsx (Excel Workbook), and run again with that file.';
  return new FileProblem(`Tệp "${file}" ${vi}. ${todoVi}`, `"${file}" ${en}. ${todoEn}`);
}
