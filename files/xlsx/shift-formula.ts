import { columnLetters } from '../../shared';

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;
const WORD = /[A-Za-z0-9_.\\]/;
const CELL = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})/y;
const COLUMNS = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})/y;
const ROWS = /(\$?)(\d{1,7}):(\$?)(\d{1,7})/y;
const RUN = /[A-Za-z0-9_.\\]+/y;

function letterNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * A formula as a spreadsheet copies it `rows` down and `columns` right: relative references shift,
 * "$" anchors stay, text in quotes and quoted sheet names are left alone, a reference pushed off the
 * sheet becomes #REF!. This is how the cells of a shared formula read their own formula from its
 * first cell (ECMA-376 Part 1, §18.3.1.40 "f (Formula)", t="shared").
 */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  let out = '';
  let i = 0;
  const shiftRow = (anchor: string, row: number): string | undefined => {
    const r = anchor ? row : row + rows;
    return r < 1 || r > MAX_ROW ? undefined : `${anchor}${r}`;
  };
  const shiftColumn = (anchor: string, letters: string): string | undefined => {
    const c = anchor ? letterNumber(letters) : letterNumber(letters) + columns;
    return c < 1 || c > MAX_COLUMN ? undefined : `${anchor}${columnLetters(c)}`;
  };
  const at = (pattern: RegExp): RegExpExecArray | null => {
    pattern.lastIndex = i;
    const m = pattern.exec(formula);
    if (!m) return null;
    const next = formula[i + m[0].length] ?? '';
    return WORD.test(next) || next === '(' ? null : m;
  };
  while (i < formula.length) {
    const c = formula[i] ?? '';
    if (c === '"' || c === "'" || c === '[') {
      const closing = c === '[' ? ']' : c;
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === closing) {
          if (closing !== ']' && formula[j + 1] === closing) { j += 2; continue; }
          break;
        }
        j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const startsWord = WORD.test(c) || c === '$';
    if (!startsWord || (i > 0 && WORD.test(formula[i - 1] ?? ''))) {
      out += c;
      i++;
      continue;
    }
    const cols = at(COLUMNS);
    if (cols) {
      const a = shiftColumn(cols[1] ?? '', cols[2] ?? '');
      const b = shiftColumn(cols[3] ?? '', cols[4] ?? '');
      out += a && b ? `${a}:${b}` : '#REF!';
      i += cols[0].length;
      continue;
    }
    const rowRange = at(ROWS);
    if (rowRange) {
      const a = shiftRow(rowRange[1] ?? '', Number(rowRange[2]));
      const b = shiftRow(rowRange[3] ?? '', Number(rowRange[4]));
      out += a && b ? `${a}:${b}` : '#REF!';
      i += rowRange[0].length;
      continue;
    }
    const cell = at(CELL);
    if (cell && letterNumber(cell[2] ?? '') <= MAX_COLUMN) {
      const col = shiftColumn(cell[1] ?? '', cell[2] ?? '');
      const row = shiftRow(cell[3] ?? '', Number(cell[4]));
      out += col && row ? `${col}${row}` : '#REF!';
      i += cell[0].length;
      continue;
    }
    if (c === '$') {
      out += c;
      i++;
      continue;
    }
    RUN.lastIndex = i;
    const run = RUN.exec(formula)?.[0] ?? c;
    out += run;
    i += run.length;
  }
  return out;
}
