import { existsSync } from 'node:fs';
import { DEFAULT_CRITERIA_SET, formatProblem, parseSetJson, readSetSheet, validateCriteriaSet, type CriteriaSet } from '../shared';
import { CliError } from './cli-error';
import type { CliContext } from './context';
import { INPUT_LIMITS } from './fs/input-limits';
import { readInputFile } from './fs/read-input-file';
import { readGrid } from './xlsx/read-grid';
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
    // The same checks and cap as a .json set (only a regular file the user may read, never more
    // than the cap), with the same messages, before the workbook loader opens it by name.
    readInputFile(path, 'xlsx', INPUT_LIMITS.xlsx);
    const wb = await loadWorkbook(path);
    const ws = wb.worksheets.find((w) => /bộ chỉ số|bo-chi-so|bo chi so/iu.test(w.name)) ?? wb.worksheets[0];
    if (!ws) throw new CliError(`Tệp "${path}" không có trang tính nào.`, `"${path}" has no worksheet.`);
    result = readSetSheet(readGrid(ws).values);
  }
  if (!result.ok) {
    const lines = result.problems.map((p) => `  ${formatProblem(p, ctx.language)}`).join('\n');
    throw new CliError(`Bộ chỉ số "${path}" có lỗi:\n${lines}`, `The criteria set "${path}" has errors:\n${lines}`);
  }
  return result.set;
}
