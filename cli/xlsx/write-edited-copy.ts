import { readFileSync } from 'node:fs';
import { CliError } from '../cli-error';
import { editWorkbook, type SheetEdits } from './edit-workbook';
import { writeOutput } from './write-output';

/** Reads `input`, writes only the given cells and saves the result to `output` whole or not at all. */
export async function writeEditedCopy(input: string, sheets: readonly SheetEdits[], output: string): Promise<void> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(input);
  } catch {
    throw new CliError(`Không đọc được tệp "${input}".`, `Cannot read "${input}".`);
  }
  let edited: Uint8Array;
  try {
    edited = await editWorkbook(bytes, sheets);
  } catch {
    throw new CliError(`Không sửa được tệp "${input}": cấu trúc tệp lạ. Hãy mở bằng Excel, lưu lại dạng .xlsx rồi chạy lại.`,
      `Cannot edit "${input}": unexpected file structure. Open it in Excel, save it as .xlsx and run again.`);
  }
  writeOutput(edited, output);
}
