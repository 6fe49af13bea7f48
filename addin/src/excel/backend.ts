import { TEMPLATES, checkGrid, cleanCells, fixWrites, importSetGrid, parseSetJson, planGrid, readSetSheet, scoreGrid, summaryOfGrids, templateSpec } from '../../../shared';
import type { PanelBackend } from '../../../ui/backend';
import { intersect, readInChunks, type Block } from './chunked-read';
import { applyWrites, formulaOf, gridOf, insertSpec, probeAreaChart, readGrid } from './excel-port';
import { NEEDS, excelApi, requireSet } from './requirements';
import { activeSet, addSet, allSets, removeSet, setActive, storeUsage, storedSetProblems, watchStoredSets } from './set-store';

const year = (): number => new Date().getFullYear();
const NO_TEMPLATE = 'Không có mẫu này.';

/**
 * The custom functions read the active set from the workbook's settings, which Excel does not see
 * as an input: a non-volatile function is recalculated only when its arguments change
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-overview). Making them
 * volatile would recompute every CCHC cell on every edit anywhere in the workbook, thousands of
 * calls on a long score sheet, for a set that changes a few times a year; so the one event that
 * makes them stale, a change of set, asks for one full recalculation instead (ExcelApi 1.1).
 */
async function recalculateFunctions(): Promise<void> {
  try {
    await Excel.run(async (context) => {
      context.workbook.application.calculate('Full');
      await context.sync();
    });
  } catch {
    // Outside Excel (a browser preview) there is nothing to recalculate.
  }
}

/** A co-author saved other sets: the functions recalculate by what is stored now. */
export function watchSets(): void {
  watchStoredSets(() => void recalculateFunctions());
}

/** The panel's actions in Excel: each is one Excel.run that reads, calls the core and writes. */
export const excelBackend: PanelBackend = {
  listTemplates: async () => TEMPLATES.map((t) => ({ id: t.id, vi: t.title.vi, en: t.title.en })),

  insertTemplate: (o) => Excel.run(async (context) => {
    requireSet(NEEDS.insert);
    const outcome = templateSpec(o.id, { year: o.year || year(), unit: o.unit || undefined, set: activeSet(), withEvidence: o.withEvidence });
    if (!outcome.ok) throw new Error(NO_TEMPLATE);
    const inserted = await insertSpec(context, outcome.value);
    return { sheet: inserted.name, leftOut: inserted.leftOut };
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
    const grid = await readGrid(context, sheet, { supports: excelApi });
    const outcome = scoreGrid(grid, activeSet());
    if (!outcome.ok) return { sheet: grid.name, noTable: true as const };
    const plan = outcome.value.chart;
    await applyWrites(context, sheet, outcome.value.writes, plan ? { plan, probe } : undefined, outcome.value.heights);
    const v = outcome.value;
    return {
      sheet: grid.name, totals: v.totals, areas: v.areas, index: v.index, indexMax: v.indexMax, indexBasis: v.indexBasis, rating: v.rating,
      written: v.writes.length, kept: v.keptTyped, gaps: v.ruleGaps, problems: v.problems,
    };
  }),

  clean: () => Excel.run(async (context) => {
    requireSet(NEEDS.clean);
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    // Every selected area, cut to the cells that hold something: a whole column or Ctrl+A would
    // otherwise ask for millions of empty cells.
    const selected = context.workbook.getSelectedRanges();
    selected.areas.load('items/rowIndex,items/columnIndex,items/rowCount,items/columnCount');
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
    await context.sync();
    if (used.isNullObject) return { changed: 0 };
    let changed = 0;
    for (const area of selected.areas.items) {
      const block = intersect(area, used);
      if (!block) continue;
      await readInChunks(context, sheet, block, (chunk) => {
        const formulas = chunk.formulas.map((row, i) => row.map((f, j) => formulaOf(f, chunk.values[i]?.[j])));
        const result = cleanCells(chunk.values, formulas);
        if (!result.changed) return;
        // Only the cleaned cells: null leaves every other cell as it is.
        sheet.getRangeByIndexes(chunk.rowIndex, chunk.columnIndex, chunk.rowCount, chunk.columnCount).formulas = result.changes as string[][];
        changed += result.changed;
      });
    }
    await context.sync();
    return { changed };
  }),

  plan: () => Excel.run(async (context) => {
    requireSet(NEEDS.read);
    const outcome = planGrid(await readGrid(context, context.workbook.worksheets.getActiveWorksheet()), activeSet(), { year: year() });
    if (!outcome.ok) return { noTable: true as const };
    return { sheet: (await insertSpec(context, outcome.value.spec)).name, count: outcome.value.count };
  }),

  summary: () => Excel.run(async (context) => {
    requireSet(NEEDS.summary);
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    // The shapes in one round trip, then each sheet in chunks: loading every used range at once
    // would cross Excel on the web's 5 MB response limit on a large workbook.
    const useds = sheets.items.map((s) => {
      const used = s.getUsedRangeOrNullObject(true);
      used.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
      return { sheet: s, used };
    });
    await context.sync();
    const grids = [];
    for (const { sheet, used } of useds) {
      if (used.isNullObject) continue;
      const block: Block = { rowIndex: used.rowIndex, columnIndex: used.columnIndex, rowCount: used.rowCount, columnCount: used.columnCount };
      const values: unknown[][] = [];
      const formulas: unknown[][] = [];
      await readInChunks(context, sheet, block, (chunk) => {
        values.push(...chunk.values);
        formulas.push(...chunk.formulas);
      });
      grids.push(gridOf(sheet.name, block.rowIndex, block.columnIndex, values, formulas));
    }
    const outcome = summaryOfGrids(grids, activeSet(), { year: year() });
    if (!outcome.ok) return { noTable: true as const };
    return { sheet: (await insertSpec(context, outcome.value.spec)).name, units: outcome.value.units };
  }),

  selectCell: (sheet, cell) => Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(cell).select();
    await context.sync();
  }),

  listSets: async () => ({
    active: activeSet().id, sets: allSets().map((s) => ({ id: s.id, name: s.name, ...(s.source ? { source: s.source } : {}) })),
    problems: storedSetProblems(), usage: storeUsage(),
  }),

  setActiveSet: async (id) => {
    await setActive(id);
    await recalculateFunctions();
  },

  removeSet: async (id) => {
    await removeSet(id);
    await recalculateFunctions();
  },

  loadSetFromSheet: () => Excel.run(async (context) => {
    requireSet(NEEDS.read);
    const result = readSetSheet((await readGrid(context, context.workbook.worksheets.getActiveWorksheet())).values);
    if (!result.ok) return { ok: false, problems: result.problems };
    const saved = await addSet(result.set);
    if (saved.ok) await recalculateFunctions();
    return saved.ok ? { ok: true, problems: saved.problems, name: saved.set.name } : { ok: false, problems: saved.problems };
  }),

  applyFixes: (sheetName, cells) => Excel.run(async (context) => {
    requireSet(NEEDS.read);
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const before = checkGrid(await readGrid(context, sheet));
    if (!before.ok) return { fixed: 0, problems: [] };
    const writes = fixWrites(before.value, cells);
    // A fixed value is typed data, written as a value (never a formula) into that one cell.
    for (const w of writes) sheet.getRange(w.cell).values = [[w.value]];
    await context.sync();
    const after = checkGrid(await readGrid(context, sheet));
    return { fixed: writes.length, problems: after.ok ? after.value : [] };
  }),

  importDecisionTable: () => Excel.run(async (context) => {
    requireSet(NEEDS.read);
    const imported = importSetGrid(await readGrid(context, context.workbook.worksheets.getActiveWorksheet()), new Date().getFullYear());
    if (!imported.set) return { ok: false, problems: imported.problems };
    const saved = await addSet(imported.set);
    if (saved.ok) await recalculateFunctions();
    return saved.ok ? { ok: true, problems: imported.problems, name: saved.set.name } : { ok: false, problems: saved.problems };
  }),

  importSetJson: async (text) => {
    const parsed = parseSetJson(text);
    if (!parsed.ok) return { ok: false, problems: parsed.result.problems };
    const saved = await addSet(parsed.value);
    if (saved.ok) await recalculateFunctions();
    return saved.ok ? { ok: true, problems: saved.problems, name: saved.set.name } : { ok: false, problems: saved.problems };
  },
};
