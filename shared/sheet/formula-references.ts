/** A rectangle of cells of one sheet, 1-based and inclusive, as users count rows and columns. */
export interface CellArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * What the validator needs of a sheet's formulas: its name (a formula may name its own sheet) and the
 * formula of each cell without its "=", or null; 0-based from A1, as a host's Grid holds them.
 */
export interface SheetFormulas {
  readonly name: string;
  readonly formulas: readonly (readonly (string | null | undefined)[] | undefined)[];
}

/** The formula of a cell (1-based row and column), or undefined when it holds none. */
export function formulaAt(sheet: SheetFormulas, row: number, column: number): string | undefined {
  const f = sheet.formulas[row - 1]?.[column - 1];
  return typeof f === 'string' && f !== '' ? f : undefined;
}

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;
// Functions whose result is a reference computed from text or offsets: what they read cannot be told from the formula.
const UNFOLLOWABLE = new Set(['INDIRECT', 'OFFSET']);

/**
 * The areas of `sheet` a formula reads ("D38", "$D$38:D40", "D:D", "5:7", "'Chấm điểm'!D38" when that
 * is this sheet), in the A1 syntax Excel's `formulas` and Apps Script's getFormulas() give. References
 * to other sheets are left out: they read no cell of this one. Text in double quotes is skipped.
 * undefined when the formula reads something whose cells cannot be told from its text: a defined
 * name, a table's structured reference, INDIRECT or OFFSET.
 */
export function sheetAreasOf(formula: string, sheet: string): CellArea[] | undefined {
  const src = formula.startsWith('=') ? formula.slice(1) : formula;
  const areas: CellArea[] = [];
  let i = 0;
  let qualifier: string | undefined;
  while (i < src.length) {
    const c = src.charAt(i);
    if (c === '"') {
      i = afterQuoted(src, i, '"');
      continue;
    }
    if (c === "'") {
      const end = afterQuoted(src, i, "'");
      if (src.charAt(end) !== '!') return undefined;
      qualifier = src.slice(i + 1, end - 1).replace(/''/g, "'");
      i = end + 1;
      continue;
    }
    if (c === '#') {
      // An error literal (#REF!, #N/A): it reads no cell.
      i++;
      while (i < src.length && /[A-Za-z0-9/!?]/.test(src.charAt(i))) i++;
      continue;
    }
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    let end = i;
    while (end < src.length && isWordChar(src.charAt(end))) end++;
    const word = src.slice(i, end);
    const next = src.charAt(end);
    if (next === '!') {
      qualifier = word;
      i = end + 1;
      continue;
    }
    if (next === '(') {
      if (UNFOLLOWABLE.has(word.toUpperCase().replace(/^_XLFN\./, ''))) return undefined;
      qualifier = undefined;
      i = end + 1;
      continue;
    }
    if (next === '[') return undefined;
    let area = single(word);
    i = end;
    if (src.charAt(i) === ':') {
      let to = i + 1;
      while (to < src.length && isWordChar(src.charAt(to))) to++;
      const second = src.slice(i + 1, to);
      const joined = span(word, second);
      if (joined) {
        area = joined;
        i = to;
      }
    }
    if (area === undefined) {
      // A number (0, 0.9, 1E+5), TRUE or FALSE reads no cell; any other word is a defined name.
      if (!/^((\d+(\.\d*)?|\.\d+)(E\d*)?|TRUE|FALSE)$/i.test(word)) return undefined;
    } else if (area !== null && (qualifier === undefined || qualifier.toUpperCase() === sheet.toUpperCase())) {
      areas.push(area);
    }
    qualifier = undefined;
  }
  return areas;
}

function isWordChar(c: string): boolean {
  return /[A-Za-z0-9_.$\\\u00C0-\uFFFF]/.test(c);
}

/** Past the closing quote of a quoted run opening at `start` (a doubled quote stays inside). */
function afterQuoted(src: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < src.length) {
    if (src.charAt(i) === quote) {
      if (src.charAt(i + 1) === quote) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  return i;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** One cell reference as an area; null for a lone column or row letter/number that only a range makes a reference. */
function single(word: string): CellArea | null | undefined {
  const m = CELL.exec(word);
  if (!m) return undefined;
  const column = columnNumber(m[1] ?? '');
  const row = Number(m[2]);
  if (column > MAX_COLUMN || row < 1 || row > MAX_ROW) return undefined;
  return { top: row, left: column, bottom: row, right: column };
}

/** "D38:D40", "D:D", "5:7" (either end anchored with $) as one area, corners in any order. */
function span(a: string, b: string): CellArea | undefined {
  const p = CELL.exec(a);
  const q = CELL.exec(b);
  if (p && q) return box(Number(p[2]), columnNumber(p[1] ?? ''), Number(q[2]), columnNumber(q[1] ?? ''));
  const columns = /^\$?([A-Za-z]{1,3})$/;
  const pc = columns.exec(a);
  const qc = columns.exec(b);
  if (pc && qc) return box(1, columnNumber(pc[1] ?? ''), MAX_ROW, columnNumber(qc[1] ?? ''));
  const rows = /^\$?(\d+)$/;
  const pr = rows.exec(a);
  const qr = rows.exec(b);
  if (pr && qr) return box(Number(pr[1]), 1, Number(qr[1]), MAX_COLUMN);
  return undefined;
}

function box(r1: number, c1: number, r2: number, c2: number): CellArea | undefined {
  if (r1 < 1 || r2 < 1 || c1 < 1 || c2 < 1) return undefined;
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * Which of `targets` (1-based { row, column }) the formula at `start` reads, directly or through the
 * formulas of the cells it reads, on this sheet. undefined when some formula on the way reads what
 * cannot be followed. Each formula cell is visited once; the walk keeps its own stack, so a long chain
 * of running totals cannot overflow the call stack.
 */
export function targetsReached(sheet: SheetFormulas, start: { row: number; column: number },
  targets: readonly { readonly row: number; readonly column: number }[]): Set<number> | undefined {
  const reached = new Set<number>();
  const seen = new Set<string>([`${start.row},${start.column}`]);
  const stack = [start];
  for (let at = stack.pop(); at !== undefined; at = stack.pop()) {
    const formula = formulaAt(sheet, at.row, at.column);
    if (formula === undefined) continue;
    const areas = sheetAreasOf(formula, sheet.name);
    if (!areas) return undefined;
    for (const area of areas) {
      targets.forEach((t, k) => {
        if (t.row >= area.top && t.row <= area.bottom && t.column >= area.left && t.column <= area.right) reached.add(k);
      });
      // Only rows and columns the sheet has can hold a formula: a whole-column reference walks the sheet's rows, not a million.
      const bottom = Math.min(area.bottom, sheet.formulas.length);
      for (let r = area.top; r <= bottom; r++) {
        const row = sheet.formulas[r - 1];
        if (!row) continue;
        const right = Math.min(area.right, row.length);
        for (let c = area.left; c <= right; c++) {
          const f = row[c - 1];
          if (typeof f !== 'string' || f === '') continue;
          const key = `${r},${c}`;
          if (seen.has(key)) continue;
          seen.add(key);
          stack.push({ row: r, column: c });
        }
      }
    }
  }
  return reached;
}
