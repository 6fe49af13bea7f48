import { FUNCTIONS, callFunction, formatProblem, toFnArg, type FnResult } from '../../../shared';
import { setForFunctions } from '../excel/set-store';

/**
 * Custom functions for Excel (=CCHC.SCORE …). Every parameter is a matrix so that one call serves a
 * whole column: a single cell arrives as [[value]]. The metadata (functions.json) is generated from
 * these JSDoc comments by custom-functions-metadata-plugin, which also appends the associate calls.
 */

// In a plain task pane (an Excel without the shared runtime, where the manifest falls back to the
// pane alone) there is no custom-functions runtime: the associate calls the metadata plugin appends
// to this file then register nothing instead of stopping the page's scripts.
if (typeof CustomFunctions === 'undefined') {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = { associate: () => undefined, Error: Error, ErrorCode: {} };
}

/**
 * One cell's input as a plain value. functions.json asks Excel for plain values of data types and
 * for errors as elements; should a data-type object still arrive (an older client), its basic value
 * is used, and an error cell becomes its error text, which fails that element only with a message.
 * Never "[object Object]".
 */
export function plainValue(v: unknown): unknown {
  if (v === null || v === undefined || typeof v !== 'object' || v instanceof Date) return v;
  const o = v as { type?: unknown; basicValue?: unknown; errorType?: unknown; code?: unknown };
  if (o.type === 'Error' || typeof o.errorType === 'string' || (typeof o.code === 'string' && o.code.startsWith('#'))) {
    return typeof o.basicValue === 'string' ? o.basicValue : typeof o.code === 'string' && o.code.startsWith('#') ? o.code : '#VALUE!';
  }
  const basic = o.basicValue;
  return typeof basic === 'number' || typeof basic === 'string' || typeof basic === 'boolean' ? basic : '#VALUE!';
}

const plainArg = (arg: unknown): unknown => (Array.isArray(arg) ? arg.map((row) => (Array.isArray(row) ? row.map(plainValue) : plainValue(row))) : plainValue(arg));

function run(name: string, args: unknown[]): (number | boolean | CustomFunctions.Error)[][] {
  const entry = FUNCTIONS.find((f) => f.name === name);
  if (!entry) throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `Không có hàm CCHC.${name}.`);
  // A stored set that cannot be read is an error naming it, never another set's points.
  const chosen = setForFunctions();
  if (!chosen.ok) throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, formatProblem(chosen.problem, 'vi'));
  const result: FnResult = callFunction(entry, args.map(plainArg).map(toFnArg), { set: chosen.set });
  const cell = (v: number | boolean | { problem: Parameters<typeof formatProblem>[0] }): number | boolean | CustomFunctions.Error =>
    typeof v === 'object' ? new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, formatProblem(v.problem, 'vi')) : v;
  return Array.isArray(result) ? result.map((row) => row.map(cell)) : [[cell(result)]];
}

/**
 * Điểm của tiêu chí theo cách tính của Bộ chỉ số (hoặc tỷ lệ × điểm tối đa khi nhập số), làm tròn 2 chữ số.
 * @customfunction SCORE
 * @param code_or_max Mã tiêu chí (ví dụ "3.12.1") hoặc điểm tối đa (ví dụ 0,5).
 * @param numerator Tử số, tỷ lệ %, số lượng hoặc mức đạt được.
 * @param [denominator] Mẫu số (bỏ trống khi đã nhập tỷ lệ).
 * @returns Điểm; một vùng cho một vùng.
 */
export function score(code_or_max: any[][], numerator: any[][], denominator?: any[][]): any[][] {
  return run('SCORE', [code_or_max, numerator, denominator ?? null]);
}

/**
 * Điểm bị trừ = điểm thẩm định − điểm chuẩn (bằng 0 hoặc âm), làm tròn 2 chữ số.
 * @customfunction DEDUCTION
 * @param max Điểm chuẩn (điểm tối đa) của tiêu chí.
 * @param points Điểm thẩm định (hoặc tự đánh giá).
 * @returns Điểm bị trừ; một vùng cho một vùng.
 */
export function deduction(max: any[][], points: any[][]): any[][] {
  return run('DEDUCTION', [max, points]);
}

/**
 * Chỉ số CCHC = tổng điểm ÷ tổng điểm tối đa, dạng phần trăm (0,7037 là 70,37%).
 * @customfunction INDEX
 * @param points_range Vùng điểm thẩm định.
 * @param max_range Vùng điểm tối đa tương ứng.
 * @returns Chỉ số (định dạng %).
 */
export function index(points_range: any[][], max_range: any[][]): any[][] {
  return run('INDEX', [points_range, max_range]);
}

/**
 * Số mà một tỷ lệ đã gõ biểu thị: "92,8%" là 0,928.
 * @customfunction PERCENT
 * @param text Tỷ lệ đã gõ, ví dụ "92,8%" hoặc "70,25 %".
 * @returns Tỷ lệ dạng số; một vùng cho một vùng.
 */
export function percent(text: any[][]): any[][] {
  return run('PERCENT', [text]);
}

/**
 * Kết quả đạt được có đạt chỉ tiêu không (ví dụ "Tối thiểu 80%").
 * @customfunction MET
 * @param actual Kết quả đạt được: số dạng %, hoặc chữ như "92,8%".
 * @param target_text Chỉ tiêu: "Tối thiểu 80%", "> 95%", "từ 99% trở lên"…
 * @returns TRUE nếu đạt; một vùng cho một vùng.
 */
export function met(actual: any[][], target_text: any[][]): any[][] {
  return run('MET', [actual, target_text]);
}
