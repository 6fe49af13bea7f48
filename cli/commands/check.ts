import type { OpenedWorkbook, SheetEdits } from '../../files/xlsx';
import { fixCellEdits, fixWrites, readSetSheet, residueProblems, validateTable, type Problem } from '../../shared';
import { CliError } from '../cli-error';
import type { Command } from '../command';
import { say } from '../context';
import { problemRow, type ProblemRow } from '../problem-rows';
import { sheetOption, sheetsToRead, tablesOf } from '../sheets';
import type { CliContext } from '../context';
import { eachFile } from '../each-file';
import { editTargets } from '../edit-target';
import { loadWorkbook } from '../xlsx/workbook-io';
import { writeEditedCopy } from '../xlsx/write-edited-copy';

const USAGE = 'cchc check <file.xlsx…> [--sheet name] [--json] [--fix (-o out.xlsx | --in-place)] [--lang en]';

interface SheetProblems {
  readonly sheet: string;
  readonly problems: readonly Problem[];
}

/** Every problem of every table in a workbook: criteria-set sheets and appendix tables. */
function problemsOf(wb: OpenedWorkbook, named: string | undefined, ctx: CliContext): { found: SheetProblems[]; tables: number } {
  const found: SheetProblems[] = [];
  let tables = 0;
  for (const name of sheetsToRead(wb, named, ctx)) {
    if (/bộ chỉ số|bo-chi-so/iu.test(name)) {
      tables++;
      found.push({ sheet: name, problems: readSetSheet(wb.grid(name).values).problems });
    }
  }
  for (const { grid, table } of tablesOf(wb, named, quiet(ctx))) {
    tables++;
    // The grid's formulas: no fix is offered at a formula, and totals the sheet computes are judged as formulas.
    found.push({ sheet: grid.name, problems: validateTable(table.block, table.layout, grid) });
  }
  // What a paste left in any cell (HTML in the opinions, odd spaces) prints as is: a warning at each cell Clean would
  // change, after the table's problems, as every host's check gives them.
  for (const name of sheetsToRead(wb, named, quiet(ctx))) {
    const residue = residueProblems(wb.grid(name).values);
    if (residue.length === 0) continue;
    const entry = found.find((f) => f.sheet === name);
    if (entry) found[found.indexOf(entry)] = { sheet: name, problems: [...entry.problems, ...residue] };
    else found.push({ sheet: name, problems: residue });
  }
  return { found, tables };
}

/** The context with stderr notes dropped, for a second look at sheets already reported on. */
function quiet(ctx: CliContext): CliContext {
  return { ...ctx, err: () => undefined };
}

export interface FixRow {
  readonly file: string;
  readonly sheet: string;
  readonly cell: string;
  readonly from: unknown;
  readonly to: number | string;
}

export const checkCommand: Command = {
  name: 'check',
  usage: USAGE,
  summary: { vi: 'Kiểm tra số liệu các bảng trong tệp; --fix sửa các lỗi có cách sửa chắc chắn', en: 'Check the tables of a workbook; --fix applies every certain fix' },
  options: { sheet: { type: 'string' }, json: { type: 'boolean' }, fix: { type: 'boolean' }, output: { type: 'string', short: 'o' }, 'in-place': { type: 'boolean' } },
  async run(args, ctx) {
    const files = args.positionals;
    if (files.length === 0) throw new CliError('Thiếu tên tệp: cchc check tep.xlsx', 'Missing file: cchc check file.xlsx');
    const fix = args.values.fix === true;
    if (!fix && (args.values.output !== undefined || args.values['in-place'])) {
      throw new CliError(`-o và --in-place chỉ dùng cùng --fix.\nCách dùng: ${USAGE}`, `-o and --in-place go with --fix.\nUsage: ${USAGE}`);
    }
    const target = fix ? editTargets(args, USAGE, true) : undefined;
    const rows: ProblemRow[] = [];
    const fixes: FixRow[] = [];
    const number = (v: number | string): string => (typeof v === 'number' && ctx.language === 'vi' ? String(v).replace('.', ',') : String(v));
    const code = await eachFile(files, ctx, async (file) => {
      const wb = await loadWorkbook(file);
      const named = sheetOption(args.values);
      let { found, tables } = problemsOf(wb, named, ctx);
      if (tables === 0) {
        throw new CliError(`Không tìm thấy bảng phụ lục nào trong "${file}" (cần dòng tiêu đề như "STT | … | Điểm chuẩn | Điểm tự đánh giá").`,
          `No appendix table found in "${file}" (a header row such as "STT | … | Điểm chuẩn | Điểm tự đánh giá" is needed).`);
      }
      const output = target?.(file);
      if (output !== undefined) {
        const sheets: SheetEdits[] = [];
        for (const { sheet, problems } of found) {
          const writes = fixWrites(problems);
          if (writes.length === 0) continue;
          const grid = wb.grid(sheet);
          for (const w of writes) {
            const row = grid.values[w.row - 1];
            const before = row?.[w.column - 1];
            fixes.push({ file, sheet, cell: w.cell, from: before === undefined || before === null ? null : before instanceof Date ? before.toISOString().slice(0, 10) : String(before), to: w.value });
          }
          sheets.push({ sheet, edits: fixCellEdits(writes) });
        }
        if (sheets.length > 0 || output !== file) await writeEditedCopy(file, sheets, output, wb.kind);
        if (!args.values.json) {
          for (const f of fixes.filter((x) => x.file === file)) {
            ctx.out(say(ctx, `${[f.file, f.sheet, f.cell].join(' › ')}: đã sửa "${String(f.from)}" thành ${number(f.to)}.`, `${[f.file, f.sheet, f.cell].join(' › ')}: fixed "${String(f.from)}" to ${number(f.to)}.`));
          }
          const count = fixes.filter((x) => x.file === file).length;
          ctx.out(say(ctx, `Đã sửa ${count} ô; kết quả ở "${output}".`, `Fixed ${count} ${count === 1 ? 'cell' : 'cells'}; result in "${output}".`));
        }
        // What remains is read from the copy as written: the totals whose formulas read a fixed cell hold no stale result there.
        ({ found } = problemsOf(await loadWorkbook(output), named, quiet(ctx)));
      }
      // After --fix, what remains is in the corrected copy: the lines below name that file.
      const checked = output ?? file;
      const before = rows.length;
      for (const { sheet, problems } of found) {
        rows.push(...problems.map((p) => problemRow(checked, sheet, p, ctx.language)));
      }
      const mine = rows.slice(before);
      if (!args.values.json) {
        if (mine.length === 0) {
          ctx.out(say(ctx, `${checked}: không có lỗi.`, `${checked}: no problems.`));
        } else {
          for (const r of mine) {
            const where = [r.file, r.sheet, r.cell].filter(Boolean).join(' › ');
            const label = r.severity === 'error' ? say(ctx, 'LỖI', 'ERROR') : say(ctx, 'Lưu ý', 'Warning');
            ctx.out(`${where}: [${label}] ${r.message}`);
          }
          const errors = mine.filter((r) => r.severity === 'error').length;
          const warnings = mine.length - errors;
          ctx.out(say(ctx, `${errors} lỗi, ${warnings} lưu ý.`, `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}.`));
        }
      }
      // Warnings (Lưu ý) are advice; only errors make the exit code 1, as in score, rank and plan.
      return mine.some((r) => r.severity === 'error') ? 1 : 0;
    }, { inPlace: args.values['in-place'] === true });
    if (args.values.json) ctx.out(JSON.stringify(fix ? { problems: rows, fixed: fixes } : { problems: rows }, null, 2));
    return code;
  },
};
