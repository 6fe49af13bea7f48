/**
 * A small evaluator for the formulas the rule generators emit (shared/rules/sheet), with Excel's
 * semantics where they matter to a score: an empty cell equals "" and 0, "=" between a number and
 * text is FALSE, text compares case-insensitively, ROUND rounds half away from zero and ROUNDDOWN
 * towards zero on the 15 significant digits Excel keeps. Only IF, AND, OR, ISNUMBER, ROUND,
 * ROUNDDOWN, MIN, MAX, SUM, COUNT, COUNTIF, SUMIFS, comparison, arithmetic, cell references, ranges
 * and strings: a formula using anything else fails loudly, so a generator that starts emitting
 * something new is noticed. SUM, COUNT, MIN and MAX count only the numbers of a reference or range,
 * skipping text such as "0.25" stored as text (https://support.microsoft.com/office/sum-function-043e1c7d-7726-4e80-8f32-07b23e057f89:
 * "If an argument is an array or reference, only numbers in that array or reference are counted");
 * COUNTIF and SUMIFS take a criterion such as "<0" or "<>KĐG"
 * (https://support.microsoft.com/office/countif-function-e0de10c6-f885-4e71-abb4-1f464816df34).
 *
 * Written here rather than taken from npm: hot-formula-parser and formulajs evaluate comparisons and
 * blanks with JavaScript's rules (blank = "" is not TRUE there), which is exactly what this test must
 * not get wrong. Semantics: https://support.microsoft.com/en-us/office/calculation-operators-and-precedence-in-excel-48be406d-4975-4d31-b2b8-7af9e0e2878a
 * and https://support.microsoft.com/en-us/office/round-function-c018c5d8-40fb-4053-90b1-b3e7f61a213c
 */

export type CellValue = number | string | boolean | null;
export type FormulaValue = number | string | boolean | { readonly error: string };

const BLANK = Symbol('blank');
type Value = FormulaValue | typeof BLANK;

type Token =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'ref'; v: string }
  | { t: 'range'; v: string }
  | { t: 'name'; v: string }
  | { t: 'op'; v: string }
  | { t: '('; v: '(' }
  | { t: ')'; v: ')' }
  | { t: ','; v: ',' };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] ?? '';
    if (c === ' ') { i++; continue; }
    if (c === '"') {
      let s = '';
      i++;
      for (;;) {
        if (i >= src.length) throw new Error(`unterminated string in ${src}`);
        if (src[i] === '"') {
          if (src[i + 1] === '"') { s += '"'; i += 2; continue; }
          i++;
          break;
        }
        s += src[i];
        i++;
      }
      out.push({ t: 'str', v: s });
      continue;
    }
    const number = /^\d+(?:\.\d+)?(?:E[+-]?\d+)?/i.exec(src.slice(i));
    if (number) { out.push({ t: 'num', v: Number(number[0]) }); i += number[0].length; continue; }
    const range = /^\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+/i.exec(src.slice(i));
    if (range) { out.push({ t: 'range', v: range[0].replace(/\$/g, '').toUpperCase() }); i += range[0].length; continue; }
    const word = /^\$?[A-Z]+\$?\d+|^[A-Z][A-Z0-9.]*/i.exec(src.slice(i));
    if (word) {
      const w = word[0];
      out.push(/\d$/.test(w) && /^\$?[A-Z]{1,3}\$?\d+$/i.test(w) ? { t: 'ref', v: w.replace(/\$/g, '').toUpperCase() } : { t: 'name', v: w.toUpperCase() });
      i += w.length;
      continue;
    }
    const op = /^(<>|<=|>=|[=<>+\-*/])/.exec(src.slice(i));
    if (op) { out.push({ t: 'op', v: op[0] }); i += op[0].length; continue; }
    if (c === '(' || c === ')' || c === ',') { out.push({ t: c, v: c } as Token); i++; continue; }
    throw new Error(`unexpected "${c}" in ${src}`);
  }
  return out;
}

type Node =
  | { k: 'lit'; v: number | string }
  | { k: 'ref'; v: string }
  | { k: 'range'; v: string }
  | { k: 'neg'; a: Node }
  | { k: 'bin'; op: string; a: Node; b: Node }
  | { k: 'call'; name: string; args: Node[] };

function parse(src: string): Node {
  const toks = tokenize(src);
  let p = 0;
  const peek = (): Token | undefined => toks[p];
  const take = (): Token => {
    const t = toks[p++];
    if (!t) throw new Error(`unexpected end of ${src}`);
    return t;
  };
  const isOp = (ops: string[]): boolean => { const t = peek(); return t?.t === 'op' && ops.includes(t.v); };
  const opText = (): string => String(take().v);
  const comparison = (): Node => {
    let a = additive();
    while (isOp(['=', '<>', '<', '<=', '>', '>='])) { const op = opText(); a = { k: 'bin', op, a, b: additive() }; }
    return a;
  };
  const additive = (): Node => {
    let a = multiplicative();
    while (isOp(['+', '-'])) { const op = opText(); a = { k: 'bin', op, a, b: multiplicative() }; }
    return a;
  };
  const multiplicative = (): Node => {
    let a = unary();
    while (isOp(['*', '/'])) { const op = opText(); a = { k: 'bin', op, a, b: unary() }; }
    return a;
  };
  const unary = (): Node => {
    if (isOp(['-'])) { take(); return { k: 'neg', a: unary() }; }
    if (isOp(['+'])) { take(); return unary(); }
    return primary();
  };
  const primary = (): Node => {
    const t = take();
    if (t.t === 'num' || t.t === 'str') return { k: 'lit', v: t.v };
    if (t.t === 'ref') return { k: 'ref', v: t.v };
    if (t.t === 'range') return { k: 'range', v: t.v };
    if (t.t === '(') { const e = comparison(); if (take().t !== ')') throw new Error(`missing ) in ${src}`); return e; }
    if (t.t === 'name') {
      if (take().t !== '(') throw new Error(`${t.v} is not a function call in ${src}`);
      const args: Node[] = [];
      if (peek()?.t !== ')') {
        for (;;) {
          args.push(comparison());
          const sep = take();
          if (sep.t === ')') break;
          if (sep.t !== ',') throw new Error(`expected , or ) in ${src}`);
        }
      } else take();
      return { k: 'call', name: t.v, args };
    }
    throw new Error(`unexpected ${t.v} in ${src}`);
  };
  const tree = comparison();
  if (p !== toks.length) throw new Error(`trailing tokens in ${src}`);
  return tree;
}

const isError = (v: Value): v is { error: string } => typeof v === 'object' && v !== null && 'error' in v;

function toNumber(v: Value): number | { error: string } {
  if (v === BLANK) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v !== 'string') return v;
  const n = Number(v);
  return v.trim() !== '' && Number.isFinite(n) ? n : { error: '#VALUE!' };
}

function toBool(v: Value): boolean | { error: string } {
  if (v === BLANK) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (isError(v)) return v;
  return { error: '#VALUE!' };
}

/** Excel orders numbers < text < logicals; an empty cell takes the type of the other side. */
function compare(a: Value, b: Value): number {
  const rank = (v: FormulaValue): number => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  let x = a;
  let y = b;
  if (x === BLANK && y === BLANK) return 0;
  if (x === BLANK) x = typeof y === 'string' ? '' : typeof y === 'boolean' ? false : 0;
  if (y === BLANK) y = typeof x === 'string' ? '' : typeof x === 'boolean' ? false : 0;
  const fx = x as FormulaValue;
  const fy = y as FormulaValue;
  if (rank(fx) !== rank(fy)) return rank(fx) - rank(fy);
  if (typeof fx === 'string' && typeof fy === 'string') {
    const l = fx.toLowerCase();
    const r = fy.toLowerCase();
    return l < r ? -1 : l > r ? 1 : 0;
  }
  const nx = Number(fx);
  const ny = Number(fy);
  return nx < ny ? -1 : nx > ny ? 1 : 0;
}

/** Excel keeps 15 significant digits: 0.29 × 100 is 29 to it, not 28.999999999999996. */
function excelRound(x: number, digits: number, down: boolean): number {
  const factor = 10 ** digits;
  const scaled = Number((Math.abs(x) * factor).toPrecision(15));
  const cut = down ? Math.floor(scaled) : Math.floor(scaled + 0.5);
  const r = cut / factor;
  return x < 0 && r !== 0 ? -r : r;
}

function evaluateNode(n: Node, cells: (ref: string) => CellValue): Value {
  const ev = (m: Node): Value => evaluateNode(m, cells);
  switch (n.k) {
    case 'lit': return n.v;
    case 'ref': { const v = cells(n.v); return v === null || v === undefined ? BLANK : v; }
    // A range where one value is wanted (implicit intersection) is not modelled.
    case 'range': return { error: '#VALUE!' };
    case 'neg': { const v = toNumber(ev(n.a)); return isError(v as Value) ? v : -(v as number); }
    case 'bin': {
      const a = ev(n.a);
      const b = ev(n.b);
      if (isError(a)) return a;
      if (isError(b)) return b;
      if (['=', '<>', '<', '<=', '>', '>='].includes(n.op)) {
        const c = compare(a, b);
        return n.op === '=' ? c === 0 : n.op === '<>' ? c !== 0 : n.op === '<' ? c < 0 : n.op === '<=' ? c <= 0 : n.op === '>' ? c > 0 : c >= 0;
      }
      const x = toNumber(a);
      const y = toNumber(b);
      if (typeof x !== 'number') return x;
      if (typeof y !== 'number') return y;
      if (n.op === '/' && y === 0) return { error: '#DIV/0!' };
      return n.op === '+' ? x + y : n.op === '-' ? x - y : n.op === '*' ? x * y : x / y;
    }
    case 'call': return call(n.name, n.args, ev, cells);
  }
}

/** The cells of a reference or range node, row by row ("D38:E39" → D38, E38, D39, E39); undefined for any other node. */
function refsOf(n: Node): string[] | undefined {
  if (n.k === 'ref') return [n.v];
  if (n.k !== 'range') return undefined;
  const [from = '', to = ''] = n.v.split(':');
  const p = /^([A-Z]+)(\d+)$/.exec(from);
  const q = /^([A-Z]+)(\d+)$/.exec(to);
  if (!p || !q) return [];
  const col = (letters: string): number => [...letters].reduce((c, ch) => c * 26 + ch.charCodeAt(0) - 64, 0);
  const letters = (c: number): string => (c > 26 ? letters(Math.floor((c - 1) / 26)) : '') + String.fromCharCode(65 + ((c - 1) % 26));
  const [r1, r2] = [Number(p[2]), Number(q[2])].sort((a, b) => a - b) as [number, number];
  const [c1, c2] = [col(p[1] ?? ''), col(q[1] ?? '')].sort((a, b) => a - b) as [number, number];
  const out: string[] = [];
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out.push(`${letters(c)}${r}`);
  return out;
}

/** A COUNTIF/SUMIFS criterion ("<0", "<>KĐG", ">=0,9" as typed in en-US, "x", 5) as a test of one cell's value. */
function criterionTest(criterion: Value): (v: Value) => boolean {
  const text = criterion === BLANK ? '' : typeof criterion === 'object' ? '' : String(criterion);
  const m = /^(<=|>=|<>|<|>|=)?(.*)$/s.exec(text);
  const op = m?.[1] ?? '=';
  const operand = m?.[2] ?? '';
  const asNumber = operand.trim() !== '' && Number.isFinite(Number(operand)) ? Number(operand) : undefined;
  return (v) => {
    let c: number;
    if (asNumber !== undefined) {
      if (typeof v !== 'number') return op === '<>';
      c = v < asNumber ? -1 : v > asNumber ? 1 : 0;
    } else {
      const s = v === BLANK ? '' : typeof v === 'object' ? '' : String(v);
      if (typeof v === 'number' && op !== '=' && op !== '<>') return false;
      const [l, r] = [s.toLowerCase(), operand.toLowerCase()];
      c = l < r ? -1 : l > r ? 1 : 0;
    }
    return op === '=' ? c === 0 : op === '<>' ? c !== 0 : op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0;
  };
}

function call(name: string, args: Node[], ev: (n: Node) => Value, cells: (ref: string) => CellValue): Value {
  const cellValue = (ref: string): Value => { const v = cells(ref); return v === null || v === undefined ? BLANK : v; };
  /** The numbers SUM, COUNT, MIN and MAX see: a reference's or range's numbers only, a direct value as a number. */
  const aggregated = (): number[] | { error: string } => {
    const out: number[] = [];
    for (const a of args) {
      const refs = refsOf(a);
      if (refs) {
        for (const ref of refs) {
          const v = cellValue(ref);
          if (isError(v)) return v;
          if (typeof v === 'number') out.push(v);
        }
        continue;
      }
      const v = toNumber(ev(a));
      if (typeof v !== 'number') return v;
      out.push(v);
    }
    return out;
  };
  const numbers = (): number[] | { error: string } => {
    const out: number[] = [];
    for (const a of args) {
      const v = toNumber(ev(a));
      if (typeof v !== 'number') return v;
      out.push(v);
    }
    return out;
  };
  switch (name) {
    case 'IF': {
      const [test, then, otherwise] = args;
      if (!test || !then || args.length > 3) throw new Error('IF takes 2 or 3 arguments');
      const c = toBool(ev(test));
      if (typeof c !== 'boolean') return c;
      if (c) return ev(then);
      return otherwise ? ev(otherwise) : false;
    }
    case 'AND':
    case 'OR': {
      const bools: boolean[] = [];
      for (const a of args) { const b = toBool(ev(a)); if (typeof b !== 'boolean') return b; bools.push(b); }
      return name === 'AND' ? bools.every(Boolean) : bools.some(Boolean);
    }
    case 'ISNUMBER': {
      const [a] = args;
      if (!a || args.length !== 1) throw new Error('ISNUMBER takes 1 argument');
      return typeof ev(a) === 'number';
    }
    case 'ROUND':
    case 'ROUNDDOWN': {
      const ns = numbers();
      if (!Array.isArray(ns)) return ns;
      if (ns.length !== 2) throw new Error(`${name} takes 2 arguments`);
      return excelRound(ns[0] ?? 0, ns[1] ?? 0, name === 'ROUNDDOWN');
    }
    case 'SUM': {
      const ns = aggregated();
      return Array.isArray(ns) ? ns.reduce((a, b) => a + b, 0) : ns;
    }
    case 'COUNT': {
      let count = 0;
      for (const a of args) {
        const refs = refsOf(a);
        if (refs) count += refs.filter((ref) => typeof cellValue(ref) === 'number').length;
        else if (typeof ev(a) === 'number') count++;
      }
      return count;
    }
    case 'COUNTIF': {
      const [range, criterion] = args;
      const refs = range ? refsOf(range) : undefined;
      if (!refs || !criterion || args.length !== 2) throw new Error('COUNTIF takes a range and a criterion');
      const test = criterionTest(ev(criterion));
      return refs.filter((ref) => test(cellValue(ref))).length;
    }
    case 'SUMIFS': {
      const [sum, ...pairs] = args;
      const sumRefs = sum ? refsOf(sum) : undefined;
      if (!sumRefs || pairs.length === 0 || pairs.length % 2 !== 0) throw new Error('SUMIFS takes a sum range and pairs of range and criterion');
      const tests: { refs: string[]; test: (v: Value) => boolean }[] = [];
      for (let k = 0; k < pairs.length; k += 2) {
        const refs = refsOf(pairs[k] as Node);
        if (!refs || refs.length !== sumRefs.length) throw new Error('SUMIFS ranges must be the size of the sum range');
        tests.push({ refs, test: criterionTest(ev(pairs[k + 1] as Node)) });
      }
      let total = 0;
      for (let i = 0; i < sumRefs.length; i++) {
        if (!tests.every((t) => t.test(cellValue(t.refs[i] ?? '')))) continue;
        const v = cellValue(sumRefs[i] ?? '');
        if (typeof v === 'number') total += v;
      }
      return total;
    }
    case 'MIN':
    case 'MAX': {
      const ns = aggregated();
      if (!Array.isArray(ns)) return ns;
      if (ns.length === 0) return 0;
      return name === 'MIN' ? Math.min(...ns) : Math.max(...ns);
    }
    default: throw new Error(`the test evaluator does not know ${name}`);
  }
}

/** The value a formula shows, given what each referenced cell holds (null for an empty cell). */
export function evaluateFormula(formula: string, cells: Readonly<Record<string, CellValue>>): FormulaValue {
  return evaluateWith(formula, (ref) => cells[ref] ?? null);
}

/** evaluateFormula with the cells looked up one by one ("D38" → its value, null when empty): a sheet's own cells. */
export function evaluateWith(formula: string, cells: (ref: string) => CellValue): FormulaValue {
  const v = evaluateNode(parse(formula.replace(/^=/, '')), cells);
  return v === BLANK ? 0 : v;
}

/**
 * What a spreadsheet shows in each cell once it has calculated: a formula's result over the cells it
 * reads (themselves calculated), a typed cell's value. For the host fakes, whose `values` /
 * getValues() give a formula's result. `formulaOf` gives a cell's formula (without or with "=") or
 * null; `storedOf` its stored value, which is also what a formula shows when this evaluator cannot
 * calculate it (a custom function such as CCHC.DIEM, a function not modelled): the cached result a
 * file came with, or "" for a formula written in the session. A loop shows #REF!. Results are kept
 * for one read: make a new calculator after writing.
 */
export function sheetCalculator(formulaOf: (ref: string) => string | null | undefined, storedOf: (ref: string) => unknown): (ref: string) => unknown {
  const done = new Map<string, unknown>();
  const busy = new Set<string>();
  const shown = (ref: string): unknown => {
    if (done.has(ref)) return done.get(ref);
    const formula = formulaOf(ref);
    if (!formula) return storedOf(ref);
    if (busy.has(ref)) return '#REF!';
    busy.add(ref);
    let result: unknown;
    try {
      const v = evaluateWith(formula, (r) => {
        const x = shown(r);
        return x === '' || x === undefined || x === null ? null : x instanceof Date ? null : (x as CellValue);
      });
      result = typeof v === 'object' ? v.error : v;
    } catch {
      result = storedOf(ref);
    }
    busy.delete(ref);
    done.set(ref, result);
    return result;
  };
  return shown;
}
