import {
  formatProblem, groupProblems, importSetFromDocument, importSetFromSheets, importSummary, templateSpec, type ImportResult, type Problem, type SetInfo, type UnitLevel,
} from '../../shared';
import { FileProblem } from '../../files/file-problem';
import { CliError } from '../cli-error';
import type { Command } from '../command';
import { say } from '../context';
import { INPUT_LIMITS } from '../fs/input-limits';
import { readInputFile } from '../fs/read-input-file';
import { writeOutput } from '../fs/write-output';
import { refuseInputAsOutput } from '../output-guard';
import { applySheetSpec } from '../../files/xlsx/apply-sheet-spec';
import { newWorkbook } from '../../files/xlsx/new-workbook';
import { loadWorkbook, saveWorkbook } from '../xlsx/workbook-io';

const LEVELS: readonly UnitLevel[] = ['tinh', 'so', 'huyen', 'xa'];

interface Source {
  readonly result: ImportResult;
  /** Where a problem's row is: a sheet's name, or the document's table. */
  readonly where: string;
  readonly fromDocument: boolean;
}

/**
 * `cchc import-set`: a decision's criteria table, from its .docx or from a sheet it was pasted
 * into, to a criteria set (JSON, or a bo-chi-so workbook staff can read and correct).
 */
export const importSetCommand: Command = {
  name: 'import-set',
  usage: 'cchc import-set <quyet-dinh.docx|bang.xlsx> [-o bo-chi-so.json|bo-chi-so.xlsx] [--province "…"] [--level tinh|so|huyen|xa] [--year N] [--decision "…"] [--json]',
  summary: {
    vi: 'Đọc bảng tiêu chí của quyết định (Word hoặc trang tính đã dán) thành Bộ chỉ số',
    en: 'Read a decision\'s criteria table (Word, or a sheet it was pasted into) into a criteria set',
  },
  options: {
    output: { type: 'string', short: 'o' }, json: { type: 'boolean' },
    province: { type: 'string' }, level: { type: 'string' }, year: { type: 'string' }, decision: { type: 'string' },
  },
  async run(args, ctx) {
    const file = args.positionals[0];
    if (!file) throw new CliError('Thiếu tên tệp: cchc import-set quyet-dinh.docx', 'Missing file: cchc import-set decision.docx');
    const info = infoFrom(args.values);
    const output = typeof args.values.output === 'string' ? args.values.output : undefined;
    if (output && !/\.(json|xlsx)$/i.test(output)) {
      throw new CliError(`Tệp kết quả "${output}" phải là .json hoặc .xlsx.`, `The output "${output}" must be .json or .xlsx.`);
    }
    if (output) refuseInputAsOutput(output, [file], { inPlaceHint: false });
    const source = /\.docx$/i.test(file) ? await fromDocx(file, info) : await fromWorkbook(file, info);
    const { result } = source;
    const rows = result.problems.map((p) => problemRow(p, file, source, ctx.language));
    if (args.values.json) {
      ctx.out(JSON.stringify({ set: result.set ?? null, problems: rows }, null, 2));
    } else {
      // Grouped by kind, errors first: forty rows of one kind are one heading, each row still named under it.
      const rowOf = new Map(result.problems.map((p, i) => [p, rows[i] as ImportProblemRow]));
      for (const group of groupProblems(result.problems, ctx.language)) {
        const label = group.severity === 'error' ? say(ctx, 'LỖI', 'ERROR') : group.severity === 'info' ? say(ctx, 'Thông tin', 'Info') : say(ctx, 'Lưu ý', 'Warning');
        const mine = group.problems.map((p) => rowOf.get(p)).filter((r): r is ImportProblemRow => r !== undefined);
        if (mine.length === 1) {
          const r = mine[0] as ImportProblemRow;
          ctx.out(`${[r.file, r.where].filter(Boolean).join(' › ')}: [${label}] ${r.message}`);
          continue;
        }
        ctx.out(`${file}: [${label}] ${group.title} (${mine.length}):`);
        for (const r of mine) ctx.out(`  ${r.where ? `${r.where}: ` : ''}${r.message}`);
      }
    }
    const set = result.set;
    if (!set) {
      if (!args.values.json) ctx.out(say(ctx, 'Chưa dựng được Bộ chỉ số: hãy sửa các lỗi trên rồi chạy lại.', 'No criteria set: fix the errors above and run again.'));
      return 1;
    }
    if (output) {
      if (/\.json$/i.test(output)) writeOutput(new TextEncoder().encode(`${JSON.stringify(set, null, 2)}\n`), output);
      else {
        const spec = templateSpec('bo-chi-so', { year: set.year, set, province: set.province, level: set.level });
        if (!spec.ok) throw new CliError('Không dựng được trang Bộ chỉ số.', 'Cannot build the criteria set sheet.');
        const wb = await newWorkbook();
        wb.creator = 'CCHC Phụ lục';
        applySheetSpec(wb.addWorksheet(spec.value.name), spec.value);
        await saveWorkbook(wb, output);
      }
    }
    if (!args.values.json) {
      const needLook = rows.filter((r) => r.severity !== 'info' && r.where !== '');
      const places = source.fromDocument
        ? (needLook.length ? [say(ctx, `dòng ${[...new Set(needLook.map((r) => r.row))].join(', ')} của bảng`, `rows ${[...new Set(needLook.map((r) => r.row))].join(', ')} of the table`)] : [])
        : needLook.length ? [`${source.where} › ${[...new Set(needLook.map((r) => r.cell ?? ''))].join(', ')}`] : [];
      for (const line of importSummary(set, result.problems, places, ctx.language)) ctx.out(line);
      if (output) ctx.out(say(ctx, `Đã ghi "${output}".`, `Wrote "${output}".`));
    }
    return 0;
  },
};

function infoFrom(values: Readonly<Record<string, string | boolean | undefined>>): SetInfo {
  const level = values.level;
  if (level !== undefined && !LEVELS.includes(level as UnitLevel)) {
    throw new CliError(`Cấp "${String(level)}" không hợp lệ; dùng: ${LEVELS.join(', ')}.`, `Invalid level "${String(level)}"; use: ${LEVELS.join(', ')}.`);
  }
  const yearText = values.year;
  const year = typeof yearText === 'string' ? Number(yearText) : undefined;
  if (year !== undefined && (!Number.isInteger(year) || year < 2000 || year > 2100)) {
    throw new CliError(`Năm "${String(yearText)}" không hợp lệ.`, `Invalid year "${String(yearText)}".`);
  }
  const text = (v: string | boolean | undefined): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
  return { province: text(values.province), level: level as UnitLevel | undefined, year, decision: text(values.decision) };
}

async function fromDocx(file: string, info: SetInfo): Promise<Source> {
  // Only a regular file, and at most the cap: a FIFO or /dev/zero named .docx is refused, not read without end.
  const bytes = readInputFile(file, 'docx', INPUT_LIMITS.docx);
  let blocks;
  // Word's zip and XML readers load only for this command, as exceljs does for workbooks.
  const { readDocx, DocxError } = await import('../../files/docx');
  try {
    blocks = readDocx(bytes, file);
  } catch (e) {
    // The package layer names the file itself (a damaged or oversized zip).
    if (e instanceof FileProblem) throw new CliError(e.vi, e.en);
    if (!(e instanceof DocxError)) throw e;
    throw new CliError(`Không đọc được tệp Word "${file}" (${e.vi}). Hãy mở bằng Word và lưu lại dạng .docx.`,
      `Cannot read the Word file "${file}" (${e.en}). Open it in Word and save it as .docx.`);
  }
  const result = importSetFromDocument(blocks, new Date().getFullYear(), info);
  if (!result) throw noTable(file);
  return { result, where: '', fromDocument: true };
}

async function fromWorkbook(file: string, info: SetInfo): Promise<Source> {
  const wb = await loadWorkbook(file);
  // Visible sheets, read one at a time as the search goes: a sheet after the table is never read.
  const grids = function* () { for (const sheet of wb.sheets.filter((s) => s.state === 'visible')) yield wb.grid(sheet.name); };
  const found = importSetFromSheets(grids(), new Date().getFullYear(), info);
  if (!found) throw noTable(file);
  return { result: found.result, where: found.sheet, fromDocument: false };
}

function noTable(file: string): CliError {
  return new CliError(
    `Không thấy bảng tiêu chí trong "${file}": cần dòng tiêu đề có "STT" (hoặc "TT", "Mã"), "Tiêu chí" (hoặc "Nội dung") và "Điểm tối đa" (hoặc "Điểm chuẩn", "Điểm").`,
    `No criteria table in "${file}": a header with "STT" (or "TT", "Mã"), "Tiêu chí" (or "Nội dung") and "Điểm tối đa" (or "Điểm chuẩn", "Điểm") is needed.`);
}

interface ImportProblemRow {
  readonly file: string;
  /** The sheet and cell, or the document table's row. */
  readonly where: string;
  readonly cell: string | null;
  readonly row: number | null;
  readonly severity: Problem['severity'];
  readonly code: Problem['code'];
  readonly message: string;
}

function problemRow(p: Problem, file: string, source: Source, language: 'vi' | 'en'): ImportProblemRow {
  const row = p.cell ? Number(/\d+$/.exec(p.cell)?.[0]) : null;
  // The row is a column of its own in the report; the message does not repeat it or the criterion.
  const { cell: _cell, criterion: _criterion, ...bare } = p;
  const rest = p.cell === undefined ? p : bare;
  const where = p.cell === undefined ? '' : source.fromDocument
    ? (language === 'vi' ? `dòng ${row} của bảng` : `row ${row} of the table`)
    : `${source.where} › ${p.cell}`;
  return { file, where, cell: source.fromDocument ? null : p.cell ?? null, row, severity: p.severity, code: p.code, message: formatProblem(rest, language) };
}
