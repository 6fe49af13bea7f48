import { statSync } from 'node:fs';
import { CliError } from './cli-error';
import { inspectOutput } from './fs/write-output';

/** Whether two paths name one file: the same device and inode, so a symbolic link, "./a.xlsx" or a hard link all count. */
export function sameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/**
 * Refuses an output that would replace one of the inputs (the workbooks read and a `--set` file),
 * so no command ever destroys what it read. `editable` names the input that `--in-place` allows
 * the command to write back into. Then refuses, before any work, an output that cannot be written
 * safely (a link, a read-only file, a missing folder: see inspectOutput).
 */
export function refuseInputAsOutput(output: string, inputs: readonly (string | undefined)[], options: { inPlaceHint: boolean; editable?: string }): void {
  for (const input of inputs) {
    if (input === undefined || !sameFile(output, input)) continue;
    if (options.editable !== undefined && sameFile(options.editable, input)) continue;
    const hintVi = options.inPlaceHint ? ', hoặc thêm --in-place nếu muốn sửa ngay trên tệp đó' : '';
    const hintEn = options.inPlaceHint ? ', or add --in-place to change that file itself' : '';
    throw new CliError(`Tệp kết quả "${output}" chính là tệp đầu vào "${input}": cchc không ghi đè tệp gốc. Hãy chọn tên khác cho -o${hintVi}.`,
      `The output "${output}" is the input "${input}": cchc never overwrites what it reads. Choose another name for -o${hintEn}.`);
  }
  if (options.editable === undefined || !sameFile(output, options.editable)) inspectOutput(output);
}
