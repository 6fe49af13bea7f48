/**
 * A recording fake of the Excel JavaScript API objects the adapter uses. Like the real API, nothing
 * happens until context.sync(): operations are queued, then applied, and every sync is counted.
 * Values of the sheets live in memory so reads return what was written.
 */

interface Op {
  readonly path: string;
  readonly kind: 'set' | 'call';
  readonly args: readonly unknown[];
}

export interface FakeWorksheetData {
  name: string;
  values: unknown[][];
  formulas: (string | null)[][];
}

export class FakeExcel {
  syncs = 0;
  readonly ops: Op[] = [];
  readonly sheets: FakeWorksheetData[] = [];
  activeSheet = 0;
  /** Fails the sync that carries this operation path, to test a failure half-way. */
  failOnOp: string | undefined;
  private queue: (() => void)[] = [];

  addSheet(name: string, values: unknown[][] = []): FakeWorksheetData {
    const sheet = { name, values: values.map((r) => [...r]), formulas: values.map((r) => r.map((v) => (typeof v === 'string' && v.startsWith('=') ? v.slice(1) : null))) };
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
    for (const apply of queue) apply();
  }

  private record(path: string, kind: Op['kind'], args: readonly unknown[], apply: () => void = () => undefined): void {
    this.ops.push({ path, kind, args });
    this.queue.push(() => {
      if (this.failOnOp && path.endsWith(this.failOnOp)) throw new Error(`Lỗi Excel giả lập ở ${path}`);
      apply();
    });
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

  private workbook(): unknown {
    const self = this;
    const worksheets = {
      items: [] as unknown[],
      load() { self.ops.push({ path: 'worksheets.load', kind: 'call', args: [] }); self.queue.push(() => { worksheets.items = self.sheets.map((s) => ({ name: s.name })); }); },
      add(name: string) {
        self.record('worksheets.add', 'call', [name], () => self.addSheet(name));
        return self.worksheet(name);
      },
      getItem: (name: string) => self.worksheet(name),
      getItemOrNullObject(name: string) {
        const ws = self.worksheet(name) as { isNullObject?: boolean };
        self.queue.push(() => { ws.isNullObject = !self.sheets.some((s) => s.name === name); });
        return ws;
      },
      getActiveWorksheet: () => self.worksheet(self.sheets[self.activeSheet]?.name ?? ''),
    };
    return {
      worksheets,
      getSelectedRange: () => this.generic('selectedRange'),
    };
  }

  private worksheet(name: string): unknown {
    const self = this;
    const base = `sheet[${name}]`;
    const data = (): FakeWorksheetData | undefined => self.sheets.find((s) => s.name === name);
    const range = (path: string, row: number, col: number): unknown => {
      const r = self.generic(path) as object;
      return new Proxy(r, {
        set(_t, prop, value) {
          self.record(`${path}.${String(prop)}`, 'set', [value], () => {
            if (prop !== 'formulas' && prop !== 'values') return;
            const d = data();
            if (!d) throw new Error(`no sheet ${name}`);
            (value as unknown[][]).forEach((rowValues, i) => rowValues.forEach((v, j) => {
              (d.values[row + i] ??= [])[col + j] = typeof v === 'string' && v.startsWith('=') ? '' : typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v;
              (d.formulas[row + i] ??= [])[col + j] = typeof v === 'string' && v.startsWith('=') ? v.slice(1) : null;
            }));
          });
          return true;
        },
      });
    };
    const sheet = {
      name,
      isNullObject: false,
      load() { /* the name is known */ },
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) => range(`${base}.range(${row},${col},${rows}x${cols})`, row, col),
      getRange: (address: string) => {
        const m = /^([A-Z]+)(\d+)/.exec(address);
        let col = 0;
        for (const ch of m?.[1] ?? 'A') col = col * 26 + (ch.charCodeAt(0) - 64);
        return range(`${base}.range(${address})`, Number(m?.[2] ?? 1) - 1, col - 1);
      },
      getRanges: (addresses: string) => self.generic(`${base}.ranges(${addresses.split(',').length})`),
      getUsedRangeOrNullObject() {
        const used = { isNullObject: false, values: [] as unknown[][], formulas: [] as unknown[][], rowIndex: 0, columnIndex: 0,
          load() {
            self.queue.push(() => {
              const d = data();
              const width = Math.max(0, ...(d?.values ?? []).map((r) => r.length));
              used.isNullObject = !d || d.values.length === 0;
              used.values = (d?.values ?? []).map((r) => Array.from({ length: width }, (_, j) => r[j] ?? ''));
              used.formulas = (d?.values ?? []).map((r, i) => Array.from({ length: width }, (_, j) => (d?.formulas[i]?.[j] ? `=${d.formulas[i]?.[j]}` : r[j] ?? '')));
            });
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
