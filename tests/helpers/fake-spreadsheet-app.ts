/**
 * A recording fake of the Apps Script services the project uses: sheets hold cells in memory, and
 * every method call on every service object is counted, so tests can prove that the number of
 * calls does not grow with the rows and that nothing is written outside where it should be.
 * What it models from Google's documentation:
 * - getValues gives a date cell as a Date object
 *   (https://developers.google.com/apps-script/reference/spreadsheet/range#getValues());
 * - setValues reads a string as if typed: "'x" is the text x, "=x" a formula, "100%" and "1." numbers
 *   (https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)); a Date
 *   stays a date, and anything else is stored as its String(), which is how a Date written back as
 *   "'Tue Jan 06 2026 …" becomes text;
 * - a document property value holds at most 9 kB and a store 500 kB
 *   (https://developers.google.com/apps-script/guides/services/quotas), counted in UTF-8 bytes;
 * - a custom function's result is kept until an argument changes or its formula is edited
 *   (https://developers.google.com/apps-script/guides/sheets/functions): `formulaEdits` counts edits;
 * - getValues gives a formula cell's computed value and getFormulas its formula, "" for a cell
 *   without one (https://developers.google.com/apps-script/reference/spreadsheet/range#getvalues,
 *   https://developers.google.com/apps-script/reference/spreadsheet/range#getformulas). Sheets
 *   recalculates on change, so a read after a write sees the new results. The results come from
 *   tests/helpers/formula-evaluator (SUM skips text in a reference); a formula it cannot calculate
 *   (a custom function) shows "".
 */

import { sheetCalculator } from './formula-evaluator';

/** Bytes of a property value as the quota counts them. */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

/** What Sheets stores for a value written with setValues (en locale): the value, and the formula when it is one. */
export function typedInSheets(v: unknown): { value: unknown; formula: string | null } {
  if (v instanceof Date || typeof v === 'number' || typeof v === 'boolean') return { value: v, formula: null };
  if (v === null || v === undefined) return { value: '', formula: null };
  if (typeof v !== 'string') return { value: String(v), formula: null };
  if (v.startsWith("'")) return { value: v.slice(1), formula: null };
  if (v.startsWith('=')) return { value: '', formula: v };
  const t = v.trim();
  if (/^(true|false)$/i.test(t)) return { value: t.toUpperCase() === 'TRUE', formula: null };
  const pct = /^([+-]?\d+(?:\.\d*)?)\s*%$/.exec(t);
  if (pct) return { value: Number(pct[1]) / 100, formula: null };
  if (/^[+-]?\d+(?:\.\d*)?$/.test(t)) return { value: Number(t), formula: null };
  return { value: v, formula: null };
}

export interface FakeCell {
  value: unknown;
  formula: string | null;
  numberFormat?: string;
  /** The DataValidation built for the cell (FakeValidation), or null once cleared. */
  validation?: unknown;
  /** Times this cell's formula was entered or edited (a custom function recalculates on an edit). */
  formulaEdits?: number;
  /** The look a RangeList gave the cell (https://developers.google.com/apps-script/reference/spreadsheet/range-list). */
  look?: FakeLook;
}

/** What RangeList's setters record, in Apps Script's own terms ("bold", "center", "#DDEBF7"). */
export interface FakeLook {
  fontWeight?: string;
  fontStyle?: string;
  fontSize?: number;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrap?: boolean;
  background?: string;
  /** The edges set by setBorder(top, left, bottom, right, …): true on, false off, null unchanged. */
  border?: boolean;
}

/**
 * What DataValidationBuilder.build() returns here: the criteria as Apps Script names them
 * (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-criteria), their
 * values as getCriteriaValues() would give them, and the help text.
 */
export interface FakeValidation {
  readonly kind: string;
  readonly criteria: 'CUSTOM_FORMULA' | 'VALUE_IN_LIST' | 'VALUE_IN_RANGE' | undefined;
  readonly values: readonly unknown[];
  readonly helpText: string;
  readonly allowInvalid: boolean;
}

export interface Write {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly what: string;
}

export class Recorder {
  readonly calls: string[] = [];
  readonly writes: Write[] = [];
  /** Throws when this method is called, to test failure half-way. */
  failOn: string | undefined;
  count(): number {
    return this.calls.length;
  }
}

function wrap<T extends object>(target: T, kind: string, rec: Recorder): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const v = Reflect.get(obj, prop, receiver) as unknown;
      if (typeof v !== 'function' || typeof prop !== 'string' || prop.startsWith('_')) return v;
      return (...args: unknown[]) => {
        const name = `${kind}.${prop}`;
        rec.calls.push(name);
        if (rec.failOn === name) throw new Error(`Lỗi máy chủ giả lập ở ${name}`);
        const out = (v as (...a: unknown[]) => unknown).apply(obj, args);
        // Chained calls (builder.setX().setY(), range.activate()) keep going through the recorder.
        return out === obj ? receiver : out;
      };
    },
  });
}

function parseA1(a1: string): { row: number; column: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a1.trim());
  if (!m) throw new Error(`bad A1 ${a1}`);
  let column = 0;
  for (const ch of m[1] ?? '') column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}

function letters(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  frozenRows = 0;
  conditionalRules: unknown[] = [];
  merges: string[] = [];
  constructor(readonly _name: string, private readonly _app: FakeApp) {}
  _cell(row: number, column: number): FakeCell {
    const key = `${row},${column}`;
    let c = this.cells.get(key);
    if (!c) {
      c = { value: '', formula: null };
      this.cells.set(key, c);
    }
    return c;
  }
  _extent(): { rows: number; columns: number } {
    let rows = 0;
    let columns = 0;
    for (const [key, c] of this.cells) {
      if (c.value === '' && !c.formula) continue;
      const [r, col] = key.split(',').map(Number) as [number, number];
      rows = Math.max(rows, r);
      columns = Math.max(columns, col);
    }
    return { rows, columns };
  }
  getName(): string { return this._name; }
  getDataRange(): FakeRange {
    const { rows, columns } = this._extent();
    return this._app._range(this, 1, 1, Math.max(rows, 1), Math.max(columns, 1));
  }
  getRange(a: string | number, b?: number, c?: number, d?: number): FakeRange {
    if (typeof a === 'string') {
      const [from = '', to = from] = a.split(':');
      const p = parseA1(from);
      const q = parseA1(to);
      return this._app._range(this, p.row, p.column, q.row - p.row + 1, q.column - p.column + 1);
    }
    return this._app._range(this, a, b ?? 1, c ?? 1, d ?? 1);
  }
  getRangeList(list: readonly string[]): FakeRangeList {
    return wrap(new FakeRangeList(list.map((a) => this.getRange(a))), 'RangeList', this._app.rec);
  }
  /**
   * Widths in pixels; a column never sized is 100 px, Sheets' default
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getColumnWidth(Integer)).
   */
  readonly columnWidths = new Map<number, number>();
  setColumnWidth(column: number, px: number): void { this.columnWidths.set(column, px); }
  getColumnWidth(column: number): number { return this.columnWidths.get(column) ?? 100; }
  /** Heights in pixels; a row never sized is 21 px (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRowHeight(Integer)). */
  getRowHeight(row: number): number { return this.rowHeights.get(row) ?? 21; }
  readonly rowHeights = new Map<number, number>();
  autoResized: [number, number][] = [];
  setRowHeight(row: number, px: number): void { this.rowHeights.set(row, px); }
  setRowHeights(first: number, count: number, px: number): void { for (let r = first; r < first + count; r++) this.rowHeights.set(r, px); }
  autoResizeRows(first: number, count: number): void { this.autoResized.push([first, count]); }
  setFrozenRows(n: number): void { this.frozenRows = n; }
  setConditionalFormatRules(rules: unknown[]): void { this.conditionalRules = rules; }
  readonly charts: { title: string; range: string }[] = [];
  getCharts(): { getOptions(): { get(k: string): unknown } }[] {
    return this.charts.map((c) => ({ getOptions: () => ({ get: (k: string) => (k === 'title' ? c.title : undefined) }) }));
  }
  newChart(): unknown {
    const chart = { title: '', range: '' };
    const builder = {
      setChartType() { return builder; },
      addRange(r: FakeRange) { chart.range = r.getA1Notation(); return builder; },
      setNumHeaders() { return builder; },
      setPosition() { return builder; },
      setOption(k: string, v: string) { if (k === 'title') chart.title = v; return builder; },
      build() { return chart; },
    };
    return builder;
  }
  insertChart(chart: { title: string; range: string }): void { this.charts.push(chart); }
  activate(): FakeSheet { this._app.activeSheet = this; return this; }
}

export class FakeRange {
  constructor(readonly _sheet: FakeSheet, readonly _row: number, readonly _column: number, readonly _rows: number, readonly _columns: number, private readonly _app: FakeApp) {}
  private _each<T>(fn: (cell: FakeCell, r: number, c: number) => T): T[][] {
    return Array.from({ length: this._rows }, (_, i) => Array.from({ length: this._columns }, (_, j) => fn(this._sheet._cell(this._row + i, this._column + j), this._row + i, this._column + j)));
  }
  private _set(what: string, matrix: unknown[][], apply: (cell: FakeCell, v: unknown) => void): void {
    if (matrix.length !== this._rows || matrix.some((r) => r.length !== this._columns)) {
      throw new Error(`${what}: the data has ${matrix.length} rows but the range has ${this._rows}`);
    }
    this._each((cell, r, c) => {
      apply(cell, matrix[r - this._row]?.[c - this._column]);
      this._app.rec.writes.push({ sheet: this._sheet._name, row: r, column: c, what });
    });
  }
  getA1Notation(): string {
    return `${letters(this._column)}${this._row}:${letters(this._column + this._columns - 1)}${this._row + this._rows - 1}`;
  }
  getValues(): unknown[][] {
    const sheet = this._sheet;
    const cellOf = (ref: string): FakeCell | undefined => { const p = parseA1(ref); return sheet.cells.get(`${p.row},${p.column}`); };
    const shown = sheetCalculator((ref) => cellOf(ref)?.formula, (ref) => cellOf(ref)?.value ?? '');
    return this._each((c, r, col) => (c.formula ? shown(`${letters(col)}${r}`) : c.value));
  }
  getFormulas(): string[][] { return this._each((c) => c.formula ?? ''); }
  setValues(m: unknown[][]): FakeRange {
    this._set('value', m, (cell, v) => {
      const typed = typedInSheets(v);
      if (typed.formula) cell.formulaEdits = (cell.formulaEdits ?? 0) + 1;
      cell.formula = typed.formula;
      cell.value = typed.value;
    });
    return this;
  }
  /**
   * One cell's value, typed as setValues types it: "=…" is a formula
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue).
   */
  setValue(v: unknown): FakeRange { return this.setValues(Array.from({ length: this._rows }, () => Array.from({ length: this._columns }, () => v))); }
  setNumberFormats(m: string[][]): FakeRange { this._set('format', m, (cell, v) => { cell.numberFormat = String(v); }); return this; }
  setFontFamily(): FakeRange { return this; }
  setFontSizes(m: unknown[][]): FakeRange { this._set('style', m, () => undefined); return this; }
  setFontWeights(m: unknown[][]): FakeRange { this._set('style', m, () => undefined); return this; }
  setFontStyles(m: unknown[][]): FakeRange { this._set('style', m, () => undefined); return this; }
  setHorizontalAlignments(m: unknown[][]): FakeRange { this._set('style', m, () => undefined); return this; }
  setVerticalAlignment(): FakeRange { return this; }
  setWraps(m: unknown[][]): FakeRange { this._set('style', m, () => undefined); return this; }
  setBackgrounds(m: unknown[][]): FakeRange { this._set('style', m, () => undefined); return this; }
  /** One call for the whole matrix; null clears a cell's rule (https://developers.google.com/apps-script/reference/spreadsheet/range#setdatavalidationsrules). */
  setDataValidations(m: unknown[][]): FakeRange { this._set('validation', m, (cell, v) => { cell.validation = v ?? null; }); return this; }
  setNumberFormat(f: string): FakeRange { this._applyFormat(f); return this; }
  _applyFormat(f: string): void { this._each((cell) => { cell.numberFormat = f; }); }
  setBorder(): FakeRange { return this; }
  merge(): FakeRange { this._sheet.merges.push(this.getA1Notation()); return this; }
  activate(): FakeRange { this._app.activeSheet = this._sheet; this._app.activeRange = this; return this; }
}

export class FakeRangeList {
  constructor(readonly _ranges: FakeRange[]) {}
  getRanges(): FakeRange[] { return this._ranges; }
  private _look(apply: (look: FakeLook) => void): FakeRangeList {
    for (const r of this._ranges) {
      for (let i = 0; i < r._rows; i++) {
        for (let j = 0; j < r._columns; j++) {
          const cell = r._sheet._cell(r._row + i, r._column + j);
          apply((cell.look ??= {}));
        }
      }
    }
    return this;
  }
  /** setBorder(top, left, bottom, right, vertical, horizontal): null leaves an edge as it is. */
  setBorder(top?: boolean | null, left?: boolean | null, bottom?: boolean | null, right?: boolean | null): FakeRangeList {
    const edges = [top, left, bottom, right];
    if (edges.every((e) => e === true)) return this._look((l) => { l.border = true; });
    if (edges.every((e) => e === false)) return this._look((l) => { l.border = false; });
    return this;
  }
  setFontWeight(w: string): FakeRangeList { return this._look((l) => { l.fontWeight = w; }); }
  setFontStyle(st: string): FakeRangeList { return this._look((l) => { l.fontStyle = st; }); }
  setFontSize(size: number): FakeRangeList { return this._look((l) => { l.fontSize = size; }); }
  setHorizontalAlignment(a: string): FakeRangeList { return this._look((l) => { l.horizontalAlignment = a; }); }
  setVerticalAlignment(a: string): FakeRangeList { return this._look((l) => { l.verticalAlignment = a; }); }
  setWrap(w: boolean): FakeRangeList { return this._look((l) => { l.wrap = w; }); }
  setBackground(colour: string): FakeRangeList { return this._look((l) => { l.background = colour; }); }
  /** One service call for the whole list, as Apps Script counts it. */
  setNumberFormat(f: string): FakeRangeList { this._ranges.forEach((r) => r._applyFormat(f)); return this; }
}

class Builder {
  readonly _parts: unknown[] = [];
  _criteria: FakeValidation['criteria'];
  _values: unknown[] = [];
  _help = '';
  _allowInvalid = true;
  constructor(readonly _kind: string) {}
}

export class FakeApp {
  readonly rec = new Recorder();
  readonly sheets: FakeSheet[] = [];
  activeSheet: FakeSheet | undefined;
  activeRange: FakeRange | undefined;
  readonly menus: { title: string; items: [string, string][] }[] = [];
  readonly alerts: string[] = [];
  readonly toasts: string[] = [];
  readonly properties = new Map<string, string>();
  /** The areas of the selection (several when the user held Ctrl). */
  activeRanges: FakeRange[] | undefined;
  sidebarShown = false;

  _range(sheet: FakeSheet, row: number, column: number, rows: number, columns: number): FakeRange {
    return wrap(new FakeRange(sheet, row, column, rows, columns, this), 'Range', this.rec);
  }

  addSheet(name: string, rows: unknown[][] = []): FakeSheet {
    const sheet = wrap(new FakeSheet(name, this), 'Sheet', this.rec);
    this.sheets.push(sheet);
    rows.forEach((row, r) => row.forEach((v, c) => {
      const cell = sheet._cell(r + 1, c + 1);
      if (typeof v === 'string' && v.startsWith('=')) cell.formula = v;
      else cell.value = v ?? '';
    }));
    this.activeSheet ??= sheet;
    return sheet;
  }

  /** The globals Apps Script provides, each a recording proxy. */
  services(): Record<string, unknown> {
    const app = this;
    const rec = this.rec;
    const spreadsheet = wrap({
      getSheets: () => [...app.sheets],
      getSheetByName: (name: string) => app.sheets.find((s) => s.getName() === name) ?? null,
      getActiveSheet: () => app.activeSheet,
      insertSheet: (name: string) => {
        if (app.sheets.some((s) => s.getName() === name)) throw new Error(`A sheet with the name "${name}" already exists.`);
        return app.addSheet(name).activate();
      },
      deleteSheet: (sheet: FakeSheet) => {
        const i = app.sheets.indexOf(sheet);
        if (i >= 0) app.sheets.splice(i, 1);
      },
      toast: (message: string) => void app.toasts.push(message),
      createTextFinder: (text: string) => {
        const finder = {
          _case: false,
          _formulas: false,
          matchCase(on: boolean) { finder._case = on; return finder; },
          matchFormulaText(on: boolean) { finder._formulas = on; return finder; },
          replaceAllWith(replacement: string) {
            let n = 0;
            for (const sheet of app.sheets) for (const cell of sheet.cells.values()) {
              if (!finder._formulas || !cell.formula) continue;
              const hit = finder._case ? cell.formula.includes(text) : cell.formula.toLowerCase().includes(text.toLowerCase());
              if (!hit) continue;
              cell.formula = cell.formula.split(text).join(replacement);
              cell.formulaEdits = (cell.formulaEdits ?? 0) + 1;
              n++;
            }
            return n;
          },
        };
        return wrap(finder, 'TextFinder', rec);
      },
    }, 'Spreadsheet', rec);
    const ui = wrap({
      createMenu: (title: string) => {
        const menu = { title, items: [] as [string, string][] };
        return wrap({
          addItem(label: string, fn: string) { menu.items.push([label, fn]); return this; },
          addSeparator() { return this; },
          addToUi() { app.menus.push(menu); },
        }, 'Menu', rec);
      },
      alert: (title: string, message?: string) => void app.alerts.push(`${title}: ${message ?? ''}`),
      showSidebar: () => { app.sidebarShown = true; },
      ButtonSet: { OK: 'OK' },
    }, 'Ui', rec);
    // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder: requireValueInList(values, showDropdown),
    // requireValueInRange(range, showDropdown), requireFormulaSatisfied(formula); each sets the one criterion the rule has.
    const builder = (kind: string): Builder => wrap(Object.assign(new Builder(kind), {
      requireFormulaSatisfied(this: Builder, f: string) { this._parts.push(f); this._criteria = 'CUSTOM_FORMULA'; this._values = [f]; return this; },
      requireValueInList(this: Builder, values: string[], showDropdown = true) { this._criteria = 'VALUE_IN_LIST'; this._values = [[...values], showDropdown]; return this; },
      requireValueInRange(this: Builder, range: FakeRange, showDropdown = true) { this._criteria = 'VALUE_IN_RANGE'; this._values = [range.getA1Notation(), showDropdown]; return this; },
      whenFormulaSatisfied(this: Builder, f: string) { this._parts.push(f); return this; },
      setHelpText(this: Builder, text: string) { this._help = text; return this; },
      setAllowInvalid(this: Builder, allow: boolean) { this._allowInvalid = allow; return this; },
      setBackground(this: Builder) { return this; },
      setFontColor(this: Builder) { return this; },
      setRanges(this: Builder) { return this; },
      build(this: Builder) {
        return { kind: this._kind, parts: [...this._parts], criteria: this._criteria, values: [...this._values], helpText: this._help, allowInvalid: this._allowInvalid };
      },
    }), kind, rec);
    return {
      Charts: { ChartType: { BAR: 'BAR' } },
      SpreadsheetApp: wrap({
        getActiveSpreadsheet: () => spreadsheet,
        getActiveSheet: () => app.activeSheet,
        getActiveRange: () => app.activeRange ?? null,
        getActiveRangeList: () => {
          const ranges = app.activeRanges ?? (app.activeRange ? [app.activeRange] : []);
          return ranges.length ? wrap(new FakeRangeList(ranges), 'RangeList', rec) : null;
        },
        getUi: () => ui,
        newDataValidation: () => builder('DataValidationBuilder'),
        newConditionalFormatRule: () => builder('ConditionalFormatRuleBuilder'),
      }, 'SpreadsheetApp', rec),
      HtmlService: wrap({
        createHtmlOutputFromFile: (file: string) => wrap({ file, setTitle() { return this; }, setWidth() { return this; } }, 'HtmlOutput', rec),
      }, 'HtmlService', rec),
      PropertiesService: wrap({
        getDocumentProperties: () => wrap({
          getProperty: (k: string) => app.properties.get(k) ?? null,
          getProperties: () => Object.fromEntries(app.properties),
          setProperties: (o: Record<string, string>) => {
            for (const v of Object.values(o)) {
              const size = Buffer.byteLength(v, 'utf8');
              if (size > PROPERTY_VALUE_LIMIT) throw new Error(`Argument too large: value (${size} bytes)`);
            }
            const next = new Map(app.properties);
            for (const [k, v] of Object.entries(o)) next.set(k, v);
            const total = [...next].reduce((n, [k, v]) => n + Buffer.byteLength(k + v, 'utf8'), 0);
            if (total > PROPERTY_STORE_LIMIT) throw new Error('You have exceeded the property storage quota.');
            for (const [k, v] of Object.entries(o)) app.properties.set(k, v);
          },
          deleteProperty: (k: string) => { app.properties.delete(k); },
        }, 'Properties', rec),
      }, 'PropertiesService', rec),
    };
  }

  /** The cell's content as a user would see it in the formula bar. */
  cell(sheet: string, a1: string): FakeCell | undefined {
    const s = this.sheets.find((x) => x.getName() === sheet);
    const p = parseA1(a1);
    return s?.cells.get(`${p.row},${p.column}`);
  }
}
