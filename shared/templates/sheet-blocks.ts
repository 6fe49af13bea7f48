import { a1 } from '../sheet/a1';
import { asTypedText } from '../host/typed-text';
import type { CellStyle, SheetSpec } from './sheet-spec';

export type BlockValue = string | number | null;

/** Fill roles as colours; hosts that take colours per cell use these. */
export const FILL_COLOURS: Readonly<Record<NonNullable<CellStyle['fill']>, string>> = {
  header: '#DDEBF7',
  section: '#F2F2F2',
  input: '#FFFBE6',
  total: '#E2EFDA',
};

export const TONE_COLOURS = {
  error: { background: '#FFC7CE', font: '#9C0006' },
  warning: { background: '#FFEB9C', font: '#9C5700' },
} as const;

/**
 * A sheet description as whole 2-D blocks, so a host writes a template in a fixed number of calls
 * whatever its length: one for values and formulas, one for number formats, one per cell attribute.
 */
export interface SheetBlocks {
  readonly rows: number;
  readonly columns: number;
  /** Formulas start with "="; every text starts with "'" so that no host reads it as a number, a date or a formula. */
  readonly values: BlockValue[][];
  readonly numberFormats: string[][];
  readonly bold: boolean[][];
  readonly italic: boolean[][];
  readonly fontSizes: number[][];
  readonly horizontal: ('left' | 'center' | 'right')[][];
  readonly wrap: boolean[][];
  /** Colours such as "#DDEBF7", or null for none. */
  readonly backgrounds: (string | null)[][];
  /** Rectangles of bordered cells, one per run of bordered cells in a row. */
  readonly borderRanges: string[];
  /** Cells grouped by identical style, for hosts that format ranges rather than cells (Excel). */
  readonly styleGroups: readonly { readonly style: CellStyle; readonly ranges: readonly string[] }[];
}

export function toSheetBlocks(spec: SheetSpec): SheetBlocks {
  const rows = spec.rows.length;
  const columns = Math.max(spec.columns.length, ...spec.rows.map((r) => r.cells.length));
  const grid = <T>(fill: T): T[][] => Array.from({ length: rows }, () => Array.from({ length: columns }, () => fill));
  const values = grid<BlockValue>(null);
  const numberFormats = grid('General');
  const bold = grid(false);
  const italic = grid(false);
  const fontSizes = grid(spec.font.size);
  const horizontal = grid<'left' | 'center' | 'right'>('left');
  const wrap = grid(false);
  const backgrounds = grid<string | null>(null);
  const borderRanges: string[] = [];
  const groups = new Map<string, { style: CellStyle; ranges: string[] }>();

  spec.rows.forEach((row, r) => {
    let borderStart: number | undefined;
    const closeBorder = (end: number): void => {
      if (borderStart !== undefined) borderRanges.push(`${a1(r + 1, borderStart + 1)}:${a1(r + 1, end + 1)}`);
      borderStart = undefined;
    };
    for (let c = 0; c < columns; c++) {
      const cell = row.cells[c] ?? null;
      if (!cell) {
        closeBorder(c - 1);
        continue;
      }
      const valueRow = values[r] as BlockValue[];
      if (cell.formula !== undefined) valueRow[c] = `=${cell.formula}`;
      else if (typeof cell.value === 'string') valueRow[c] = cell.value === '' ? null : asTypedText(cell.value);
      else valueRow[c] = cell.value ?? null;
      if (cell.numFmt) (numberFormats[r] as string[])[c] = cell.numFmt;
      const s = cell.style ?? {};
      (bold[r] as boolean[])[c] = s.bold ?? false;
      (italic[r] as boolean[])[c] = s.italic ?? false;
      if (s.size) (fontSizes[r] as number[])[c] = s.size;
      (horizontal[r] as string[])[c] = s.align ?? 'left';
      (wrap[r] as boolean[])[c] = s.wrap ?? false;
      (backgrounds[r] as (string | null)[])[c] = s.fill ? FILL_COLOURS[s.fill] : null;
      if (s.border) borderStart ??= c;
      else closeBorder(c - 1);
      const key = JSON.stringify(s);
      const group = groups.get(key) ?? { style: s, ranges: [] };
      group.ranges.push(a1(r + 1, c + 1));
      groups.set(key, group);
    }
    closeBorder(columns - 1);
  });
  return {
    rows, columns, values, numberFormats, bold, italic, fontSizes, horizontal, wrap, backgrounds, borderRanges,
    styleGroups: [...groups.values()].map((g) => ({ style: g.style, ranges: joinRuns(g.ranges) })),
  };
}

/** "A1","B1","C1","A2" → "A1:C1","A2": fewer, longer ranges for hosts with address-length limits. */
function joinRuns(cells: readonly string[]): string[] {
  const out: string[] = [];
  let start: string | undefined;
  let prev: { row: number; col: number } | undefined;
  const parse = (c: string): { row: number; col: number } => {
    const m = /^([A-Z]+)(\d+)$/.exec(c);
    let col = 0;
    for (const ch of m?.[1] ?? '') col = col * 26 + (ch.charCodeAt(0) - 64);
    return { row: Number(m?.[2] ?? 0), col };
  };
  const flush = (): void => {
    if (start && prev) out.push(start === a1(prev.row, prev.col) ? start : `${start}:${a1(prev.row, prev.col)}`);
  };
  for (const c of cells) {
    const p = parse(c);
    if (prev && p.row === prev.row && p.col === prev.col + 1) {
      prev = p;
      continue;
    }
    flush();
    start = c;
    prev = p;
  }
  flush();
  return out;
}
