import { cleanResidue, hasResidue } from '../../shared';
import { CliError } from '../cli-error';
import type { Command } from '../command';
import { say } from '../context';
import { loadWorkbook, saveWorkbook } from '../xlsx/workbook-io';

export const cleanCommand: Command = {
  name: 'clean',
  usage: 'cchc clean <file.xlsx> -o out.xlsx',
  summary: { vi: 'Làm sạch văn bản dán từ Word, PDF, web (thẻ HTML, LaTeX, khoảng trắng lạ)', en: 'Strip pasted residue (HTML tags, LaTeX, odd spaces)' },
  options: { output: { type: 'string', short: 'o' } },
  async run(args, ctx) {
    const file = args.positionals[0];
    const output = args.values.output;
    if (!file || typeof output !== 'string') throw new CliError('Cách dùng: cchc clean tep.xlsx -o tep-sach.xlsx', 'Usage: cchc clean file.xlsx -o clean.xlsx');
    const wb = await loadWorkbook(file);
    let changed = 0;
    for (const ws of wb.worksheets) {
      ws.eachRow((row) => row.eachCell((cell) => {
        if (typeof cell.value === 'string' && hasResidue(cell.value)) {
          cell.value = cleanResidue(cell.value, { keepLineBreaks: true });
          changed++;
        }
      }));
    }
    await saveWorkbook(wb, output);
    ctx.out(say(ctx, `Đã làm sạch ${changed} ô; kết quả ở "${output}".`, `Cleaned ${changed} cells; result in "${output}".`));
    return 0;
  },
};
