import { extname } from 'node:path';
import { editWorkbook, FileProblem, sniffFormat, type SheetEdits, type WorkbookKind } from '../../files/xlsx';
import { CliError } from '../cli-error';
import { cliErrorOf, readInput } from './workbook-io';
import { writeOutput } from './write-output';

/** The extension a copy of each kind of workbook must carry: Excel refuses a macro workbook named .xlsx, and a template saved as a workbook is an .xlsx (or .xlsm). */
const EXTENSION_OF: Readonly<Record<WorkbookKind, string>> = { xlsx: '.xlsx', xlsm: '.xlsm', xltx: '.xlsx', xltm: '.xlsm' };

/** Refuses an output whose name asks for another kind of workbook than the input gives. */
export function checkOutputKind(input: string, kind: WorkbookKind, output: string): void {
  const wanted = EXTENSION_OF[kind];
  const given = extname(output).toLowerCase();
  if (given === wanted || output === input) return;
  const macro = wanted === '.xlsm';
  throw new CliError(
    macro
      ? `"${input}" là sổ làm việc có macro: tệp kết quả phải có đuôi .xlsm (Excel không mở tệp có macro mang đuôi ${given || 'khác'}). Hãy đặt tên, ví dụ "${output.replace(/\.[^./\\]*$/, '')}.xlsm".`
      : `"${input}" ${kind === 'xltx' ? 'là mẫu (.xltx); bản lưu từ mẫu là sổ làm việc' : 'là sổ làm việc'} .xlsx: tệp kết quả phải có đuôi .xlsx. Hãy đặt tên, ví dụ "${output.replace(/\.[^./\\]*$/, '')}.xlsx".`,
    macro
      ? `"${input}" is a macro-enabled workbook: the output must end in .xlsm (Excel will not open macros under ${given || 'another extension'}). Name it, e.g. "${output.replace(/\.[^./\\]*$/, '')}.xlsm".`
      : `"${input}" ${kind === 'xltx' ? 'is a template (.xltx); saved from it, it becomes an' : 'is an'} .xlsx workbook: the output must end in .xlsx. Name it, e.g. "${output.replace(/\.[^./\\]*$/, '')}.xlsx".`,
  );
}

/** Reads `input`, writes only the given cells and saves the result to `output` whole or not at all. */
export async function writeEditedCopy(input: string, sheets: readonly SheetEdits[], output: string, kind: WorkbookKind = 'xlsx'): Promise<void> {
  checkOutputKind(input, kind, output);
  const bytes = readInput(input);
  if (sniffFormat(bytes).kind !== 'xlsx') throw new CliError(`Tệp "${input}" đã thay đổi trong lúc chạy; hãy chạy lại.`, `"${input}" changed while running; run again.`);
  let edited: Uint8Array;
  try {
    edited = editWorkbook(bytes, sheets, input);
  } catch (e) {
    if (e instanceof FileProblem) throw cliErrorOf(e);
    throw new CliError(`Không sửa được tệp "${input}": cấu trúc tệp lạ. Hãy mở bằng Excel, lưu lại dạng .xlsx rồi chạy lại.`,
      `Cannot edit "${input}": unexpected file structure. Open it in Excel, save it as .xlsx and run again.`);
  }
  writeOutput(edited, output);
}
