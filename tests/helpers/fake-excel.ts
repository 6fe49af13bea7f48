/**
 * A recording fake of the Excel JavaScript API objects the adapter uses. Like the real API, nothing
 * happens until context.sync(): operations are queued, then applied, and every sync is counted.
 * Values of the sheets live in memory so reads return what was written. What it models, each from
 * Microsoft's documentation or a confirmed office-js issue:
 * - a string written to `values`/`formulas` is read as if typed in the en-US locale: "'x" is the
 *   text x, "=x" a formula, "1." / "100%" / "TRUE" numbers and booleans
 *   (https://github.com/OfficeDev/office-js/issues/1559); null in a 2-D array leaves the cell alone,
 *   "" clears it (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values);
 * - `formulas` gives a text cell's text without its apostrophe, so text "=abc" reads "=abc";
 * - getRanges wants the Windows list separator between areas, ";" in vi-VN
 *   (https://github.com/OfficeDev/office-js/issues/1167, https://github.com/OfficeDev/office-js/issues/1985);
 * - Excel on the web refuses a request or a response over 5 MB and a range read over 5 million cells
 *   (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization);
 * - getSelectedRange throws when several areas are selected; getSelectedRanges (ExcelApi 1.9) gives them all
 *   (https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1));
 * - column widths and row heights are in points (format.columnWidth, format.rowHeight:
 *   https://learn.microsoft.com/javascript/api/excel/excel.rangeformat); a range's getColumnProperties /
 *   getRowProperties (ExcelApi 1.9) give one entry per column / row, with `format.columnWidth` /
 *   `format.rowHeight` when asked for, filled at the next sync
 *   (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getcolumnproperties-member(1)).
 *   Unsized columns are Excel's default 8,43 characters (64 px = 48 pt) and rows 15 pt.
 * - `values` gives a formula cell's calculated result, `formulas` its formula ("=…") and a cell
 *   without one its value ("If a cell has no formula, its value is returned instead":
 *   https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member,
 *   https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member).
 *   Excel calculates automatically, so a read after a write sees the results of the cells it changed.
 *   The results come from tests/helpers/formula-evaluator (SUM skips text in a reference, as Excel's
 *   does); a formula it cannot calculate (a custom function) shows "".
 */

import { sheetCalculator } from './formula-evaluator';

interface Op {
  readonly path: string;
  readonly kind: 'set' | 'call';
  readonly args: readonly unknown[];
}

export interface FakeWorksheetData {
  name: string;
  values: unknown[][];
  formulas: (string | null)[][];
  /** Points by 0-based column / row, where sized. */
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
}

export const DEFAULT_COLUMN_POINTS = 48;
export const DEFAULT_ROW_POINTS = 15;

/** 0-based area, as Excel's rowIndex/columnIndex/rowCount/columnCount. */
export interface FakeArea {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const CELL_LIMIT = 5_000_000;
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

function columnIndexOf(letters: string): number {
  let col = 0;
  for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/** An A1 address ("B3", "B3:D9", "A:A", "5:7") as a 0-based area. */
export function areaOf(address: string): FakeArea {
  const [from = '', to = from] = address.replace(/\$/g, '').split(':');
  const col = /^[A-Z]+$/;
  const row = /^\d+$/;
  if (col.test(from) && col.test(to)) return { rowIndex: 0, columnIndex: columnIndexOf(from), rowCount: MAX_ROWS, columnCount: columnIndexOf(to) - columnIndexOf(from) + 1 };
  if (row.test(from) && row.test(to)) return { rowIndex: Number(from) - 1, columnIndex: 0, rowCount: Number(to) - Number(from) + 1, columnCount: MAX_COLUMNS };
  const p = /^([A-Z]+)(\d+)$/.exec(from);
  const q = /^([A-Z]+)(\d+)$/.exec(to);
  if (!p || !q) throw new Error(`InvalidArgument: ${address}`);
  const r0 = Number(p[2]) - 1;
  const c0 = columnIndexOf(p[1] ?? 'A');
  return { rowIndex: r0, columnIndex: c0, rowCount: Number(q[2]) - r0, columnCount: columnIndexOf(q[1] ?? 'A') - c0 + 1 };
}

function cellName(rowIndex: number, columnIndex: number): string {
  let n = columnIndex + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${rowIndex + 1}`;
}

/** What each cell of a sheet shows once Excel has calculated it (one read's worth: values change with writes). */
function calculatorOf(d: FakeWorksheetData): (ref: string) => unknown {
  const at = (ref: string): { i: number; j: number } => {
    const a = areaOf(ref);
    return { i: a.rowIndex, j: a.columnIndex };
  };
  return sheetCalculator((ref) => { const { i, j } = at(ref); return d.formulas[i]?.[j]; }, (ref) => { const { i, j } = at(ref); return d.values[i]?.[j] ?? ''; });
}

/** What Excel stores for a string typed in en-US: the value, and the formula when it is one. */
export function typedInEnUs(v: unknown): { value: unknown; formula: string | null } {
  if (typeof v !== 'string') return { value: v, formula: null };
  if (v.startsWith("'")) return { value: v.slice(1), formula: null };
  if (v.startsWith('=')) return { value: '', formula: v.slice(1) };
  const t = v.trim();
  if (/^(true|false)$/i.test(t)) return { value: t.toUpperCase() === 'TRUE', formula: null };
  const pct = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d*)?)\s*%$/.exec(t);
  if (pct && /\d/.test(pct[1] ?? '')) return { value: Number((pct[1] ?? '').replace(/,/g, '')) / 100, formula: null };
  if (/^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?$|^[+-]?\.\d+$/.test(t)) return { value: Number(t.replace(/,/g, '')), formula: null };
  return { value: v, formula: null };
}

const bytes = (x: unknown): number => Buffer.byteLength(JSON.stringify(x) ?? '', 'utf8');

export class FakeExcel {
  syncs = 0;
  readonly ops: Op[] = [];
  readonly sheets: FakeWorksheetData[] = [];
  activeSheet = 0;
  /** The Windows list separator getRanges wants between areas: "," in en-US, ";" in vi-VN. */
  listSeparator: ',' | ';' = ',';
  /** The selected areas of the active sheet. */
  selection: FakeArea[] = [{ rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 1 }];
  /** Fails the sync that carries this operation path, to test a failure half-way. */
  failOnOp: string | undefined;
  /** The largest request and response of any sync, in bytes, and the cells of the largest read. */
  largestRequest = 0;
  largestResponse = 0;
  largestRead = 0;
  private queue: { apply: () => void; request: number; response: () => number }[] = [];

  addSheet(name: string, values: unknown[][] = []): FakeWorksheetData {
    const sheet = {
      // A formula's own value is its result, calculated when read: nothing is stored for it.
      name, values: values.map((r) => r.map((v) => (typeof v === 'string' && v.startsWith('=') ? '' : v))),
      formulas: values.map((r) => r.map((v) => (typeof v === 'string' && v.startsWith('=') ? v.slice(1) : null))),
      columnWidths: new Map<number, number>(), rowHeights: new Map<number, number>(),
    };
    this.sheets.push(sheet);
    return sheet;
  }

  context(): unknown {
    return { workbook: this.workbook(), sync: () => this.sync() };
  }

  private async sync(): Promise<void> {
    this.syncs++;
    const queue = this.queue;
    this.queue = [];
    const request = queue.reduce((n, q) => n + q.request, 0);
    this.largestRequest = Math.max(this.largestRequest, request);
    if (request > PAYLOAD_LIMIT) throw new Error('RequestPayloadSizeLimitExceeded: the request is over 5 MB');
    let response = 0;
    for (const q of queue) {
      q.apply();
      response += q.response();
    }
    this.largestResponse = Math.max(this.largestResponse, response);
    if (response > PAYLOAD_LIMIT) throw new Error('RequestPayloadSizeLimitExceeded: the response is over 5 MB');
  }

  private enqueue(apply: () => void, request = 0, response: () => number = () => 0): void {
    this.queue.push({ apply, request, response });
  }

  private record(path: string, kind: Op['kind'], args: readonly unknown[], apply: () => void = () => undefined): void {
    this.ops.push({ path, kind, args });
    this.enqueue(() => {
      if (this.failOnOp && path.endsWith(this.failOnOp)) throw new Error(`Lỗi Excel giả lập ở ${path}`);
      apply();
      this.applyLayout(path, args);
    }, bytes(args) + path.length);
  }

  /** Widths and heights set on whole columns ("B:B") or rows ("5:5") land in the sheet, so a later read sees them. */
  private applyLayout(path: string, args: readonly unknown[]): void {
    const m = /^sheet\[([^\]]*)\]\.range\(([^)]*)\)\.format\.(columnWidth|rowHeight)$/.exec(path);
    const d = m ? this.data(m[1] ?? '') : undefined;
    if (!m || !d || typeof args[0] !== 'number') return;
    const a = areaOf(m[2] ?? '');
    if (m[3] === 'columnWidth') for (let c = a.columnIndex; c < a.columnIndex + a.columnCount; c++) d.columnWidths.set(c, args[0]);
    else for (let r = a.rowIndex; r < a.rowIndex + a.rowCount; r++) d.rowHeights.set(r, args[0]);
  }

  /** The format properties set on each single cell ("B60" → { "font.bold": true, "fill.color": … }), last one winning. */
  looks(sheet: string): Map<string, Record<string, unknown>> {
    const out = new Map<string, Record<string, unknown>>();
    for (const op of this.ops) {
      const m = /^sheet\[([^\]]*)\]\.range\(([A-Z]+\d+)\)\.format\.(.+)$/.exec(op.path);
      if (!m || m[1] !== sheet || op.kind !== 'set') continue;
      const key = (m[3] ?? '').replace(/^borders\.getItem\(\)\.style$/, 'border');
      const look = out.get(m[2] ?? '') ?? {};
      look[key] = op.args[0];
      out.set(m[2] ?? '', look);
    }
    return out;
  }

  /** Any property chain not modelled below records its assignments and calls and returns another recorder. */
  private generic(path: string): unknown {
    const self = this;
    return new Proxy(function noop() { /* callable */ }, {
      get(_t, prop) {
        if (prop === 'then') return undefined;
        return self.generic(`${path}.${String(prop)}`);
      },
      set(_t, prop, value) {
        self.record(`${path}.${String(prop)}`, 'set', [value]);
        return true;
      },
      apply(_t, _this, args) {
        self.record(path, 'call', args);
        return self.generic(`${path}()`);
      },
    });
  }

  private data(name: string): FakeWorksheetData | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  private usedArea(name: string, valuesOnly = false): FakeArea | undefined {
    void valuesOnly;
    const d = this.data(name);
    if (!d) return undefined;
    let top = -1;
    let bottom = -1;
    let left = Number.MAX_SAFE_INTEGER;
    let right = -1;
    d.values.forEach((row, i) => (row ?? []).forEach((v, j) => {
      if ((v === '' || v === null || v === undefined) && !d.formulas[i]?.[j]) return;
      if (top < 0) top = i;
      bottom = i;
      left = Math.min(left, j);
      right = Math.max(right, j);
    }));
    return top < 0 ? undefined : { rowIndex: top, columnIndex: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }

  private read(name: string, a: FakeArea): { values: unknown[][]; formulas: unknown[][] } {
    const d = this.data(name);
    const values: unknown[][] = [];
    const formulas: unknown[][] = [];
    const used = this.usedArea(name);
    const shown = d ? calculatorOf(d) : undefined;
    // Rows and columns past the used range are empty: they are not materialised one by one.
    const lastRow = used ? Math.min(a.rowIndex + a.rowCount, used.rowIndex + used.rowCount) : a.rowIndex;
    for (let i = a.rowIndex; i < a.rowIndex + a.rowCount; i++) {
      if (i >= lastRow) {
        values.push(Array.from({ length: a.columnCount }, () => ''));
        formulas.push(Array.from({ length: a.columnCount }, () => ''));
        continue;
      }
      const vr: unknown[] = [];
      const fr: unknown[] = [];
      for (let j = a.columnIndex; j < a.columnIndex + a.columnCount; j++) {
        const f = d?.formulas[i]?.[j];
        const v = f && shown ? shown(cellName(i, j)) : d?.values[i]?.[j];
        vr.push(v ?? '');
        fr.push(f ? `=${f}` : v ?? '');
      }
      values.push(vr);
      formulas.push(fr);
    }
    return { values, formulas };
  }

  /** A range proxy: writes go to the sheet's cells with Excel's typing rules; load() reads them back at the next sync. */
  private range(name: string, path: string, area: FakeArea): unknown {
    const self = this;
    const state: Record<string, unknown> = { ...area, isNullObject: false };
    const target = self.generic(path) as object;
    return new Proxy(target, {
      get(t, prop) {
        if (prop === 'load') {
          return (props?: string | string[]) => {
            const wanted = Array.isArray(props) ? props : String(props ?? '').split(',').map((p) => p.trim());
            const cells = area.rowCount * area.columnCount;
            if (wanted.some((p) => p === 'values' || p === 'formulas') && cells > CELL_LIMIT) {
              self.enqueue(() => { throw new Error(`The range is too large: ${cells} cells is over the 5 000 000-cell limit`); });
              return;
            }
            let size = 0;
            self.enqueue(() => {
              if (!wanted.some((p) => p === 'values' || p === 'formulas')) return;
              self.largestRead = Math.max(self.largestRead, cells);
              const r = self.read(name, area);
              if (wanted.includes('values')) state.values = r.values;
              if (wanted.includes('formulas')) state.formulas = r.formulas;
              size = (wanted.includes('values') ? bytes(r.values) : 0) + (wanted.includes('formulas') ? bytes(r.formulas) : 0);
            }, 0, () => size);
          };
        }
        if (typeof prop === 'string' && prop in state) return state[prop];
        return Reflect.get(t, prop);
      },
      set(_t, prop, value) {
        self.record(`${path}.${String(prop)}`, 'set', [value], () => {
          if (prop !== 'formulas' && prop !== 'values') return;
          const d = self.data(name);
          if (!d) throw new Error(`no sheet ${name}`);
          (value as unknown[][]).forEach((rowValues, i) => rowValues.forEach((v, j) => {
            if (v === null) return;
            const typed = typedInEnUs(v);
            (d.values[area.rowIndex + i] ??= [])[area.columnIndex + j] = typed.value;
            (d.formulas[area.rowIndex + i] ??= [])[area.columnIndex + j] = typed.formula;
          }));
        });
        return true;
      },
    });
  }

  private workbook(): unknown {
    const self = this;
    const worksheets = {
      items: [] as unknown[],
      load() { self.ops.push({ path: 'worksheets.load', kind: 'call', args: [] }); self.enqueue(() => { worksheets.items = self.sheets.map((s) => self.worksheet(s.name)); }); },
      add(name: string) {
        self.record('worksheets.add', 'call', [name], () => self.addSheet(name));
        return self.worksheet(name);
      },
      getItem: (name: string) => self.worksheet(name),
      getItemOrNullObject(name: string) {
        const ws = self.worksheet(name) as { isNullObject?: boolean };
        self.enqueue(() => { ws.isNullObject = !self.sheets.some((s) => s.name === name); });
        return ws;
      },
      getActiveWorksheet: () => self.worksheet(self.sheets[self.activeSheet]?.name ?? ''),
    };
    const activeName = (): string => self.sheets[self.activeSheet]?.name ?? '';
    return {
      worksheets,
      application: self.generic('workbook.application'),
      getSelectedRange: () => {
        const areas = self.selection;
        const first = areas[0] ?? { rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 1 };
        const r = self.range(activeName(), 'selectedRange', first);
        if (areas.length > 1) self.enqueue(() => { throw new Error('InvalidSelection: this operation does not work on multiple selections'); });
        return r;
      },
      getSelectedRanges: () => {
        self.ops.push({ path: 'getSelectedRanges', kind: 'call', args: [] });
        const items = self.selection.map((a) => ({ ...a }));
        return { areas: { items, load() { /* known */ } } };
      },
    };
  }

  private worksheet(name: string): unknown {
    const self = this;
    const base = `sheet[${name}]`;
    const sheet = {
      name,
      isNullObject: false,
      load() { /* the name is known */ },
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) => self.range(name, `${base}.range(${row},${col},${rows}x${cols})`, { rowIndex: row, columnIndex: col, rowCount: rows, columnCount: cols }),
      getRange: (address: string) => self.range(name, `${base}.range(${address})`, areaOf(address)),
      getRanges: (addresses: string) => {
        const sep = self.listSeparator;
        const other = sep === ',' ? ';' : ',';
        const parts = addresses.split(sep);
        if (addresses.includes(other)) self.enqueue(() => { throw new Error(`InvalidArgument: getRanges("${addresses.slice(0, 40)}…") in a locale whose list separator is "${sep}"`); });
        return self.generic(`${base}.ranges(${parts.length})`);
      },
      getUsedRangeOrNullObject(valuesOnly?: boolean) {
        /** One entry per column / row of the used range, known at the sync that follows. */
        const properties = (kind: 'column' | 'row') => {
          self.ops.push({ path: `${base}.usedRange.get${kind === 'column' ? 'Column' : 'Row'}Properties`, kind: 'call', args: [] });
          const result = { value: [] as unknown[] };
          self.enqueue(() => {
            const a = self.usedArea(name, valuesOnly);
            const d = self.data(name);
            if (!a || !d) return;
            result.value = kind === 'column'
              ? Array.from({ length: a.columnCount }, (_, k) => ({ columnIndex: a.columnIndex + k, format: { columnWidth: d.columnWidths.get(a.columnIndex + k) ?? DEFAULT_COLUMN_POINTS } }))
              : Array.from({ length: a.rowCount }, (_, k) => ({ rowIndex: a.rowIndex + k, format: { rowHeight: d.rowHeights.get(a.rowIndex + k) ?? DEFAULT_ROW_POINTS } }));
          }, 0, () => bytes(result.value));
          return result;
        };
        const used = { isNullObject: false, values: [] as unknown[][], formulas: [] as unknown[][], rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0,
          getColumnProperties: () => properties('column'),
          getRowProperties: () => properties('row'),
          load(props?: string | string[]) {
            const wanted = Array.isArray(props) ? props : String(props ?? '').split(',');
            let size = 0;
            self.enqueue(() => {
              const a = self.usedArea(name, valuesOnly);
              used.isNullObject = !a;
              if (!a) return;
              Object.assign(used, a);
              // Values are read from A1's side of the used range, as the adapter pads them.
              if (!wanted.includes('values') && !wanted.includes('formulas')) return;
              if (a.rowCount * a.columnCount > CELL_LIMIT) throw new Error('The range is too large: over the 5 000 000-cell limit');
              self.largestRead = Math.max(self.largestRead, a.rowCount * a.columnCount);
              const r = self.read(name, a);
              used.values = r.values;
              used.formulas = r.formulas;
              size = bytes(r.values) + bytes(r.formulas);
            }, 0, () => size);
          } };
        return used;
      },
      freezePanes: self.generic(`${base}.freezePanes`),
      charts: self.generic(`${base}.charts`),
      pageLayout: self.generic(`${base}.pageLayout`),
      activate: () => self.record(`${base}.activate`, 'call', []),
      delete: () => self.record(`${base}.delete`, 'call', [], () => {
        const i = self.sheets.findIndex((s) => s.name === name);
        if (i >= 0) self.sheets.splice(i, 1);
      }),
    };
    return sheet;
  }

  /**
   * The validation rules queued on each range of a sheet, last one winning, as Range.dataValidation.rule
   * keeps one rule per range (https://learn.microsoft.com/en-us/javascript/api/excel/excel.datavalidation#excel-excel-datavalidation-rule-member);
   * a list's source is the inline "a,b,c" or a range formula (https://learn.microsoft.com/en-us/javascript/api/excel/excel.listdatavalidation).
   */
  validations(sheet: string): Map<string, { rule: unknown; prompt?: unknown }> {
    const out = new Map<string, { rule: unknown; prompt?: unknown }>();
    const prefix = `sheet[${sheet}].range(`;
    for (const op of this.ops) {
      if (op.kind !== 'set' || !op.path.startsWith(prefix)) continue;
      const m = /^sheet\[[^\]]*\]\.range\(([^)]*)\)\.dataValidation\.(rule|prompt)$/.exec(op.path);
      if (!m) continue;
      const range = m[1] ?? '';
      const entry = out.get(range) ?? { rule: undefined };
      if (m[2] === 'rule') entry.rule = op.args[0];
      else entry.prompt = op.args[0];
      out.set(range, entry);
    }
    return out;
  }

  /** Sheets that operations wrote to ("sheet[Name]"). */
  writtenSheets(): Set<string> {
    return new Set(this.ops.filter((o) => o.kind === 'set' || o.path.endsWith('merge')).map((o) => /^sheet\[([^\]]*)\]/.exec(o.path)?.[1]).filter((x): x is string => x !== undefined));
  }
}

/**
 * Office and Excel as the task pane's backend finds them (Excel.run over this fake, document settings
 * in memory); `uninstallExcel` after each test.
 */
export function installExcel(excel: FakeExcel, settings: Record<string, unknown> = {}): void {
  const g = globalThis as unknown as Record<string, unknown>;
  g.Excel = { run: (fn: (ctx: unknown) => Promise<unknown>) => fn(excel.context()) };
  g.Office = {
    context: {
      requirements: { isSetSupported: (set: string) => set === 'ExcelApi' },
      document: { settings: { get: (k: string) => settings[k] ?? null, set: (k: string, v: unknown) => { settings[k] = v; }, saveAsync: (cb: (r: unknown) => void) => cb({ status: 'succeeded' }) } },
    },
    AsyncResultStatus: { Succeeded: 'succeeded' },
  };
}

export function uninstallExcel(): void {
  const g = globalThis as unknown as Record<string, unknown>;
  delete g.Excel;
  delete g.Office;
}
