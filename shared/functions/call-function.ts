import type { FnArg, FnContext, FnScalar, FnValue, FunctionEntry } from './function-entry';
import { problem } from '../problems/problem';
import { textOf } from '../text/text-of';

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
  if (entry.shape === 'aggregate' && entry.aggregate) return finite(entry.aggregate(args, ctx));
  const ranges = args.filter(isRange);
  if (ranges.length === 0) return finite(entry.evaluate(args as readonly FnScalar[], ctx));
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
      row.push(finite(entry.evaluate(element, ctx)));
    }
    out.push(row);
  }
  return out;
}

/** NaN or ±Infinity (a cell holding #NUM!, numbers near 1e308) would show as a number in the cell: an error instead. */
function finite(value: FnValue): FnValue {
  return typeof value === 'number' && !Number.isFinite(value)
    ? { problem: problem('number_expected', 'error', { text: textOf(value) }) }
    : value;
}

/**
 * What a host hands a function (Sheets gives "" for an empty cell and Date for dates; Excel gives
 * [[v]] for one cell) as the core's argument: null for empty, text for anything else, one value for a 1×1 range.
 */
export function toFnArg(raw: unknown): FnArg {
  const one = (v: unknown): FnScalar => {
    if (v === '' || v === undefined || v === null) return null;
    if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
    if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
    return textOf(v);
  };
  if (!Array.isArray(raw)) return one(raw);
  const rows = raw as unknown[][];
  return rows.length === 1 && rows[0]?.length === 1 ? one(rows[0][0]) : rows.map((r) => (Array.isArray(r) ? r.map(one) : [one(r)]));
}
