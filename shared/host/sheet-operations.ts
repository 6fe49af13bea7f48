import type { CriteriaSet } from '../criteria/criteria-set';
import { areaCodeOf } from '../criteria/walk';
import type { Problem } from '../problems/problem';
import { planScoreWrites, type AreaChartPlan, type CellWrite, type RowHeight } from '../scoring/plan-score-writes';
import { remediationList } from '../scoring/remediation';
import { evidenceFromCells } from '../scoring/evidence-from-cells';
import { evidenceFromOpinion } from '../scoring/evidence-from-opinion';
import { scoreTable, type AreaTotals, type ScoredRow, type Totals } from '../scoring/score-table';
import { rankUnits } from '../scoring/rank-units';
import { findTable } from '../tables/find-table';
import { buildKeHoachKhacPhuc } from '../templates/kinds/ke-hoach-khac-phuc';
import { buildTongHopDonVi } from '../templates/kinds/tong-hop-don-vi';
import { findTemplate } from '../templates/registry';
import type { SheetSpec } from '../templates/sheet-spec';
import type { TemplateOptions } from '../templates/template-options';
import { readScoreRows } from '../validate/read-score-rows';
import { validateTable } from '../validate/validate-table';
import type { Grid } from './grid';

/**
 * The panel's operations as pure functions over what a host read: each host reads cells, calls one
 * of these, and writes what comes back. No host logic is written twice.
 */

export type OperationOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: 'no-table' | 'no-score-table' | 'unknown-template' };

export function templateSpec(id: string, options: TemplateOptions): OperationOutcome<SheetSpec> {
  const entry = findTemplate(id);
  return entry ? { ok: true, value: entry.build(options) } : { ok: false, reason: 'unknown-template' };
}

export function checkGrid(grid: Grid): OperationOutcome<readonly Problem[]> {
  const table = findTable(grid.values);
  if (!table) return { ok: false, reason: 'no-table' };
  return { ok: true, value: validateTable(table.block, table.layout) };
}

export interface ScoreOutcome {
  /** Every row read from the sheet, scored, with its sheet row number. */
  readonly rows: readonly ScoredRow[];
  readonly totals: Totals;
  readonly areas: readonly (AreaTotals & { readonly name: string })[];
  readonly index: number | null;
  readonly rating: string | null;
  readonly writes: readonly CellWrite[];
  readonly keptTyped: readonly string[];
  /** Those of `keptTyped` that hold a formula of the user's. */
  readonly keptFormulas: readonly string[];
  /** Typed scores that differ from what the rule gives for the figures the opinion states. */
  readonly ruleGaps: readonly Problem[];
  readonly chart?: AreaChartPlan;
  /** Heights of the added rows whose labels wrap (when the grid carries column widths). */
  readonly heights?: readonly RowHeight[];
}

export function scoreGrid(grid: Grid, set: CriteriaSet): OperationOutcome<ScoreOutcome> {
  const table = findTable(grid.values);
  if (!table || table.kind !== 'score') return { ok: false, reason: 'no-score-table' };
  const rows = readScoreRows(table.block, table.layout).rows;
  const withEvidence = rows.map((r) => {
    const evidence = evidenceFromCells(r, set) ?? evidenceFromOpinion(r, set);
    return evidence ? { ...r, evidence } : r;
  });
  const result = scoreTable(withEvidence, { set });
  const names = new Map(set.areas.map((a) => [a.code, a.name]));
  // A typed score the opinion's own figures do not give: shown beside the totals, at the appraisal cell.
  const ruleGaps = result.rows.flatMap((r, i) => r.problems.map((p) => {
    const cell = rows[i]?.cells.appraised;
    return cell ? { ...p, cell } : p;
  }));
  const plan = planScoreWrites(table, grid, set.rounding, Object.fromEntries(names));
  return {
    ok: true,
    value: {
      rows: result.rows,
      totals: result.totals,
      areas: result.areas.map((a) => ({ ...a, name: names.get(areaCodeOf(a.area)) ?? `Lĩnh vực ${a.area}` })),
      index: result.index,
      rating: result.rating,
      writes: plan.writes,
      keptTyped: plan.keptTyped,
      keptFormulas: plan.keptFormulas,
      ruleGaps,
      ...(plan.chart ? { chart: plan.chart } : {}),
      ...(plan.heights ? { heights: plan.heights } : {}),
    },
  };
}

export function planGrid(grid: Grid, set: CriteriaSet, options: TemplateOptions): OperationOutcome<{ spec: SheetSpec; count: number }> {
  const table = findTable(grid.values);
  if (!table || table.kind !== 'score') return { ok: false, reason: 'no-score-table' };
  const items = remediationList(scoreTable(readScoreRows(table.block, table.layout).rows, { set }).rows);
  return { ok: true, value: { spec: buildKeHoachKhacPhuc(items, options), count: items.length } };
}

/** One row per score sheet of the workbook (each sheet a unit), ranked. */
export function summaryOfGrids(grids: readonly Grid[], set: CriteriaSet, options: TemplateOptions): OperationOutcome<{ spec: SheetSpec; units: number }> {
  const units = grids.flatMap((grid) => {
    const table = findTable(grid.values);
    if (!table || table.kind !== 'score') return [];
    const result = scoreTable(readScoreRows(table.block, table.layout).rows, { set });
    return [{ unit: grid.name, areas: Object.fromEntries(result.areas.map((a) => [a.area, a.appraised])), max: result.totals.max, index: result.index }];
  });
  if (units.length === 0) return { ok: false, reason: 'no-score-table' };
  const order = rankUnits(units.map((u) => ({ unit: u.unit, index: u.index }))).map((r) => units.find((u) => u.unit === r.unit) ?? units[0]);
  const spec = buildTongHopDonVi(order.flatMap((u) => (u ? [{ unit: u.unit, areas: u.areas, max: u.max }] : [])), { ...options, set });
  return { ok: true, value: { spec, units: units.length } };
}
