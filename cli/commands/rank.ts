import { basename } from 'node:path';
import { rankScoredUnits, rankedSummarySpec, ratingLabel, type ScoredUnit } from '../../shared';
import { CliError } from '../cli-error';
import type { Command } from '../command';
import { say } from '../context';
import { dataErrors } from '../data-errors';
import { loadSet } from '../load-set';
import { refuseInputAsOutput } from '../output-guard';
import { parseYear } from '../parse-year';
import { scoreTableOf, sheetOption } from '../sheets';
import { applySheetSpec } from '../../files/xlsx/apply-sheet-spec';
import { newWorkbook } from '../../files/xlsx/new-workbook';
import { loadWorkbook, saveWorkbook } from '../xlsx/workbook-io';
import { readFullMax, scoreWorkbookTable } from './score';

export const rankCommand: Command = {
  name: 'rank',
  usage: 'cchc rank <files…> [--set file] [--max N] [--year N] [--unit "…"] [--place "…"] [--sheet name] [-o summary.xlsx] [--json]',
  summary: { vi: 'Tổng hợp, xếp hạng nhiều đơn vị', en: 'Summarise and rank several units' },
  options: { sheet: { type: 'string' }, set: { type: 'string' }, max: { type: 'string' }, year: { type: 'string' }, unit: { type: 'string' }, place: { type: 'string' }, output: { type: 'string', short: 'o' }, json: { type: 'boolean' } },
  async run(args, ctx) {
    const files = args.positionals;
    if (files.length === 0) throw new CliError('Thiếu tệp: cchc rank a.xlsx b.xlsx …', 'Missing files: cchc rank a.xlsx b.xlsx …');
    const output = args.values.output;
    const year = parseYear(args.values.year);
    if (typeof output === 'string') refuseInputAsOutput(output, [...files, typeof args.values.set === 'string' ? args.values.set : undefined], { inPlaceHint: false });
    const set = typeof args.values.set === 'string' ? await loadSet(args.values.set, ctx) : undefined;
    // The decision's whole maximum, as `score --max` takes it: each unit's index is the one `score` prints.
    const fullMax = readFullMax(args.values.max);
    const units: ScoredUnit[] = [];
    const withErrors: string[] = [];
    const failed: string[] = [];
    for (const [i, file] of files.entries()) {
      ctx.progress(i, files.length, file);
      // A file that cannot be read is said and left out; the others are still ranked (and no summary file is written, below).
      let found;
      try {
        found = scoreTableOf(await loadWorkbook(file), sheetOption(args.values), ctx);
        if (!found) throw new CliError(`Không tìm thấy bảng chấm điểm trong "${file}".`, `No score table found in "${file}".`);
      } catch (e) {
        if (!(e instanceof CliError)) throw e;
        ctx.err(say(ctx, e.vi, e.en));
        failed.push(file);
        continue;
      }
      const { outcome } = scoreWorkbookTable(found, set, file, ctx.language, fullMax);
      if (dataErrors(found) > 0) withErrors.push(file);
      units.push({ source: file, grid: found.grid, outcome });
    }
    ctx.progress(files.length, files.length, '');
    // A unit whose letterhead names none (or a name two share) is labelled by its file's name.
    const rows = rankScoredUnits(units.map((u) => ({ ...u, source: basename(u.source).replace(/\.xl[st][xm]$/i, '') })), set)
      .map(({ from, ...r }) => ({ file: units[from]?.source ?? '', ...r }));
    if (failed.length > 0 && typeof output === 'string') {
      // One summary from several files is written whole or not at all: a missing unit would go unnoticed in the ranking.
      ctx.err(say(ctx, `Chưa ghi "${output}" vì có tệp không đọc được: ${failed.join(', ')}.`, `"${output}" was not written because ${failed.length === 1 ? 'a file' : 'some files'} could not be read: ${failed.join(', ')}.`));
      return 2;
    }
    if (typeof output === 'string') {
      // The letterhead is the council's (the district or province that ranks), not one of the units.
      const unit = typeof args.values.unit === 'string' ? args.values.unit : undefined;
      const spec = rankedSummarySpec(rows, { year, set, unit, place: typeof args.values.place === 'string' ? args.values.place : undefined });
      const wb = await newWorkbook();
      applySheetSpec(wb.addWorksheet(spec.name), spec);
      await saveWorkbook(wb, output);
    }
    if (args.values.json) {
      ctx.out(JSON.stringify({ units: rows }, null, 2));
    } else {
      for (const r of rows) {
        const pct = r.index === null ? '—' : `${(r.index * 100).toFixed(2)}%`;
        ctx.out(`${(r.rankLabel ?? '—').padEnd(6)} ${r.unit.padEnd(28)} ${ctx.language === 'vi' ? pct.replace('.', ',') : pct}  ${r.rating === null ? '' : ratingLabel(r.rating, ctx.language)}`);
      }
      if (typeof output === 'string') ctx.out(say(ctx, `Đã ghi bảng tổng hợp vào "${output}".`, `Wrote the summary to "${output}".`));
    }
    if (withErrors.length > 0 && !args.values.json) {
      ctx.out(say(ctx, `Có lỗi số liệu trong ${withErrors.join(', ')}: chạy "cchc check" với từng tệp để xem.`,
        `Data errors in ${withErrors.join(', ')}: run "cchc check" on each file to see them.`));
    }
    return failed.length > 0 ? 2 : withErrors.length > 0 ? 1 : 0;
  },
};
