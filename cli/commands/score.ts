import type ExcelJS from 'exceljs';
import { DEFAULT_CRITERIA_SET, formatProblem, roundTo, scoreGrid, validateTable, type CriteriaSet, type ScoreOutcome } from '../../shared';
import { CliError } from '../cli-error';
import type { Command } from '../command';
import { say } from '../context';
import { loadSet } from '../load-set';
import { tablesOf, type SheetTable } from '../sheets';
import { loadWorkbook, saveWorkbook } from '../xlsx/workbook-io';

export interface ScoreJson {
  readonly sheet: string;
  readonly rows: { row: number; code: string; max: number | null; self: number | null; appraised: number | null; deduction: number | null }[];
  readonly totals: { max: number; self: number; appraised: number; deduction: number; lost: number };
  readonly index: number | null;
}

const r2 = (n: number | null): number | null => (n === null ? null : roundTo(n, 2, 'half-up'));

/**
 * Scores the first score table of a workbook through the core's one operation; the JSON shape is
 * documented in the README and kept stable. Without --set the built-in set applies, whose total
 * divides only a sheet of its own criteria.
 */
export function scoreWorkbookTable(found: SheetTable, set: CriteriaSet | undefined, file: string): { outcome: ScoreOutcome; json: ScoreJson } {
  const scored = scoreGrid(found.grid, set ?? DEFAULT_CRITERIA_SET);
  if (!scored.ok) throw new CliError(`Không tìm thấy bảng chấm điểm trong "${file}".`, `No score table found in "${file}".`);
  const outcome = scored.value;
  const json: ScoreJson = {
    sheet: found.grid.name,
    rows: outcome.rows.map((r) => ({ row: r.row ?? 0, code: r.code, max: r2(r.max), self: r2(r.self), appraised: r2(r.appraised), deduction: r2(r.deduction) })),
    totals: {
      max: roundTo(outcome.totals.max, 2, 'half-up'), self: roundTo(outcome.totals.self, 2, 'half-up'), appraised: roundTo(outcome.totals.appraised, 2, 'half-up'),
      deduction: roundTo(outcome.totals.deduction, 2, 'half-up'), lost: outcome.totals.lost,
    },
    index: outcome.index === null ? null : roundTo(outcome.index, 4, 'half-up'),
  };
  return { outcome, json };
}

export const scoreCommand: Command = {
  name: 'score',
  usage: 'cchc score <file.xlsx> [--set file] [-o out.xlsx] [--json]',
  summary: { vi: 'Tính điểm bị trừ, tổng và chỉ số; ghi công thức vào các ô tính toán', en: 'Compute deductions, totals and the index; write formulas into computed cells' },
  options: { set: { type: 'string' }, output: { type: 'string', short: 'o' }, json: { type: 'boolean' } },
  async run(args, ctx) {
    const file = args.positionals[0];
    if (!file) throw new CliError('Thiếu tên tệp: cchc score tep.xlsx', 'Missing file: cchc score file.xlsx');
    const set = typeof args.values.set === 'string' ? await loadSet(args.values.set, ctx) : undefined;
    const wb = await loadWorkbook(file);
    const found = tablesOf(wb).find((t) => t.table.kind === 'score');
    if (!found || found.table.kind !== 'score') {
      throw new CliError(`Không tìm thấy bảng chấm điểm trong "${file}" (cần các cột "Điểm chuẩn" và "Điểm tự đánh giá" hoặc "Điểm thẩm định").`,
        `No score table found in "${file}" (columns "Điểm chuẩn" and "Điểm tự đánh giá" or "Điểm thẩm định" are needed).`);
    }
    const { json, outcome } = scoreWorkbookTable(found, set, file);
    const errors = validateTable(found.table.block, found.table.layout).filter((p) => p.severity === 'error').length;
    const output = args.values.output;
    if (typeof output === 'string') {
      const ws = wb.getWorksheet(found.grid.name) as ExcelJS.Worksheet;
      const plan = { writes: outcome.writes, keptTyped: outcome.keptTyped };
      for (const w of plan.writes) {
        const cell = ws.getCell(w.row, w.column);
        cell.value = w.formula !== undefined ? ({ formula: w.formula } as ExcelJS.CellFormulaValue) : (w.value ?? null);
        if (w.numFmt) cell.numFmt = w.numFmt;
      }
      await saveWorkbook(wb, output);
      if (!args.values.json) {
        ctx.out(say(ctx, `Đã ghi ${plan.writes.length} ô tính toán vào "${output}".`, `Wrote ${plan.writes.length} computed cells to "${output}".`));
        if (plan.keptTyped.length) {
          ctx.out(say(ctx, `Giữ nguyên ${plan.keptTyped.length} ô đã gõ tay: ${plan.keptTyped.join(', ')}.`, `Kept ${plan.keptTyped.length} typed cells: ${plan.keptTyped.join(', ')}.`));
        }
      }
    }
    if (args.values.json) {
      ctx.out(JSON.stringify(json, null, 2));
    } else {
      const t = json.totals;
      const n = (x: number): string => (ctx.language === 'vi' ? x.toFixed(2).replace('.', ',') : x.toFixed(2));
      ctx.out(say(ctx, `Trang "${json.sheet}": điểm chuẩn ${n(t.max)}, tự đánh giá ${n(t.self)}, thẩm định ${n(t.appraised)}, bị trừ ${n(t.deduction)} ở ${t.lost} tiêu chí.`,
        `Sheet "${json.sheet}": maximum ${n(t.max)}, self ${n(t.self)}, appraised ${n(t.appraised)}, deducted ${n(t.deduction)} over ${t.lost} criteria.`));
      if (json.index !== null) ctx.out(say(ctx, `Chỉ số: ${n(json.index * 100)}%`, `Index: ${n(json.index * 100)}%`));
      for (const { cell, ...gap } of outcome.ruleGaps) ctx.out(`${cell ?? ''}: ${formatProblem(gap, ctx.language)}`);
      if (errors) ctx.out(say(ctx, `Có ${errors} lỗi số liệu: chạy "cchc check ${file}" để xem.`, `${errors} data errors: run "cchc check ${file}" to see them.`));
    }
    return errors > 0 ? 1 : 0;
  },
};
