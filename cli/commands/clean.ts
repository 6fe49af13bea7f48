import { a1, cleanResidue, hasResidue } from '../../shared';
import { CliError } from '../cli-error';
import type { Command } from '../command';
import { say } from '../context';
import { cellText } from '../cell-text';
import { eachFile } from '../each-file';
import { editTargets } from '../edit-target';
import type { SheetEdits } from '../xlsx/edit-workbook';
import { loadWorkbook } from '../xlsx/workbook-io';
import { writeEditedCopy } from '../xlsx/write-edited-copy';

const USAGE = 'cchc clean <file.xlsx…> (-o out.xlsx | --in-place)';

export const cleanCommand: Command = {
  name: 'clean',
  usage: USAGE,
  summary: { vi: 'Làm sạch văn bản dán từ Word, PDF, web (thẻ HTML, LaTeX, khoảng trắng lạ)', en: 'Strip pasted residue (HTML tags, LaTeX, odd spaces)' },
  options: { output: { type: 'string', short: 'o' }, 'in-place': { type: 'boolean' } },
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
      for (const ws of wb.worksheets) {
        const edits: SheetEdits['edits'][number][] = [];
        ws.eachRow((row, r) => row.eachCell((cell, c) => {
          // A merged range holds its text once, in its top-left cell; the others only show it.
          if (cell.isMerged && cell.master.address !== cell.address) return;
          const found = cellText(cell.value);
          if (!found || !hasResidue(found.text)) return;
          edits.push({ row: r, column: c, content: { text: cleanResidue(found.text, { keepLineBreaks: true }) } });
          cells.push(`${ws.name} › ${a1(r, c)}`);
          if (found.rich) rich.push(`${ws.name} › ${a1(r, c)}`);
        }));
        changed += edits.length;
        if (edits.length) sheets.push({ sheet: ws.name, edits });
      }
      if (sheets.length > 0 || output !== file) await writeEditedCopy(file, sheets, output);
      // Each changed cell is named, so the officer can look at what was removed.
      ctx.out(say(ctx, `Đã làm sạch ${changed} ô${cells.length ? `: ${cells.join(', ')}` : ''}; kết quả ở "${output}".`,
        `Cleaned ${changed} ${changed === 1 ? 'cell' : 'cells'}${cells.length ? `: ${cells.join(', ')}` : ''}; result in "${output}".`));
      if (rich.length) {
        ctx.out(say(ctx, `${rich.length} ô có định dạng nhiều kiểu chữ (đậm, nghiêng, màu trong cùng ô) được ghi lại thành văn bản thường, giữ nguyên chữ: ${rich.join(', ')}.`,
          `${rich.length} rich-text cells (bold, italic or colour within the cell) were rewritten as plain text, keeping the words: ${rich.join(', ')}.`));
      }
      return 0;
    });
  },
};
