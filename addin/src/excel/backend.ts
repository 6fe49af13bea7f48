import { TEMPLATES, checkGrid, cleanCells, parseSetJson, planGrid, readSetSheet, scoreGrid, summaryOfGrids, templateSpec } from '../../../shared';
import type { PanelBackend } from '../../../ui/backend';
import { applyWrites, insertSpec, probeAreaChart, readGrid } from './excel-port';
import { NEEDS, requireSet } from './requirements';
import { activeSet, addSet, allSets, setActive } from './set-store';

const year = (): number => new Date().getFullYear();
const NO_TEMPLATE = 'Không có mẫu này.';

/** The panel's actions in Excel: each is one Excel.run that reads, calls the core and writes. */
export const excelBackend: PanelBackend = {
  listTemplates: async () => TEMPLATES.map((t) => ({ id: t.id, vi: t.title.vi, en: t.title.en })),

  insertTemplate: (o) => Excel.run(async (context) => {
    requireSet(NEEDS.insert);
    const outcome = templateSpec(o.id, { year: o.year || year(), unit: o.unit || undefined, set: activeSet(), withEvidence: o.withEvidence });
    if (!outcome.ok) throw new Error(NO_TEMPLATE);
    return { sheet: await insertSpec(context, outcome.value) };
  }),

  check: () => Excel.run(async (context) => {
    requireSet(NEEDS.read);
    const grid = await readGrid(context, context.workbook.worksheets.getActiveWorksheet());
    const outcome = checkGrid(grid);
    return outcome.ok ? { sheet: grid.name, problems: outcome.value } : { sheet: grid.name, noTable: true as const };
  }),

  score: () => Excel.run(async (context) => {
    requireSet(NEEDS.score);
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    const probe = probeAreaChart(sheet);
    const grid = await readGrid(context, sheet);
    const outcome = scoreGrid(grid, activeSet());
    if (!outcome.ok) return { sheet: grid.name, noTable: true as const };
    const plan = outcome.value.chart;
    await applyWrites(context, sheet, grid, outcome.value.writes, plan ? { plan, probe } : undefined);
    const v = outcome.value;
    return { sheet: grid.name, totals: v.totals, areas: v.areas, index: v.index, rating: v.rating, written: v.writes.length, kept: v.keptTyped, gaps: v.ruleGaps };
  }),

  clean: () => Excel.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load(['values', 'formulas']);
    await context.sync();
    const formulas = (range.formulas as unknown[][]).map((row) => row.map((f) => (typeof f === 'string' && f.startsWith('=') ? f : null)));
    const { cells, changed } = cleanCells(range.values as unknown[][], formulas);
    if (changed) {
      range.formulas = cells as string[][];
      await context.sync();
    }
    return { changed };
  }),

  plan: () => Excel.run(async (context) => {
    requireSet(NEEDS.insert);
    const outcome = planGrid(await readGrid(context, context.workbook.worksheets.getActiveWorksheet()), activeSet(), { year: year() });
    if (!outcome.ok) return { noTable: true as const };
    return { sheet: await insertSpec(context, outcome.value.spec), count: outcome.value.count };
  }),

  summary: () => Excel.run(async (context) => {
    requireSet(NEEDS.insert);
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const useds = sheets.items.map((s) => {
      const used = s.getUsedRangeOrNullObject(true);
      used.load(['values', 'formulas']);
      return { name: s.name, used };
    });
    await context.sync();
    const grids = useds.filter((u) => !u.used.isNullObject).map((u) => ({ name: u.name, values: u.used.values as unknown[][], formulas: u.used.formulas as unknown as (string | null)[][] }));
    const outcome = summaryOfGrids(grids, activeSet(), { year: year() });
    if (!outcome.ok) return { noTable: true as const };
    return { sheet: await insertSpec(context, outcome.value.spec), units: outcome.value.units };
  }),

  selectCell: (sheet, cell) => Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(cell).select();
    await context.sync();
  }),

  listSets: async () => ({ active: activeSet().id, sets: allSets().map((s) => ({ id: s.id, name: s.name, ...(s.source ? { source: s.source } : {}) })) }),

  setActiveSet: (id) => setActive(id),

  loadSetFromSheet: () => Excel.run(async (context) => {
    const result = readSetSheet((await readGrid(context, context.workbook.worksheets.getActiveWorksheet())).values);
    if (!result.ok) return { ok: false, problems: result.problems };
    const saved = await addSet(result.set);
    return saved.ok ? { ok: true, problems: saved.problems, name: saved.set.name } : { ok: false, problems: saved.problems };
  }),

  importSetJson: async (text) => {
    const parsed = parseSetJson(text);
    if (!parsed.ok) return { ok: false, problems: parsed.result.problems };
    const saved = await addSet(parsed.value);
    return saved.ok ? { ok: true, problems: saved.problems, name: saved.set.name } : { ok: false, problems: saved.problems };
  },
};
