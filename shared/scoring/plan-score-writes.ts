import { parentCodeOf, parentCodes } from '../criteria/walk';
import { cleanResidue } from '../numbers/clean-residue';
import { a1 } from '../sheet/a1';
import { normaliseFormula, sameFormula } from '../sheet/same-formula';
import { foldDiacritics } from '../text/fold-diacritics';
import type { RoundingHabit } from '../numbers/rounding';
import { sumOf } from '../templates/cell-list';
import { spanWidthPoints } from '../templates/row-heights';
import type { CellStyle } from '../templates/sheet-spec';
import { STYLE } from '../templates/styles';
import { rowHeightFor, wrappedLines } from '../templates/text-metrics';
import { applicableMaxSum, groupDeduction, groupTotal, indexFormula, leafDeduction, legacyGroupDeduction, noAppraisal } from '../templates/score-formulas';
import { readScoreRows } from '../validate/read-score-rows';
import { AREA_CHART_TITLE, areaBlockAreas, areaBlockColumns } from '../templates/area-block';
import type { ScoreLayout } from '../validate/table-layout';

/** One cell to write: a formula (English names, comma separators, no "="), or a label. */
export interface CellWrite {
  readonly row: number;
  readonly column: number;
  readonly formula?: string;
  readonly value?: string;
  readonly numFmt?: string;
  /** The look of a cell scoring adds (the block of points by area); absent for cells the sheet already styles. */
  readonly style?: CellStyle;
}

/** A row scoring adds whose wrapped label needs more than one line, in points. */
export interface RowHeight {
  readonly row: number;
  readonly height: number;
}

/** The block a host draws its chart of points by area from. */
export interface AreaChartPlan {
  readonly title: string;
  /** Header row and one row per area: label, maximum, self-assessed and appraised points ("B60:E65"). */
  readonly range: string;
  /** Where the chart goes: beside the block, 1-based. */
  readonly anchorRow: number;
  readonly anchorColumn: number;
}

export { AREA_CHART_TITLE };

/** What a spreadsheet shows for a column or row the file leaves unsized (Excel's defaults). */
const DEFAULT_WIDTH = 8.43;
const DEFAULT_HEIGHT = 15;

export interface ScoreWritePlan {
  readonly writes: readonly CellWrite[];
  /** Computed cells left alone because the user typed a value or a formula of their own there. */
  readonly keptTyped: readonly string[];
  /** Those of `keptTyped` that hold a formula of the user's, not the one scoring writes. */
  readonly keptFormulas: readonly string[];
  readonly chart?: AreaChartPlan;
  /** Heights for the rows of the block of points by area whose labels wrap. */
  readonly heights?: readonly RowHeight[];
}

/**
 * Where scoring in place writes: the computed cells only (deductions, subtotals of parent rows,
 * the total, the index), and only where the cell is empty or already holds the formula scoring
 * writes, so nothing a user typed (a value, or a formula of their own such as `=E6-C6-0.25`) is
 * overwritten, and scoring twice writes the same formulas. A missing total block is
 * added below the table when the rows there are empty.
 */
export function planScoreWrites(
  table: { readonly block: readonly (readonly unknown[])[]; readonly layout: ScoreLayout },
  sheet: {
    readonly values: readonly (readonly unknown[])[];
    readonly formulas: readonly (readonly (string | null)[])[];
    /** Column widths in characters, where the host knows them, so added labels wrap to the right height. */
    readonly columnWidths?: readonly (number | undefined)[];
    /** Row heights in points, undefined where the row keeps the default. */
    readonly rowHeights?: readonly (number | undefined)[];
  },
  rounding: RoundingHabit = 'half-up',
  areaNames: Readonly<Record<string, string>> = {},
  /** The maximum the index divides by, when the user gives one (else the total row's Điểm chuẩn). */
  givenMax?: number,
  /** A partial set's whole maximum: the index counts the criteria the sheet lacks as earned. */
  wholeMax?: number,
): ScoreWritePlan {
  const { layout } = table;
  const { values, formulas } = sheet;
  // The table's block has repeated headers and numbered column rows blanked; the sheet tells what each cell holds.
  const { rows, totals } = readScoreRows(table.block, layout);
  const col = (role: keyof ScoreLayout['columns']): number | undefined => {
    const offset = layout.columns[role];
    return offset === undefined ? undefined : layout.firstColumn + offset;
  };
  const [cMax, cSelf, cAppr, cDed, cName] = [col('max'), col('self'), col('appraised'), col('deduction'), col('name')];
  const writes: CellWrite[] = [];
  const keptTyped: string[] = [];
  const keptFormulas: string[] = [];
  const free = (row: number, column: number): boolean => {
    const v = values[row - 1]?.[column - 1];
    const f = formulas[row - 1]?.[column - 1];
    return !f && (v === null || v === undefined || (typeof v === 'string' && v.trim() === ''));
  };
  const put = (row: number, column: number | undefined, formula: string, numFmt?: string, style?: CellStyle, ours?: (existing: string) => boolean): void => {
    if (column === undefined) return;
    const existing = formulas[row - 1]?.[column - 1];
    if (existing ? sameFormula(existing, formula) || (ours?.(existing) ?? false) : free(row, column)) {
      writes.push({ row, column, formula, ...(numFmt ? { numFmt } : {}), ...(style ? { style } : {}) });
      return;
    }
    keptTyped.push(a1(row, column));
    if (existing) keptFormulas.push(a1(row, column));
  };
  if (cMax === undefined || cAppr === undefined) return { writes, keptTyped, keptFormulas };
  // A leaf marked KĐG in either score column leaves every maximum it would be summed into.
  const scoreColumns = cSelf === undefined ? [cAppr] : [cSelf, cAppr];
  // What earlier versions wrote before KĐG was read (a plain deduction, plain sums of the maxima) is still ours to replace.
  const legacyDeduction = (row: number): string => `IF(${a1(row, cAppr)}="","",ROUND(${a1(row, cAppr)}-${a1(row, cMax)},2))`;

  const parents = parentCodes(rows.map((r) => r.code));
  const leaves = rows.filter((r) => !parents.has(r.code));
  const leavesUnder = new Map<string, number[]>();
  for (const leaf of leaves) {
    for (let p = parentCodeOf(leaf.code); p !== undefined; p = parentCodeOf(p)) {
      const list = leavesUnder.get(p);
      if (list) list.push(leaf.row);
      else leavesUnder.set(p, [leaf.row]);
    }
  }
  const leafRows = leaves.map((r) => r.row);

  for (const leaf of leaves) {
    put(leaf.row, cDed, leafDeduction(leaf.row, cAppr, cMax, cSelf), '0.00', undefined, (f) => sameFormula(f, leafDeduction(leaf.row, cAppr, cMax)) || sameFormula(f, legacyDeduction(leaf.row)));
  }
  for (const parent of rows.filter((r) => parents.has(r.code))) {
    const under = leavesUnder.get(parent.code) ?? [];
    const isArea = !parent.code.includes('.');
    const total = (c: number): string => groupTotal(c, under, isArea);
    put(parent.row, cMax, applicableMaxSum(cMax, scoreColumns, under), '0.00', undefined, (f) => sameFormula(f, sumOf(cMax, under)));
    if (cSelf !== undefined) put(parent.row, cSelf, total(cSelf), '0.00');
    put(parent.row, cAppr, total(cAppr), '0.00');
    if (cDed !== undefined) put(parent.row, cDed, groupDeduction(cAppr, cDed, under), '0.00', undefined, (f) => sameFormula(f, legacyGroupDeduction(parent.row, cAppr, cMax, under)));
  }

  const heights: RowHeight[] = [];
  // Rows whose typed texts (names, opinions, units) need more lines than the row shows would print over the next row.
  if (sheet.columnWidths) {
    const widths = sheet.columnWidths.map((w) => w ?? DEFAULT_WIDTH);
    const textColumns = (['name', 'opinion', 'responsible', 'evidence'] as const).flatMap((role) => {
      const c = col(role);
      return c === undefined ? [] : [c];
    });
    for (const row of rows) {
      let lines = 1;
      for (const c of textColumns) {
        const text = values[row.row - 1]?.[c - 1];
        if (typeof text === 'string' && text.trim() !== '') lines = Math.max(lines, wrappedLines(text.trim(), 12, false, spanWidthPoints(widths, c, c)));
      }
      const height = rowHeightFor(lines, 12);
      // One-line rows left at the default height print touching their borders: they get room where the host read every
      // row's height at once (the CLI, Excel); a host that asks row by row (Sheets) is given only the rows that wrap,
      // so its calls do not grow with the rows.
      if ((lines > 1 || sheet.rowHeights !== undefined) && height > (sheet.rowHeights?.[row.row - 1] ?? DEFAULT_HEIGHT) + 1) heights.push({ row: row.row, height });
    }
    // The rows below the table (total, index, rating, criteria that lost points) as an earlier version or a
    // hand-laid sheet left them: bold labels, and a rating formula whose longest outcome ("Dưới nhóm C") wraps in a points column.
    const below = totals[0]?.row ?? Math.max(0, ...rows.map((r) => r.row)) + 1;
    for (let r = below; r < below + 8 && !rowIsEmpty(values, r); r++) {
      let lines = 1;
      const across = Math.max(values[r - 1]?.length ?? 0, formulas[r - 1]?.length ?? 0);
      for (let c = 1; c <= across; c++) {
        const formula = formulas[r - 1]?.[c - 1];
        const value = values[r - 1]?.[c - 1];
        // A formula's text results are its string literals ("" inside one is a quote); criteria such as "<0" are not shown.
        const texts = formula ? [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1] ?? '').filter((t) => !/^[<>=]/.test(t)) : typeof value === 'string' ? [value.trim()] : [];
        for (const text of texts) if (text !== '') lines = Math.max(lines, wrappedLines(text, 12, true, spanWidthPoints(widths, c, c)));
      }
      const height = rowHeightFor(lines, 12);
      // The few rows below the table get room even on one line: the default height prints the text touching the borders.
      if (height > (sheet.rowHeights?.[r - 1] ?? DEFAULT_HEIGHT) + 1) heights.push({ row: r, height });
    }
  }

  // The grand total sums the top rows: areas where the sheet lists them, otherwise every leaf.
  const tops = rows.filter((r) => parentCodeOf(r.code) === undefined || !rows.some((o) => o.code === parentCodeOf(r.code))).map((r) => r.row);
  const lastRow = Math.max(0, ...rows.map((r) => r.row), ...totals.map((t) => t.row));
  let totalRow = totals[0]?.row;
  let indexRow = findLabelRow(values, cName, lastRow + 1, /^chi so/);
  if (totalRow === undefined && cName !== undefined && [1, 2].every((k) => rowIsEmpty(values, lastRow + k))) {
    totalRow = lastRow + 1;
    indexRow = lastRow + 2;
    writes.push({ row: totalRow, column: cName, value: 'Tổng cộng' }, { row: indexRow, column: cName, value: 'Chỉ số cải cách hành chính (%)' });
  }
  if (totalRow !== undefined) {
    put(totalRow, cMax, applicableMaxSum(cMax, scoreColumns, tops), '0.00', undefined, (f) => sameFormula(f, sumOf(cMax, tops)));
    if (cSelf !== undefined) put(totalRow, cSelf, sumOf(cSelf, tops), '0.00');
    put(totalRow, cAppr, sumOf(cAppr, tops), '0.00');
    if (cDed !== undefined) put(totalRow, cDed, groupDeduction(cAppr, cDed, leafRows), '0.00', undefined, (f) => sameFormula(f, legacyGroupDeduction(totalRow, cAppr, cMax, leafRows)));
    if (indexRow !== undefined) {
      const leafMaxSum = sumOf(cMax, leafRows);
      // Both indexes of the row on one basis: the self-assessed index divides by what the appraised one divides by.
      const index = (c: number, whole?: number, live = true): string => `IF(${noAppraisal(c, leafRows)},"",${indexFormula(totalRow, c, cMax, rounding, givenMax, whole, live ? leafMaxSum : undefined)})`;
      // The index this product wrote with or without a whole maximum (before or since KĐG left it) is ours to replace:
      // scoring with --max 79, or without it again.
      const shapeOf = (c: number, live: boolean): RegExp => new RegExp(`^${normaliseFormula(index(c, 987654, live)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/987654/g, '\\d+(?:\\.\\d+)?')}$`);
      const ours = (c: number) => (existing: string): boolean => sameFormula(existing, index(c)) || [shapeOf(c, true), shapeOf(c, false)].some((shape) => shape.test(normaliseFormula(existing)))
        || (givenMax !== undefined && sameFormula(existing, `IF(${noAppraisal(c, leafRows)},"",${indexFormula(totalRow, c, cMax, rounding)})`));
      if (cSelf !== undefined) put(indexRow, cSelf, index(cSelf, wholeMax), '0.00%', undefined, ours(cSelf));
      put(indexRow, cAppr, index(cAppr, wholeMax), '0.00%', undefined, ours(cAppr));
    }
  }

  // Points by area, as live formulas a chart can draw from, below everything else on the sheet.
  if (cName === undefined || leaves.length === 0) return { writes, keptTyped, keptFormulas, ...(heights.length ? { heights } : {}) };
  const bottom = Math.max(values.length, lastRow, totalRow ?? 0, indexRow ?? 0);
  const start = findLabelRow(values, cName, lastRow + 1, /^diem theo linh vuc$/, values.length) ?? bottom + 2;
  // A block an earlier version wrote has no self-assessed column (Lĩnh vực | Điểm chuẩn | Điểm thẩm định) and lists
  // every area: it keeps its shape, so its cells stay ours to rewrite.
  const legacy = /^diem tham dinh$/.test(foldDiacritics(cleanResidue(String(values[start]?.[cName + 1] ?? ''))));
  const areas = areaBlockAreas(leaves.map((l) => ({ code: l.code, row: l.row, max: l.max })), areaNames, legacy);
  const block = areaBlockColumns(cMax, legacy ? undefined : cSelf, cAppr);
  const label = (row: number, column: number, text: string, style: CellStyle): void => {
    if (free(row, column)) writes.push({ row, column, value: text, style });
  };
  // The block prints like the table above it: bordered, header shaded, area names whole and wrapped.
  // Without the widths (a host that autofits instead) no heights are planned.
  // Each row of the block as tall as its lines with room above and below, unless the sheet made it taller already.
  const roomFor = (row: number, lines: number): void => {
    const height = rowHeightFor(lines, 12);
    if (height > (sheet.rowHeights?.[row - 1] ?? DEFAULT_HEIGHT) + 1 && !heights.some((h) => h.row === row)) heights.push({ row, height });
  };
  const nameWidth = sheet.columnWidths ? spanWidthPoints(sheet.columnWidths.map((w) => w ?? DEFAULT_WIDTH), cName, cName) : undefined;
  label(start, cName, AREA_CHART_TITLE, { bold: true });
  block.headers.forEach((text, k) => label(start + 1, cName + k, text, STYLE.header));
  if (sheet.columnWidths) {
    const widths = sheet.columnWidths.map((w) => w ?? DEFAULT_WIDTH);
    const lines = Math.max(...block.headers.map((text, k) => wrappedLines(text, 12, true, spanWidthPoints(widths, cName + k, cName + k))));
    roomFor(start, 1);
    roomFor(start + 1, lines);
  }
  areas.forEach((area, i) => {
    const r = start + 2 + i;
    label(r, cName, area.label, STYLE.text);
    if (nameWidth !== undefined) roomFor(r, wrappedLines(area.label, 12, false, nameWidth));
    block.cells(area.rows).forEach((f, k) => put(r, cName + 1 + k, f.formula, '0.00', STYLE.computed, f.ours));
  });
  const chart: AreaChartPlan = {
    title: AREA_CHART_TITLE,
    range: `${a1(start + 1, cName)}:${a1(start + 1 + areas.length, cName + block.headers.length - 1)}`,
    anchorRow: start,
    anchorColumn: cName + block.headers.length + 1,
  };
  return { writes, keptTyped, keptFormulas, chart, ...(heights.length ? { heights } : {}) };
}

function rowIsEmpty(values: readonly (readonly unknown[])[], row: number): boolean {
  const cells = values[row - 1];
  return !cells || cells.every((v) => v === null || v === undefined || String(v).trim() === '');
}

function findLabelRow(values: readonly (readonly unknown[])[], column: number | undefined, from: number, label: RegExp, until = from + 10): number | undefined {
  if (column === undefined) return undefined;
  for (let r = from; r <= Math.min(values.length, until); r++) {
    const v = values[r - 1]?.[column - 1];
    if (v !== null && v !== undefined && label.test(foldDiacritics(cleanResidue(String(v))))) return r;
  }
  return undefined;
}
