/**
 * A formula's shape independent of where it stands, as Excel's R1C1 notation writes it: the
 * `D12` in a formula of F12 is R[0]C[-2]. Two cells hold "the same relative formula" when their
 * shapes are equal, which is what Excel's shared formulas (ECMA-376 Part 1, §18.3.1.40, t="shared")
 * store once. Only A1 cell references outside string literals and quoted sheet names are shifted;
 * whole-row and whole-column references do not occur in the formulas these tests reshape.
 */

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnLetters(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

export function parseAddress(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(address);
  if (!m) throw new Error(`not a cell address: ${address}`);
  return { col: columnNumber(m[1] ?? ''), row: Number(m[2]) };
}

// A reference: not preceded by a letter, digit, '_', '.' or '!' of a name; not followed by '(' (LOG10(…)) or more name characters.
const REF = /(^|[^A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(])/g;

/** Applies `replace` to each A1 reference outside "string literals" and 'quoted sheet names'. */
function mapReferences(formula: string, replace: (colAbs: boolean, col: number, rowAbs: boolean, row: number) => string): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j += 1;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < formula.length && formula[j] !== '"' && formula[j] !== "'") j += 1;
    out += formula.slice(i, j).replace(REF, (_m, pre: string, ca: string, col: string, ra: string, row: string) =>
      pre + replace(ca === '$', columnNumber(col), ra === '$', Number(row)));
    i = j;
  }
  return out;
}

/** The formula's shape at (row, col): relative references as offsets. */
export function relativeShape(formula: string, row: number, col: number): string {
  return mapReferences(formula, (ca, c, ra, r) => `${ra ? `R${r}` : `R[${r - row}]`}${ca ? `C${c}` : `C[${c - col}]`}`);
}

/** The formula of `from` (a shared formula's first cell) as it reads at `to`. */
export function shiftFormula(formula: string, from: { row: number; col: number }, to: { row: number; col: number }): string {
  return mapReferences(formula, (ca, c, ra, r) =>
    `${ca ? '$' : ''}${columnLetters(ca ? c : c + to.col - from.col)}${ra ? '$' : ''}${ra ? r : r + to.row - from.row}`);
}
