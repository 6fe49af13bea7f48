import type ExcelJS from 'exceljs';
import { existsSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import { CliError } from '../cli-error';
import { newWorkbook } from './new-workbook';
import { writeOutput } from './write-output';

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b]);

/** Loads an .xlsx, turning every way it can fail into a Vietnamese message that names the file. */
export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  if (!existsSync(path)) throw new CliError(`Không tìm thấy tệp "${path}".`, `File not found: "${path}".`);
  if (statSync(path).isDirectory()) throw new CliError(`"${path}" là thư mục, không phải tệp .xlsx.`, `"${path}" is a folder, not an .xlsx file.`);
  const head = readHead(path, 8);
  if (head.subarray(0, 8).equals(OLE_SIGNATURE)) {
    throw new CliError(
      `Tệp "${path}" được bảo vệ bằng mật khẩu hoặc là tệp .xls cũ. Hãy mở bằng Excel, bỏ mật khẩu hoặc lưu lại dạng .xlsx rồi chạy lại.`,
      `"${path}" is password-protected or an old .xls file. Open it in Excel, remove the password or save it as .xlsx, and run again.`,
    );
  }
  if (!head.subarray(0, 2).equals(ZIP_SIGNATURE)) {
    throw new CliError(`Tệp "${path}" không phải là tệp Excel .xlsx hợp lệ (có thể bị hỏng).`, `"${path}" is not a valid .xlsx file (it may be corrupt).`);
  }
  const wb = await newWorkbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (e) {
    throw new CliError(`Không đọc được tệp "${path}": tệp bị hỏng (${(e as Error).message}).`, `Cannot read "${path}": the file is corrupt (${(e as Error).message}).`);
  }
  return wb;
}

/** Writes a new workbook whole or not at all (see writeOutput); nothing touches the disk until its bytes are ready. */
export async function saveWorkbook(wb: ExcelJS.Workbook, path: string): Promise<void> {
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  writeOutput(bytes, path);
}

function readHead(path: string, bytes: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const read = readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}
