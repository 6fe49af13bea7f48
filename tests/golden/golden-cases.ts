import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { a1, type TableLayout } from '../../shared';
import type { SheetFormulas } from '../../shared/sheet/formula-references';
import { sheetCalculator } from '../helpers/formula-evaluator';
import { typedInViExcel } from '../helpers/seed-workbooks';
import { seedTable } from '../helpers/seeds';

/** One golden case: an input table (a seed's table or inline cells), its layout, and the expected result. */
export interface GoldenCase {
  readonly name: string;
  /** What a host reads from the table: each formula's result in its place. */
  readonly block: unknown[][];
  readonly layout: TableLayout;
  readonly expected: unknown;
  /** The table as typed into a host, a formula as "=…" (the host calculates it); the block when it has none. */
  readonly cells: unknown[][];
  /** The sheet's formulas (without "="), from A1, as a host's Grid holds them; undefined when the table has none. */
  readonly sheet?: SheetFormulas;
  /** Each formula's result by address, as a saved workbook caches it beside the formula. */
  readonly results: ReadonlyMap<string, unknown>;
}

interface CaseFile {
  readonly seed?: '000' | '001' | '003' | '004';
  readonly header?: string;
  readonly cells?: unknown[][];
  readonly layout: TableLayout;
}

/** Every host's adapter runs these same cases, so Excel, Sheets and the CLI can be shown to agree. */
export function goldenCases(kind: 'score' | 'validate'): GoldenCase[] {
  const dir = join(__dirname, kind);
  return readdirSync(dir).filter((d) => existsSync(join(dir, d, 'case.json'))).map((name) => {
    const file = JSON.parse(readFileSync(join(dir, name, 'case.json'), 'utf8')) as CaseFile;
    // A seed's table as a vi-VN Excel holds it once typed: "0,85" a number, "0.25" text.
    const cells = file.cells ?? (file.seed && file.header ? seedTable(file.seed, file.header).map((row) => row.map(typedInViExcel)) : []);
    const expected: unknown = JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8'));
    return { name, layout: file.layout, expected, cells, ...calculated(cells, file.layout) };
  });
}

const isFormula = (v: unknown): v is string => typeof v === 'string' && v.startsWith('=');

/** The block a host reads from `cells` once it has calculated their formulas, placed on the sheet as `layout` says. */
function calculated(cells: unknown[][], layout: TableLayout): { block: unknown[][]; sheet?: SheetFormulas; results: Map<string, unknown> } {
  const results = new Map<string, unknown>();
  if (!cells.some((row) => row.some(isFormula))) return { block: cells, results };
  const formulas: (string | null)[][] = Array.from({ length: layout.firstRow - 1 }, () => []);
  const byAddress = new Map<string, unknown>();
  cells.forEach((row, i) => {
    const sheetRow: (string | null)[] = Array.from({ length: layout.firstColumn - 1 }, () => null);
    row.forEach((v, j) => {
      byAddress.set(a1(layout.firstRow + i, layout.firstColumn + j), v);
      sheetRow.push(isFormula(v) ? v.slice(1) : null);
    });
    formulas.push(sheetRow);
  });
  const shown = sheetCalculator((ref) => { const v = byAddress.get(ref); return isFormula(v) ? v : null; }, (ref) => byAddress.get(ref) ?? '');
  const block = cells.map((row, i) => row.map((v, j) => {
    if (!isFormula(v)) return v;
    const address = a1(layout.firstRow + i, layout.firstColumn + j);
    const result = shown(address);
    results.set(address, result);
    return result;
  }));
  return { block, sheet: { name: 'Điểm', formulas }, results };
}
