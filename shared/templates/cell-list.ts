import { a1 } from '../sheet/a1';

/** "E12:E14,E16": the given rows of one column, consecutive rows joined into ranges to keep formulas short. */
export function cellList(column: number, rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = sorted[0];
  let prev = start;
  for (const r of [...sorted.slice(1), undefined]) {
    if (r !== undefined && prev !== undefined && r === prev + 1) {
      prev = r;
      continue;
    }
    if (start !== undefined && prev !== undefined) parts.push(start === prev ? a1(start, column) : `${a1(start, column)}:${a1(prev, column)}`);
    start = r;
    prev = r;
  }
  return parts.join(',');
}

/** Runs of consecutive rows, for validations and formats that must skip the rows between. */
export function rowRuns(rows: readonly number[]): [number, number][] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const r of sorted) {
    const last = runs[runs.length - 1];
    if (last && r === last[1] + 1) last[1] = r;
    else runs.push([r, r]);
  }
  return runs;
}

/** SUM takes at most 255 arguments in Excel: larger lists are summed in chunks. */
export function sumOf(column: number, rows: readonly number[]): string {
  const parts = cellList(column, rows).split(',').filter((p) => p !== '');
  if (parts.length === 0) return '0';
  if (parts.length <= 200) return `SUM(${parts.join(',')})`;
  const chunks: string[] = [];
  for (let i = 0; i < parts.length; i += 200) chunks.push(`SUM(${parts.slice(i, i + 200).join(',')})`);
  return `SUM(${chunks.join(',')})`;
}
