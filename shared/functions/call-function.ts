import type { FnArg, FnContext, FnScalar, FnValue, FunctionEntry } from './function-entry';
import { problem } from '../problems/problem';

export type FnResult = FnValue | FnValue[][];

function isRange(arg: FnArg): arg is readonly (readonly FnScalar[])[] {
  return Array.isArray(arg);
}

/**
 * Calls a function the way both hosts need: a single value in gives a single value out; a range in
 * gives a range of the same shape out, one answer per cell, so one call serves a whole column.
 * Single values are repeated across the range.
 */
export function callFunction(entry: FunctionEntry, args: readonly FnArg[], ctx: FnContext): FnResult {
  if (entry.shape === 'aggregate' && entry.aggregate) return entry.aggregate(args, ctx);
  const ranges = args.filter(isRange);
  if (ranges.length === 0) return entry.evaluate(args as readonly FnScalar[], ctx);
  const rows = Math.max(...ranges.map((r) => r.length));
  const cols = Math.max(...ranges.map((r) => r[0]?.length ?? 0));
  const mismatch = ranges.some((r) => !(r.length === rows || r.length === 1) || !((r[0]?.length ?? 0) === cols || (r[0]?.length ?? 0) === 1));
  const out: FnValue[][] = [];
  for (let i = 0; i < rows; i++) {
    const row: FnValue[] = [];
    for (let j = 0; j < cols; j++) {
      if (mismatch) {
        row.push({ problem: problem('number_expected', 'error', { text: 'các vùng có kích thước khác nhau' }) });
        continue;
      }
      const element = args.map((a) => (isRange(a) ? (a[a.length === 1 ? 0 : i]?.[(a[0]?.length ?? 0) === 1 ? 0 : j] ?? null) : a));
      row.push(entry.evaluate(element, ctx));
    }
    out.push(row);
  }
  return out;
}
