import { parseA1 } from '../sheet/a1';
import type { RowSpec, SheetSpec } from './sheet-spec';
import { columnWidthPoints, rowHeightFor, wrappedLines } from './text-metrics';

interface Span {
  readonly row1: number;
  readonly col1: number;
  readonly row2: number;
  readonly col2: number;
}

function spansOf(merges: readonly string[]): Map<string, Span> {
  const byTopLeft = new Map<string, Span>();
  for (const m of merges) {
    const [from, to] = m.split(':');
    const a = parseA1(from ?? '');
    const b = parseA1(to ?? from ?? '');
    if (a && b) byTopLeft.set(`${a.row}:${a.column}`, { row1: a.row, col1: a.column, row2: b.row, col2: b.column });
  }
  return byTopLeft;
}

/** Width in points of columns `from`..`to` (1-based), with the writer's default for columns the sheet leaves unsized. */
export function spanWidthPoints(columns: readonly number[], from: number, to: number): number {
  let points = 0;
  for (let c = from; c <= to; c++) points += columnWidthPoints(columns[c - 1] ?? 8.43);
  return points;
}

/**
 * Gives every row holding wrapped text the height its longest cell needs, estimated from the text,
 * its font size and the width it wraps in (a merged range counts its whole width; a range merged
 * down several rows shares its height among them). A height the template states is a minimum. Done
 * once in the sheet description, so the .xlsx, Excel and Sheets writers all print the same rows.
 */
export function withRowHeights(spec: SheetSpec): SheetSpec {
  const spans = spansOf(spec.merges);
  const needed: number[] = spec.rows.map((r) => r.height ?? 0);
  spec.rows.forEach((row, i) => {
    const r = i + 1;
    row.cells.forEach((cell, j) => {
      const c = j + 1;
      const text = cell?.value;
      if (!cell || text === undefined || text === null || text === '') return;
      const style = cell.style ?? {};
      const size = style.size ?? spec.font.size;
      const span = spans.get(`${r}:${c}`) ?? { row1: r, col1: c, row2: r, col2: c };
      const lines = style.wrap ? wrappedLines(String(text), size, style.bold ?? false, spanWidthPoints(spec.columns, span.col1, span.col2)) : 1;
      const height = rowHeightFor(lines, size);
      const rows = span.row2 - span.row1 + 1;
      for (let k = span.row1; k <= span.row2; k++) needed[k - 1] = Math.max(needed[k - 1] ?? 0, Math.ceil(height / rows));
    });
  });
  const rows: RowSpec[] = spec.rows.map((row, i) => {
    const height = needed[i] ?? 0;
    // Every row with text gets its height, one-line rows too: a spreadsheet's default (15 points for
    // 12-point text) prints the text touching the borders. Scoring grows the rows staff type long texts into.
    if (row.height === undefined && height === 0) return row;
    return { ...row, height };
  });
  return { ...spec, rows };
}
