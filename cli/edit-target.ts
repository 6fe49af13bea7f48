import { CliError } from './cli-error';
import type { ParsedArgs } from './command';
import { refuseInputAsOutput } from './output-guard';

/**
 * Where a command that edits workbooks (score, clean, check --fix) writes each file's copy: `-o`
 * for a single file, or the file itself with `--in-place`. `-o` naming an input is refused unless
 * `--in-place` is given. Undefined when nothing is to be written.
 */
export function editTargets(args: ParsedArgs, usage: string, required: boolean): ((file: string) => string) | undefined {
  const output = typeof args.values.output === 'string' ? args.values.output : undefined;
  const inPlace = args.values['in-place'] === true;
  const files = args.positionals;
  const set = typeof args.values.set === 'string' ? args.values.set : undefined;
  if (output === undefined && !inPlace) {
    if (required) throw new CliError(`Thiếu nơi ghi kết quả: thêm -o tep-moi.xlsx, hoặc --in-place để sửa ngay trên tệp.\nCách dùng: ${usage}`, `Where should the result go? Add -o new.xlsx, or --in-place to change the file itself.\nUsage: ${usage}`);
    return undefined;
  }
  if (output !== undefined && files.length > 1) {
    throw new CliError(`-o ghi một tệp nên chỉ dùng với một tệp đầu vào; với nhiều tệp, dùng --in-place hoặc chạy lệnh cho từng tệp.`,
      `-o writes one file, so it takes one input; for several files use --in-place, or run the command once per file.`);
  }
  if (output !== undefined) {
    refuseInputAsOutput(output, [...files, set], { inPlaceHint: !inPlace, ...(inPlace ? { editable: files[0] } : {}) });
    return () => output;
  }
  return (file) => file;
}
