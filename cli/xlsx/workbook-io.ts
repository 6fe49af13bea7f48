import type ExcelJS from 'exceljs';
import { existsSync, statSync } from 'node:fs';
import { CliError } from '../cli-error';
import { sniffFormat, type FileFormat } from './file-format';
import { newWorkbook } from './new-workbook';
import { writeOutput } from './write-output';

/**
 * The most sheet XML (worksheets and shared strings, uncompressed, as the zip's directory states it)
 * cchc loads: about three million filled cells. exceljs holds every loaded cell as an object, so a
 * larger (or zip-bomb) file is refused before it is inflated rather than exhausting memory.
 */
export const MAX_SHEET_XML_BYTES = 200 * 1024 * 1024;

const FILES = new WeakMap<ExcelJS.Workbook, string>();

/** The path a workbook was loaded from, for messages that name the file. */
export function fileOf(wb: ExcelJS.Workbook): string | undefined {
  return FILES.get(wb);
}

/** What to say for each format that is not an .xlsx: its name, then what to do. */
const NOT_XLSX: Readonly<Record<Exclude<FileFormat['kind'], 'xlsx'>, readonly [string, string]>> = {
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

function notXlsx(path: string, kind: Exclude<FileFormat['kind'], 'xlsx'>): CliError {
  const [vi, en] = NOT_XLSX[kind];
  const todoVi = kind === 'encrypted'
    ? 'Hãy mở bằng Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu), lưu lại rồi chạy lại.'
    : kind === 'empty' || kind === 'unknown' || kind === 'pdf' || kind === 'docx' || kind === 'pptx' || kind === 'odf' || kind === 'zip'
      ? 'Hãy chọn đúng tệp bảng tính .xlsx rồi chạy lại.'
      : 'Hãy mở tệp bằng Excel hoặc LibreOffice Calc và Lưu lại dưới dạng .xlsx (Sổ làm việc Excel), rồi chạy lại với tệp .xlsx đó.';
  const todoEn = kind === 'encrypted'
    ? 'Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password), save, and run again.'
    : kind === 'empty' || kind === 'unknown' || kind === 'pdf' || kind === 'docx' || kind === 'pptx' || kind === 'odf' || kind === 'zip'
      ? 'Choose the .xlsx spreadsheet and run again.'
      : 'Open it in Excel or LibreOffice Calc, save it as .xlsx (Excel Workbook), and run again with that file.';
  return new CliError(`Tệp "${path}" ${vi}. ${todoVi}`, `"${path}" ${en}. ${todoEn}`);
}

/** Loads an .xlsx, turning every way it can fail into a Vietnamese message that names the file. Nothing is written. */
export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  if (!existsSync(path)) throw new CliError(`Không tìm thấy tệp "${path}".`, `File not found: "${path}".`);
  const stat = statSync(path);
  if (stat.isDirectory()) throw new CliError(`"${path}" là thư mục, không phải tệp .xlsx.`, `"${path}" is a folder, not an .xlsx file.`);
  if (!stat.isFile()) throw new CliError(`"${path}" không phải là tệp thường (thiết bị, ống dẫn…).`, `"${path}" is not a regular file (a device, a pipe…).`);
  let format: FileFormat;
  try {
    format = sniffFormat(path);
  } catch (e) {
    throw new CliError(`Không đọc được tệp "${path}" (${(e as NodeJS.ErrnoException).code ?? 'lỗi đọc'}).`, `Cannot read "${path}" (${(e as NodeJS.ErrnoException).code ?? 'read error'}).`);
  }
  if (format.kind !== 'xlsx') throw notXlsx(path, format.kind);
  if (format.sheetBytes !== undefined && format.sheetBytes > MAX_SHEET_XML_BYTES) {
    const mb = (n: number): string => String(Math.round(n / 1024 / 1024));
    throw new CliError(
      `Tệp "${path}" quá lớn: các trang tính chiếm ${mb(format.sheetBytes)} MB khi giải nén, vượt giới hạn ${mb(MAX_SHEET_XML_BYTES)} MB (khoảng ba triệu ô có dữ liệu) mà cchc đọc được. Hãy tách tệp hoặc xoá các trang, các ô không cần rồi chạy lại.`,
      `"${path}" is too large: its sheets take ${mb(format.sheetBytes)} MB unpacked, beyond the ${mb(MAX_SHEET_XML_BYTES)} MB (about three million filled cells) cchc reads. Split the file or delete unneeded sheets and cells, and run again.`,
    );
  }
  const wb = await newWorkbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (e) {
    throw new CliError(`Không đọc được tệp "${path}": tệp bị hỏng (${(e as Error).message}).`, `Cannot read "${path}": the file is corrupt (${(e as Error).message}).`);
  }
  FILES.set(wb, path);
  return wb;
}

/** Writes a new workbook whole or not at all (see writeOutput); nothing touches the disk until its bytes are ready. */
export async function saveWorkbook(wb: ExcelJS.Workbook, path: string): Promise<void> {
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  writeOutput(bytes, path);
}
