import { TEMPLATES, findTemplate, formatProblem, setCoverage, templateTitle, type UnitLevel } from '../../shared';
import { CliError } from '../cli-error';
import type { Command } from '../command';
import { say } from '../context';
import { loadSet } from '../load-set';
import { refuseInputAsOutput } from '../output-guard';
import { parseYear } from '../parse-year';
import { applySheetSpec } from '../../files/xlsx/apply-sheet-spec';
import { newWorkbook } from '../../files/xlsx/new-workbook';
import { saveWorkbook } from '../xlsx/workbook-io';

const LEVELS: readonly UnitLevel[] = ['tinh', 'so', 'huyen', 'xa'];

export const templateCommand: Command = {
  name: 'template',
  usage: 'cchc template <id> [--year N] [--unit "…"] [--province "…"] [--level xa] [--set file] [--evidence] [--portrait|--landscape] -o out.xlsx',
  summary: { vi: 'Tạo một mẫu phụ lục thành tệp .xlsx', en: 'Write an appendix template to an .xlsx file' },
  options: {
    year: { type: 'string' }, unit: { type: 'string' }, province: { type: 'string' }, level: { type: 'string' }, set: { type: 'string' },
    evidence: { type: 'boolean' }, portrait: { type: 'boolean' }, landscape: { type: 'boolean' }, output: { type: 'string', short: 'o' },
  },
  async run(args, ctx) {
    const id = args.positionals[0];
    const entry = id ? findTemplate(id) : undefined;
    if (!entry) {
      const ids = TEMPLATES.map((t) => t.id).join(', ');
      throw new CliError(`Không có mẫu "${id ?? ''}". Các mẫu: ${ids}.`, `No template "${id ?? ''}". Templates: ${ids}.`);
    }
    const output = args.values.output;
    if (typeof output !== 'string') throw new CliError('Thiếu tên tệp kết quả: thêm -o tep.xlsx.', 'Missing output file: add -o file.xlsx.');
    const year = parseYear(args.values.year);
    refuseInputAsOutput(output, typeof args.values.set === 'string' ? [args.values.set] : [], { inPlaceHint: false });
    const level = args.values.level;
    if (level !== undefined && !LEVELS.includes(level as UnitLevel)) {
      throw new CliError(`Cấp "${String(level)}" không hợp lệ; dùng: ${LEVELS.join(', ')}.`, `Invalid level "${String(level)}"; use: ${LEVELS.join(', ')}.`);
    }
    const set = await loadSet(typeof args.values.set === 'string' ? args.values.set : undefined, ctx);
    const spec = entry.build({
      year,
      unit: typeof args.values.unit === 'string' ? args.values.unit : undefined,
      province: typeof args.values.province === 'string' ? args.values.province : set.province,
      level: level as UnitLevel | undefined,
      set,
      withEvidence: args.values.evidence === true,
      orientation: args.values.portrait ? 'portrait' : args.values.landscape ? 'landscape' : undefined,
    });
    // A level or year the set does not cover is said, never passed over: the sheet carries the same note.
    if (entry.usesSet) {
      for (const note of setCoverage(set, { level: level as UnitLevel | undefined, year })) ctx.err(formatProblem(note, ctx.language));
    }
    const wb = await newWorkbook();
    wb.creator = 'CCHC Phụ lục';
    applySheetSpec(wb.addWorksheet(spec.name), spec);
    await saveWorkbook(wb, output);
    const title = (lang: 'vi' | 'en'): string => {
      const t = templateTitle(entry, lang, year);
      return t.includes(String(year)) ? t : `${t}, ${lang === 'vi' ? 'năm' : 'year'} ${year}`;
    };
    ctx.out(say(ctx, `Đã tạo "${output}" (${title('vi')}).`, `Wrote "${output}" (${title('en')}).`));
    return 0;
  },
};
