import { DEFAULT_CRITERIA_SET, planGrid } from '../../shared';
import { CliError } from '../cli-error';
import type { Command } from '../command';
import { say } from '../context';
import { loadSet } from '../load-set';
import { tablesOf, unitFromLetterhead } from '../sheets';
import { applySheetSpec } from '../xlsx/apply-sheet-spec';
import { newWorkbook } from '../xlsx/new-workbook';
import { loadWorkbook, saveWorkbook } from '../xlsx/workbook-io';

export const planCommand: Command = {
  name: 'plan',
  usage: 'cchc plan <file.xlsx> [--year N] [--set file] -o plan.xlsx',
  summary: { vi: 'Lập kế hoạch khắc phục từ bảng chấm điểm', en: 'Build the remediation plan from a score sheet' },
  options: { set: { type: 'string' }, year: { type: 'string' }, output: { type: 'string', short: 'o' } },
  async run(args, ctx) {
    const file = args.positionals[0];
    const output = args.values.output;
    if (!file || typeof output !== 'string') throw new CliError('Cách dùng: cchc plan tep.xlsx -o ke-hoach.xlsx', 'Usage: cchc plan file.xlsx -o plan.xlsx');
    const set = typeof args.values.set === 'string' ? await loadSet(args.values.set, ctx) : undefined;
    const wb = await loadWorkbook(file);
    const found = tablesOf(wb).find((t) => t.table.kind === 'score');
    if (!found) throw new CliError(`Không tìm thấy bảng chấm điểm trong "${file}".`, `No score table found in "${file}".`);
    const unit = unitFromLetterhead(found.grid);
    const year = typeof args.values.year === 'string' ? Number(args.values.year) : new Date().getFullYear();
    const outcome = planGrid(found.grid, set ?? DEFAULT_CRITERIA_SET, { year, unit: unit ? unit.toLocaleLowerCase('vi') : undefined });
    if (!outcome.ok) throw new CliError(`Không tìm thấy bảng chấm điểm trong "${file}".`, `No score table found in "${file}".`);
    const { spec, count } = outcome.value;
    const out = await newWorkbook();
    applySheetSpec(out.addWorksheet(spec.name), spec);
    await saveWorkbook(out, output);
    ctx.out(say(ctx, `Đã lập kế hoạch khắc phục ${count} tiêu chí bị trừ điểm vào "${output}".`, `Wrote the remediation plan for ${count} criteria to "${output}".`));
    return 0;
  },
};
