import { readFileSync, existsSync } from 'node:fs';
import { DEFAULT_CRITERIA_SET, formatProblem, parseSetJson, readSetSheet, validateCriteriaSet, type CriteriaSet } from '../shared';
import { CliError } from './cli-error';
import type { CliContext } from './context';
import { loadWorkbook } from './xlsx/workbook-io';

/** `--set` takes a JSON set or a workbook with a bo-chi-so sheet; without it, the shipped example set. */
export async function loadSet(path: string | undefined, ctx: CliContext): Promise<CriteriaSet> {
  if (!path) return DEFAULT_CRITERIA_SET;
  if (!existsSync(path)) throw new CliError(`Không tìm thấy tệp bộ chỉ số "${path}".`, `Criteria set file not found: "${path}".`);
  let result;
  if (/\.json$/i.test(path)) {
    const parsed = parseSetJson(readFileSync(path, 'utf8'));
    result = parsed.ok ? validateCriteriaSet(parsed.value) : parsed.result;
  } else {
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
