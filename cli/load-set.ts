import { existsSync } from 'node:fs';
import { DEFAULT_CRITERIA_SET, formatProblem, parseSetJson, readSetSheet, validateCriteriaSet, type CriteriaSet } from '../shared';
import { CliError } from './cli-error';
import type { CliContext } from './context';
import { INPUT_LIMITS } from './fs/input-limits';
import { readInputFile } from './fs/read-input-file';
import { loadWorkbook } from './xlsx/workbook-io';

/** `--set` takes a JSON set or a workbook with a bo-chi-so sheet; without it, the shipped example set. */
export async function loadSet(path: string | undefined, ctx: CliContext): Promise<CriteriaSet> {
  if (!path) return DEFAULT_CRITERIA_SET;
  if (!existsSync(path)) throw new CliError(`Không tìm thấy tệp bộ chỉ số "${path}".`, `Criteria set file not found: "${path}".`);
  let result;
  if (/\.json$/i.test(path)) {
    // A folder, FIFO, device or unreadable file is a message naming it (exit 2), and the read is capped.
    const text = new TextDecoder().decode(readInputFile(path, 'json', INPUT_LIMITS.json));
    const parsed = parseSetJson(text);
    result = parsed.ok ? validateCriteriaSet(parsed.value) : parsed.result;
  } else {
    // The workbook loader reads it with the same checks and cap as a .json set.
    const wb = await loadWorkbook(path);
    const visible = wb.sheets.filter((s) => s.state === 'visible');
    const sheet = visible.find((s) => /bộ chỉ số|bo-chi-so|bo chi so/iu.test(s.name)) ?? visible[0];
    if (!sheet) throw new CliError(`Tệp "${path}" không có trang tính nào.`, `"${path}" has no worksheet.`);
    result = readSetSheet(wb.grid(sheet.name).values);
  }
  if (!result.ok) {
    const lines = result.problems.map((p) => `  ${formatProblem(p, ctx.language)}`).join('\n');
    throw new CliError(`Bộ chỉ số "${path}" có lỗi:\n${lines}`, `The criteria set "${path}" has errors:\n${lines}`);
  }
  return result.set;
}
