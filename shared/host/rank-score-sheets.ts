import type { CriteriaSet } from '../criteria/criteria-set';
import { DEFAULT_CRITERIA_SET } from '../criteria/default-set';
import { rankUnits } from '../scoring/rank-units';
import { rate } from '../scoring/rate';
import { roundTo } from '../numbers/rounding';
import { buildTongHopDonVi } from '../templates/kinds/tong-hop-don-vi';
import type { SheetSpec } from '../templates/sheet-spec';
import type { Grid } from './grid';
import type { ScoreOutcome } from './sheet-operations';
import { unitLabels, unitOfSheet } from './unit-name';

/** One unit to rank: its score sheet as scored, and where it came from (a file's name without .xlsx). */
export interface ScoredUnit {
  readonly source: string;
  readonly grid: Pick<Grid, 'values'>;
  readonly outcome: Pick<ScoreOutcome, 'areas' | 'indexMax' | 'indexBasis' | 'totals' | 'index'>;
}

/** A ranked unit as `cchc rank --json` prints it and the summary sheet lists it. */
export interface RankedRow {
  /** Where the unit was in the list given. */
  readonly from: number;
  readonly unit: string;
  readonly areas: Readonly<Record<string, number>>;
  readonly total: number;
  readonly max: number;
  /** On the whole set's maximum (`--max`), the points of the criteria the sheet lacks, counted as earned. */
  readonly unlisted?: number;
  readonly index: number | null;
  readonly rank: number | null;
  readonly rankLabel: string | null;
  readonly rating: string | null;
}

/**
 * Units ranked by index, each labelled by its letterhead's unit or else its source. Units are told
 * apart by source, never by name: three letterheads reading "XÃ ……………" are three units. The same for
 * `cchc rank` over files and the web page over the files it opened.
 */
export function rankScoredUnits(units: readonly ScoredUnit[], set: CriteriaSet | undefined): RankedRow[] {
  const plain = units.map((u, from) => ({
    from,
    source: u.source,
    name: unitOfSheet(u.grid),
    areas: Object.fromEntries(u.outcome.areas.map((a) => [a.area, a.appraised])),
    // The maximum the core's index divides by, so the summary's own formula gives the same index.
    max: u.outcome.indexMax,
    // On the whole set's maximum the criteria the sheet lacks count as earned: the summary shows them as points, so its
    // own formula (total ÷ maximum) gives the index `score` prints.
    ...(u.outcome.indexBasis === 'whole' ? { unlisted: roundTo(u.outcome.indexMax - u.outcome.totals.max, 2, 'half-up') } : {}),
    total: u.outcome.totals.appraised,
    index: u.outcome.index,
  }));
  const labels = unitLabels(plain);
  const ranked = rankUnits(plain.map((u, i) => ({ ...u, unit: labels[i] ?? u.source })));
  const scale = (set ?? DEFAULT_CRITERIA_SET).scale;
  return ranked.map((u) => ({
    from: u.from, unit: u.unit, areas: u.areas, total: roundTo(u.total, 2, 'half-up'), max: roundTo(u.max, 2, 'half-up'),
    ...(u.unlisted !== undefined ? { unlisted: u.unlisted } : {}),
    index: u.index === null ? null : roundTo(u.index, 4, 'half-up'), rank: u.rank, rankLabel: u.rankLabel,
    rating: u.index === null ? null : rate(u.index, scale),
  }));
}

/** The council's summary sheet of ranked units; the letterhead is the council's (`unit`), not one of the units'. */
export function rankedSummarySpec(rows: readonly Pick<RankedRow, 'unit' | 'areas' | 'max' | 'unlisted'>[],
  options: { readonly year: number; readonly set?: CriteriaSet | undefined; readonly unit?: string | undefined; readonly place?: string | undefined }): SheetSpec {
  return buildTongHopDonVi(rows.map((r) => ({ unit: r.unit, areas: r.areas, max: r.max, ...(r.unlisted !== undefined ? { unlisted: r.unlisted } : {}) })), options);
}
