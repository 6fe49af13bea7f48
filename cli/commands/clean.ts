import { a1, cleanCellEdits } from '../../shared';
import { CliError } from '../cli-error';
import type { Command } from '../command';
import { say } from '../context';
import { eachFile } from '../each-file';
import { editTargets } from '../edit-target';
import type { SheetEdits } from '../../files/xlsx';
import { sheetOption, sheetsToRead } from '../sheets';
import { loadWorkbook } from '../xlsx/workbook-io';
import { writeEditedCopy } from '../xlsx/write-edited-copy';

const USAGE = 'cchc clean <file.xlsx…> [--sheet name] (-o out.xlsx | --in-place)';

export const cleanCommand: Command = {
  name: 'clean',
  usage: USAGE,
  summary: { vi: 'Làm sạch văn bản dán từ Word, PDF, web (thẻ HTML, LaTeX, khoảng trắng lạ)', en: 'Strip pasted residue (HTML tags, LaTeX, odd spaces)' },
  options: { sheet: { type: 'string' }, output: { type: 'string', short: 'o' }, 'in-place': { type: 'boolean' } },
  async run(args, ctx) {
    const files = args.positionals;
    if (files.length === 0) throw new CliError(`Thiếu tên tệp.\nCách dùng: ${USAGE}`, `Missing file.\nUsage: ${USAGE}`);
    const target = editTargets(args, USAGE, true);
    return eachFile(files, ctx, async (file) => {
      const output = target?.(file) ?? file;
      const wb = await loadWorkbook(file);
      const sheets: SheetEdits[] = [];
      const rich: string[] = [];
      let changed = 0;
      const cells: string[] = [];
      for (const name of sheetsToRead(wb, sheetOption(args.values), ctx)) {
        const grid = wb.grid(name);
        const richCells = new Set(grid.richCells ?? []);
        // Merged ranges hold their text once, in the top-left cell (the reader gives the others as empty); a formula's result is never replaced by text.
        const edits = cleanCellEdits(grid);
        for (const e of edits) {
          cells.push(`${name} › ${a1(e.row, e.column)}`);
          if (richCells.has(a1(e.row, e.column))) rich.push(`${name} › ${a1(e.row, e.column)}`);
        }
        changed += edits.length;
        if (edits.length) sheets.push({ sheet: name, edits });
      }
      if (sheets.length > 0 || output !== file) await writeEditedCopy(file, sheets, output, wb.kind);
      // Each changed cell is named, so the officer can look at what was removed.
      ctx.out(say(ctx, `Đã làm sạch ${changed} ô${cells.length ? `: ${cells.join(', ')}` : ''}; kết quả ở "${output}".`,
        `Cleaned ${changed} ${changed === 1 ? 'cell' : 'cells'}${cells.length ? `: ${cells.join(', ')}` : ''}; result in "${output}".`));
      if (rich.length) {
        ctx.out(say(ctx, `${rich.length} ô có định dạng nhiều kiểu chữ (đậm, nghiêng, màu trong cùng ô) được ghi lại thành văn bản thường, giữ nguyên chữ: ${rich.join(', ')}.`,
          `${rich.length} rich-text cells (bold, italic or colour within the cell) were rewritten as plain text, keeping the words: ${rich.join(', ')}.`));
      }
      return 0;
    }, { inPlace: args.values['in-place'] === true });
  },
};
