import { DEFAULT_CRITERIA_SET, freeSheetName, planGrid, type SheetSpec } from '../../shared';
import { CliError } from '../cli-error';
import type { Command } from '../command';
import { say } from '../context';
import { dataErrors } from '../data-errors';
import { eachFile } from '../each-file';
import { loadSet } from '../load-set';
import { refuseInputAsOutput } from '../output-guard';
import { parseYear } from '../parse-year';
import { scoreTableOf, sheetOption } from '../sheets';
import { applySheetSpec } from '../../files/xlsx/apply-sheet-spec';
import { newWorkbook } from '../../files/xlsx/new-workbook';
import { loadWorkbook, saveWorkbook } from '../xlsx/workbook-io';

const USAGE = 'cchc plan <file.xlsx…> [--year N] [--unit "…"] [--set file] [--sheet name] -o plan.xlsx';

export const planCommand: Command = {
  name: 'plan',
  usage: USAGE,
  summary: { vi: 'Lập kế hoạch khắc phục từ bảng chấm điểm (nhiều tệp: mỗi tệp một trang)', en: 'Build the remediation plan from a score sheet (several files: one sheet each)' },
  options: { sheet: { type: 'string' }, set: { type: 'string' }, year: { type: 'string' }, unit: { type: 'string' }, output: { type: 'string', short: 'o' } },
  async run(args, ctx) {
    const files = args.positionals;
    const output = args.values.output;
    if (files.length === 0 || typeof output !== 'string') throw new CliError(`Cách dùng: ${USAGE}`, `Usage: ${USAGE}`);
    const year = parseYear(args.values.year);
    const setPath = typeof args.values.set === 'string' ? args.values.set : undefined;
    refuseInputAsOutput(output, [...files, setPath], { inPlaceHint: false });
    const set = setPath ? await loadSet(setPath, ctx) : undefined;
    const plans: { file: string; spec: SheetSpec; count: number; errors: number }[] = [];
    const code = await eachFile(files, ctx, async (file) => {
      const wb = await loadWorkbook(file);
      const found = scoreTableOf(wb, sheetOption(args.values), ctx);
      // The unit and its capitals come from --unit, else from the sheet's letterhead, read by the core ("của UBND xã Triệu Sơn").
      const unit = typeof args.values.unit === 'string' ? { unit: args.values.unit } : {};
      const outcome = found ? planGrid(found.grid, set ?? DEFAULT_CRITERIA_SET, { year, ...unit }) : undefined;
      if (!outcome?.ok) throw new CliError(`Không tìm thấy bảng chấm điểm trong "${file}".`, `No score table found in "${file}".`);
      plans.push({ file, ...outcome.value, errors: found ? dataErrors(found) : 0 });
      return 0;
    });
    // One plan workbook from several files is written whole or not at all: a missing unit would go unnoticed.
    if (code === 2) {
      ctx.err(say(ctx, `Chưa ghi "${output}" vì có tệp không đọc được.`, `"${output}" was not written because a file could not be read.`));
      return 2;
    }
    const out = await newWorkbook();
    for (const { spec } of plans) applySheetSpec(out.addWorksheet(freeSheetName(out.worksheets.map((w: { name: string }) => w.name), spec.name)), spec);
    await saveWorkbook(out, output);
    for (const { file, count, errors } of plans) {
      const from = plans.length > 1 ? say(ctx, ` (${file})`, ` (${file})`) : '';
      ctx.out(say(ctx, `Đã lập kế hoạch khắc phục ${count} tiêu chí bị trừ điểm${from} vào "${output}".`, `Wrote the remediation plan for ${count} ${count === 1 ? 'criterion' : 'criteria'}${from} to "${output}".`));
      if (errors) ctx.out(say(ctx, `Bảng chấm điểm trong "${file}" có ${errors} lỗi số liệu: chạy "cchc check ${file}" để xem.`, `The score sheet in "${file}" has ${errors} data ${errors === 1 ? 'error' : 'errors'}: run "cchc check ${file}" to see ${errors === 1 ? 'it' : 'them'}.`));
    }
    // Like check and score: 1 when a score sheet the plan was drawn from has data errors.
    return plans.some((p) => p.errors > 0) ? 1 : 0;
  },
};
