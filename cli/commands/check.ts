import { formatProblem, readSetSheet, validateTable, type Problem } from '../../shared';
import { CliError } from '../cli-error';
import type { Command } from '../command';
import { say } from '../context';
import { tablesOf } from '../sheets';
import { readGrid } from '../xlsx/read-grid';
import { loadWorkbook } from '../xlsx/workbook-io';

export interface ProblemRow {
  readonly file: string;
  readonly sheet: string;
  readonly cell: string | null;
  readonly severity: Problem['severity'];
  readonly code: Problem['code'];
  readonly message: string;
}

/** The cell is a column of its own in the report, so the message does not repeat it. */
function withoutCell(p: Problem): Problem {
  const { cell: _cell, ...rest } = p;
  return rest;
}

export const checkCommand: Command = {
  name: 'check',
  usage: 'cchc check <file.xlsx> [--json] [--lang en]',
  summary: { vi: 'Kiểm tra số liệu các bảng trong tệp', en: 'Check the tables of a workbook' },
  options: { json: { type: 'boolean' } },
  async run(args, ctx) {
    const file = args.positionals[0];
    if (!file) throw new CliError('Thiếu tên tệp: cchc check tep.xlsx', 'Missing file: cchc check file.xlsx');
    const wb = await loadWorkbook(file);
    const rows: ProblemRow[] = [];
    let tables = 0;
    const toRow = (sheet: string) => (p: Problem): ProblemRow => ({
      file, sheet, cell: p.cell ?? null, severity: p.severity, code: p.code, message: formatProblem(withoutCell(p), ctx.language),
    });
    for (const ws of wb.worksheets) {
      if (/bộ chỉ số|bo-chi-so/iu.test(ws.name)) {
        tables++;
        rows.push(...readSetSheet(readGrid(ws).values).problems.map(toRow(ws.name)));
      }
    }
    for (const { grid, table } of tablesOf(wb)) {
      tables++;
      rows.push(...validateTable(table.block, table.layout).map(toRow(grid.name)));
    }
    if (tables === 0) {
      throw new CliError(`Không tìm thấy bảng phụ lục nào trong "${file}" (cần dòng tiêu đề như "STT | … | Điểm chuẩn | Điểm tự đánh giá").`,
        `No appendix table found in "${file}" (a header row such as "STT | … | Điểm chuẩn | Điểm tự đánh giá" is needed).`);
    }
    if (args.values.json) {
      ctx.out(JSON.stringify({ problems: rows }, null, 2));
    } else if (rows.length === 0) {
      ctx.out(say(ctx, `${file}: không có lỗi.`, `${file}: no problems.`));
    } else {
      for (const r of rows) {
        const where = [r.file, r.sheet, r.cell].filter(Boolean).join(' › ');
        const label = r.severity === 'error' ? say(ctx, 'LỖI', 'ERROR') : say(ctx, 'Lưu ý', 'Warning');
        ctx.out(`${where}: [${label}] ${r.message}`);
      }
      const errors = rows.filter((r) => r.severity === 'error').length;
      ctx.out(say(ctx, `${errors} lỗi, ${rows.length - errors} lưu ý.`, `${errors} errors, ${rows.length - errors} warnings.`));
    }
    return rows.length > 0 ? 1 : 0;
  },
};
