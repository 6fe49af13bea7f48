import { DEFAULT_CRITERIA_SET, formatProblem, ratingLabel, roundTo, scoreCellEdits, scoreGrid, type CriteriaSet, type Language, type ScoreOutcome } from '../../shared';
import { problemRow, type ProblemRow } from '../problem-rows';
import { CliError } from '../cli-error';
import type { Command } from '../command';
import { say } from '../context';
import { dataErrors } from '../data-errors';
import { loadSet } from '../load-set';
import { scoreTableOf, sheetOption, type SheetTable } from '../sheets';
import { eachFile } from '../each-file';
import { editTargets } from '../edit-target';
import { loadWorkbook } from '../xlsx/workbook-io';
import { writeEditedCopy } from '../xlsx/write-edited-copy';

export interface ScoreJson {
  readonly sheet: string;
  readonly rows: { row: number; code: string; max: number | null; self: number | null; appraised: number | null; deduction: number | null }[];
  readonly totals: { max: number; self: number; appraised: number; deduction: number; lost: number };
  readonly index: number | null;
  /** What the index divides by: the sheet's own total maximum ("sheet") or the one given ("given"). */
  readonly indexMax: number;
  readonly indexBasis: 'sheet' | 'given' | 'whole';
  /** Cells where the sheet's own recalculated figures part from the ones above; empty when they agree. */
  readonly problems: readonly ProblemRow[];
}

const r2 = (n: number | null): number | null => (n === null ? null : roundTo(n, 2, 'half-up'));

/**
 * Scores the first score table of a workbook through the core's one operation; the JSON shape is
 * documented in the README and kept stable. Without --set the built-in set applies, whose total
 * divides only a sheet of its own criteria.
 */
export function scoreWorkbookTable(found: SheetTable, set: CriteriaSet | undefined, file: string, language: Language = 'vi', fullMax?: number): { outcome: ScoreOutcome; json: ScoreJson } {
  const scored = scoreGrid(found.grid, set ?? DEFAULT_CRITERIA_SET, { fullMax });
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
    indexMax: roundTo(outcome.indexMax, 2, 'half-up'),
    indexBasis: outcome.indexBasis,
    problems: outcome.problems.map((p) => problemRow(file, found.grid.name, p, language)),
  };
  return { outcome, json };
}

const USAGE = 'cchc score <file.xlsx…> [--set file] [--max N] [--sheet name] [-o out.xlsx | --in-place] [--json]';

/** --max: the decision's whole maximum, a positive number ("79" or "79,5"). */
export function readFullMax(raw: string | boolean | undefined): number | undefined {
  if (typeof raw !== 'string') return undefined;
  const n = Number(raw.trim().replace(',', '.'));
  if (!Number.isFinite(n) || n <= 0) throw new CliError(`Điểm tối đa "${raw}" không hợp lệ: cần một số dương, ví dụ --max 79.`, `Invalid maximum "${raw}": a positive number is needed, e.g. --max 79.`);
  return n;
}

export const scoreCommand: Command = {
  name: 'score',
  usage: USAGE,
  summary: { vi: 'Tính điểm bị trừ, tổng và chỉ số; ghi công thức vào các ô tính toán', en: 'Compute deductions, totals and the index; write formulas into computed cells' },
  options: { set: { type: 'string' }, max: { type: 'string' }, sheet: { type: 'string' }, output: { type: 'string', short: 'o' }, 'in-place': { type: 'boolean' }, json: { type: 'boolean' } },
  async run(args, ctx) {
    const files = args.positionals;
    if (files.length === 0) throw new CliError('Thiếu tên tệp: cchc score tep.xlsx', 'Missing file: cchc score file.xlsx');
    const target = editTargets(args, USAGE, false);
    const set = typeof args.values.set === 'string' ? await loadSet(args.values.set, ctx) : undefined;
    const fullMax = readFullMax(args.values.max);
    const jsons: (ScoreJson & { file: string })[] = [];
    const code = await eachFile(files, ctx, async (file) => {
      const wb = await loadWorkbook(file);
      const found = scoreTableOf(wb, sheetOption(args.values), ctx);
      if (!found || found.table.kind !== 'score') {
        throw new CliError(`Không tìm thấy bảng chấm điểm trong "${file}" (cần các cột "Điểm chuẩn" và "Điểm tự đánh giá" hoặc "Điểm thẩm định").`,
          `No score table found in "${file}" (columns "Điểm chuẩn" and "Điểm tự đánh giá" or "Điểm thẩm định" are needed).`);
      }
      const { json, outcome } = scoreWorkbookTable(found, set, file, ctx.language, fullMax);
      // What the set does not cover goes to stderr, so --json output stays one document.
      for (const note of outcome.setNotes) ctx.err(formatProblem(note, ctx.language));
      const errors = dataErrors(found);
      const output = target?.(file);
      if (output !== undefined) {
        const edits = scoreCellEdits(outcome.writes);
        await writeEditedCopy(file, [{ sheet: found.grid.name, edits, rowHeights: outcome.heights ?? [] }], output, wb.kind);
        if (!args.values.json) {
          ctx.out(say(ctx, `Đã ghi ${edits.length} ô tính toán vào "${output}".`, `Wrote ${edits.length} computed ${edits.length === 1 ? 'cell' : 'cells'} to "${output}".`));
          if (outcome.keptTyped.length) {
            ctx.out(say(ctx, `Giữ nguyên ${outcome.keptTyped.length} ô đã gõ tay: ${outcome.keptTyped.join(', ')}.`, `Kept ${outcome.keptTyped.length} typed ${outcome.keptTyped.length === 1 ? 'cell' : 'cells'}: ${outcome.keptTyped.join(', ')}.`));
          }
          if (outcome.keptFormulas.length) {
            ctx.out(say(ctx, `Trong đó ${outcome.keptFormulas.join(', ')} có công thức riêng, khác công thức chấm điểm: hãy kiểm tra lại.`,
              `Of these, ${outcome.keptFormulas.join(', ')} hold a formula of their own, not the scoring formula: check them.`));
          }
        }
      }
      if (args.values.json) {
        jsons.push({ file, ...json });
      } else {
        const t = json.totals;
        const n = (x: number): string => (ctx.language === 'vi' ? x.toFixed(2).replace('.', ',') : x.toFixed(2));
        const where = files.length > 1 ? `${file} › ` : '';
        ctx.out(say(ctx, `${where}Trang "${json.sheet}": điểm chuẩn ${n(t.max)}, tự đánh giá ${n(t.self)}, thẩm định ${n(t.appraised)}, bị trừ ${n(t.deduction)} ở ${t.lost} tiêu chí.`,
          `${where}Sheet "${json.sheet}": maximum ${n(t.max)}, self ${n(t.self)}, appraised ${n(t.appraised)}, deducted ${n(t.deduction)} over ${t.lost} ${t.lost === 1 ? 'criterion' : 'criteria'}.`));
        if (json.index !== null) {
          if (json.indexBasis === 'whole') {
            // The criteria the sheet lacks count as earned: (whole − points lost) ÷ whole.
            ctx.out(say(ctx, `Chỉ số: ${n(json.index * 100)}% (= (${n(json.indexMax)} − ${n(-t.deduction)}) ÷ ${n(json.indexMax)}, điểm tối đa của cả bộ chỉ số; các tiêu chí không có trên trang tính như đạt đủ điểm).`,
              `Index: ${n(json.index * 100)}% (= (${n(json.indexMax)} − ${n(-t.deduction)}) ÷ ${n(json.indexMax)}, the whole set's maximum; criteria the sheet lacks count as earned).`));
          } else {
            const basisVi = json.indexBasis === 'sheet' ? 'tổng điểm chuẩn các tiêu chí có trên trang' : 'điểm tối đa đã cho';
            const basisEn = json.indexBasis === 'sheet' ? 'the total maximum of the criteria the sheet lists' : 'the maximum given';
            ctx.out(say(ctx, `Chỉ số: ${n(json.index * 100)}% (= ${n(t.appraised)} ÷ ${n(json.indexMax)}, ${basisVi}).`,
              `Index: ${n(json.index * 100)}% (= ${n(t.appraised)} ÷ ${n(json.indexMax)}, ${basisEn}).`));
          }
        }
        // The rating the pane shows beside the index, on the same basis.
        if (outcome.rating !== null) ctx.out(say(ctx, `Xếp loại: ${outcome.rating}.`, `Rating: ${ratingLabel(outcome.rating, 'en')}.`));
        if (json.problems.length) {
          ctx.out(say(ctx, `Số liệu trên trang sẽ khác số in ở đây tại ${json.problems.length} ô:`, `The sheet's own figures will differ from these at ${json.problems.length} cells:`));
          for (const p of json.problems) ctx.out(`  ${p.cell ?? ''}: ${p.message}`);
        }
        for (const { cell, ...gap } of outcome.ruleGaps) ctx.out(`${cell ?? ''}: ${formatProblem(gap, ctx.language)}`);
        if (errors) ctx.out(say(ctx, `Có ${errors} lỗi số liệu: chạy "cchc check ${file}" để xem.`, `${errors} data ${errors === 1 ? 'error' : 'errors'}: run "cchc check ${file}" to see ${errors === 1 ? 'it' : 'them'}.`));
      }
      return errors > 0 ? 1 : 0;
    }, { inPlace: args.values['in-place'] === true });
    if (args.values.json) {
      // One file keeps the documented shape; several give one such object per file, each with its file.
      const first = jsons[0];
      if (files.length === 1 && first) {
        const { file: _file, ...single } = first;
        ctx.out(JSON.stringify(single, null, 2));
      } else if (files.length > 1) {
        ctx.out(JSON.stringify(jsons, null, 2));
      }
    }
    return code;
  },
};
