import type { CriteriaSet } from '../criteria/criteria-set';
import { setCoverage } from '../criteria/set-coverage';
import { areaCodeOf } from '../criteria/walk';
import type { Problem } from '../problems/problem';
import { planScoreWrites, type AreaChartPlan, type CellWrite, type RowHeight } from '../scoring/plan-score-writes';
import { remediationList } from '../scoring/remediation';
import { evidenceFromCells } from '../scoring/evidence-from-cells';
import { evidenceFromOpinion } from '../scoring/evidence-from-opinion';
import { scoreTable, type AreaTotals, type IndexBasis, type ScoredRow, type Totals } from '../scoring/score-table';
import { sheetDisagreements } from '../scoring/sheet-disagreements';
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
import { unitLabels, unitOfSheet } from './unit-name';

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
  return { ok: true, value: validateTable(table.block, table.layout, grid) };
}

export interface ScoreOutcome {
  /** Every row read from the sheet, scored, with its sheet row number. */
  readonly rows: readonly ScoredRow[];
  readonly totals: Totals;
  readonly areas: readonly (AreaTotals & { readonly name: string })[];
  readonly index: number | null;
  /** The maximum the index divides by, and whether it is the sheet's own or the one the user gave. */
  readonly indexMax: number;
  readonly indexBasis: IndexBasis;
  readonly rating: string | null;
  /** Problems at cells where the sheet's own figures part from the ones above (numbers stored as text, typed totals that differ). */
  readonly problems: readonly Problem[];
  readonly writes: readonly CellWrite[];
  readonly keptTyped: readonly string[];
  /** Those of `keptTyped` that hold a formula of the user's. */
  readonly keptFormulas: readonly string[];
  /** Typed scores that differ from what the rule gives for the figures the opinion states. */
  readonly ruleGaps: readonly Problem[];
  readonly chart?: AreaChartPlan;
  /** Heights of the added rows whose labels wrap (when the grid carries column widths). */
  readonly heights?: readonly RowHeight[];
  /** What the set does not cover (partial, another level or year): shown beside the totals. */
  readonly setNotes: readonly Problem[];
}

export interface ScoreGridOptions {
  /** Divide the index by this maximum (a set's full total) instead of the sheet's own; the written formula does too. */
  readonly maxTotal?: number | undefined;
  /** A partial set's whole maximum (the decision's), when the user gave it: the criteria the sheet lacks count as earned. */
  readonly fullMax?: number | undefined;
}

export function scoreGrid(grid: Grid, set: CriteriaSet, options: ScoreGridOptions = {}): OperationOutcome<ScoreOutcome> {
  const table = findTable(grid.values);
  if (!table || table.kind !== 'score') return { ok: false, reason: 'no-score-table' };
  const rows = readScoreRows(table.block, table.layout).rows;
  const withEvidence = rows.map((r) => {
    const evidence = evidenceFromCells(r, set) ?? evidenceFromOpinion(r, set);
    return evidence ? { ...r, evidence } : r;
  });
  const result = scoreTable(withEvidence, { set, maxTotal: options.maxTotal, fullMax: options.fullMax });
  const names = new Map(set.areas.map((a) => [a.code, a.name]));
  // A typed score the opinion's own figures do not give: shown beside the totals, at the appraisal cell.
  const ruleGaps = result.rows.flatMap((r, i) => r.problems.map((p) => {
    const cell = rows[i]?.cells.appraised;
    return cell ? { ...p, cell } : p;
  }));
  const plan = planScoreWrites(table, grid, set.rounding, Object.fromEntries(names), options.maxTotal,
    result.indexBasis === 'whole' ? options.fullMax ?? set.fullMax : undefined);
  return {
    ok: true,
    value: {
      rows: result.rows,
      totals: result.totals,
      areas: result.areas.map((a) => ({ ...a, name: names.get(areaCodeOf(a.area)) ?? `Lĩnh vực ${a.area}` })),
      index: result.index,
      indexMax: result.indexMax,
      indexBasis: result.indexBasis,
      rating: result.rating,
      problems: sheetDisagreements(validateTable(table.block, table.layout, grid)),
      writes: plan.writes,
      keptTyped: plan.keptTyped,
      keptFormulas: plan.keptFormulas,
      ruleGaps,
      setNotes: setCoverage(set, { fullMax: options.fullMax }),
      ...(plan.chart ? { chart: plan.chart } : {}),
      ...(plan.heights ? { heights: plan.heights } : {}),
    },
  };
}

export function planGrid(grid: Grid, set: CriteriaSet, options: TemplateOptions): OperationOutcome<{ spec: SheetSpec; count: number }> {
  const table = findTable(grid.values);
  if (!table || table.kind !== 'score') return { ok: false, reason: 'no-score-table' };
  const items = remediationList(scoreTable(readScoreRows(table.block, table.layout).rows, { set }).rows);
  // The plan is issued by the unit the score sheet names, with its capitals, unless the host names it.
  const unit = options.unit ?? unitOfSheet(grid);
  return { ok: true, value: { spec: buildKeHoachKhacPhuc(items, { ...options, unit }), count: items.length } };
}

/**
 * One row per score sheet of the workbook (each sheet a unit), ranked. Units stay apart by sheet even
 * when their letterheads name the same unit; a sheet whose letterhead names none takes the sheet's name.
 */
export function summaryOfGrids(grids: readonly Grid[], set: CriteriaSet, options: TemplateOptions): OperationOutcome<{ spec: SheetSpec; units: number }> {
  const scored = grids.flatMap((grid) => {
    const table = findTable(grid.values);
    if (!table || table.kind !== 'score') return [];
    const result = scoreTable(readScoreRows(table.block, table.layout).rows, { set });
    return [{ name: unitOfSheet(grid), source: grid.name, areas: Object.fromEntries(result.areas.map((a) => [a.area, a.appraised])), max: result.indexMax, index: result.index }];
  });
  if (scored.length === 0) return { ok: false, reason: 'no-score-table' };
  const labels = unitLabels(scored);
  const ranked = rankUnits(scored.map((u, i) => ({ ...u, unit: labels[i] ?? u.source })));
  const spec = buildTongHopDonVi(ranked.map((u) => ({ unit: u.unit, areas: u.areas, max: u.max })), { ...options, set });
  return { ok: true, value: { spec, units: scored.length } };
}
