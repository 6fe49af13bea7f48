import {
  DEFAULT_CRITERIA_SET, TEMPLATES, checkGrid, cleanCellEdits, fixCellEdits, fixWrites, importSetFromDocument, importSetFromSheets,
  importSetGrid, parseA1, parseSetJson, planGrid, rankScoredUnits, rankedSummarySpec, readSetSheet, scoreCellEdits, scoreGrid, templateSpec,
  type ImportResult, type Problem, type SheetSpec,
} from '../../shared';
import type { PanelBackend } from '../../ui/backend';
import { activeSet, addSet, allSets, removeSet, setActive, storedSetProblems } from './browser-set-store';
import { changeFile, gridOf, type OpenFile } from './open-files';
import { baseName, newFileName } from './output-name';
import { documentProblemOf, openWorkbook, readDocument, tableSheet, writeNewWorkbook } from './workbook-files';

/** What the backend asks of the page around the panel. */
export interface FilesPage {
  /** Every opened workbook, in the order opened. */
  files(): readonly OpenFile[];
  /** The workbook the panel works on. */
  chosen(): OpenFile | undefined;
  /** Long work's progress, in words, shown where the action's result will show. */
  progress(text: string): void;
  /** A new workbook to download. */
  created(bytes: Uint8Array, name: string): void;
  /** The working copy of `file` changed: its download is offered. */
  changed(file: OpenFile): void;
  /** Shows a cell, as Excel would select it: its address and its row's text. */
  showCell(file: OpenFile, sheet: string, cell: string): void;
}

const year = (): number => new Date().getFullYear();

/** Yields to the browser so progress words are drawn between files. */
const breathe = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function chosenFile(page: FilesPage): OpenFile {
  const file = page.chosen();
  if (!file) throw new Error('Chưa mở tệp nào: hãy chọn hoặc kéo thả một tệp .xlsx vào trang.');
  return file;
}

/** A set imported from a decision, stored and made active when usable. */
function keepImported(imported: ImportResult): { ok: boolean; problems: readonly Problem[]; name?: string } {
  if (!imported.set) return { ok: false, problems: imported.problems };
  const saved = addSet(imported.set);
  return saved.ok ? { ok: true, problems: imported.problems, name: saved.set.name } : { ok: false, problems: saved.problems };
}

function keepSet(input: unknown): { ok: boolean; problems: readonly Problem[]; name?: string } {
  const saved = addSet(input);
  return saved.ok ? { ok: true, problems: saved.problems, name: saved.set.name } : { ok: false, problems: saved.problems };
}

/**
 * The panel's actions over the officer's own .xlsx files: each reads the chosen sheet, calls the
 * same core operation as Excel and Sheets, and writes what comes back into a copy in memory
 * (edited in place as `cchc` edits a file) or a new workbook, offered as a download. The file the
 * officer opened is never written.
 */
export function filesBackend(page: FilesPage): PanelBackend {
  const newWorkbook = async (spec: SheetSpec, name: string): Promise<void> => page.created(await writeNewWorkbook([spec]), name);
  return {
    listTemplates: async () => TEMPLATES.map((t) => ({ id: t.id, vi: t.title.vi, en: t.title.en })),

    insertTemplate: async (o) => {
      const set = activeSet();
      // As `cchc template` builds it: the set's province unless the officer names one.
      const outcome = templateSpec(o.id, { year: o.year || year(), unit: o.unit || undefined, province: set.province, set, withEvidence: o.withEvidence });
      if (!outcome.ok) throw new Error('Không có mẫu này.');
      const name = newFileName(outcome.value.name);
      await newWorkbook(outcome.value, name);
      return { sheet: name };
    },

    check: async () => {
      const file = chosenFile(page);
      const grid = gridOf(file);
      const outcome = checkGrid(grid);
      return outcome.ok ? { sheet: grid.name, problems: outcome.value } : { sheet: grid.name, noTable: true as const };
    },

    applyFixes: async (sheet, cells) => {
      const file = chosenFile(page);
      const before = checkGrid(gridOf(file, sheet));
      if (!before.ok) return { fixed: 0, problems: [] };
      const writes = fixWrites(before.value, cells);
      await changeFile(file, [{ sheet, edits: fixCellEdits(writes) }], 'fixed');
      page.changed(file);
      const after = checkGrid(gridOf(file, sheet));
      return { fixed: writes.length, problems: after.ok ? after.value : [] };
    },

    score: async () => {
      const file = chosenFile(page);
      const grid = gridOf(file);
      const outcome = scoreGrid(grid, activeSet());
      if (!outcome.ok) return { sheet: grid.name, noTable: true as const };
      const v = outcome.value;
      await changeFile(file, [{ sheet: grid.name, edits: scoreCellEdits(v.writes), rowHeights: v.heights ?? [] }], 'scored');
      page.changed(file);
      return {
        sheet: grid.name, totals: v.totals, areas: v.areas, index: v.index, indexMax: v.indexMax, indexBasis: v.indexBasis, rating: v.rating,
        written: v.writes.length, kept: v.keptTyped, gaps: v.ruleGaps, problems: v.problems,
      };
    },

    clean: async () => {
      const file = chosenFile(page);
      const edits = cleanCellEdits(gridOf(file));
      await changeFile(file, [{ sheet: file.sheet, edits }], 'cleaned');
      if (edits.length) page.changed(file);
      return { changed: edits.length };
    },

    plan: async () => {
      const file = chosenFile(page);
      const outcome = planGrid(gridOf(file), activeSet(), { year: year() });
      if (!outcome.ok) return { noTable: true as const };
      const name = `${baseName(file.name)} (kế hoạch khắc phục).xlsx`;
      await newWorkbook(outcome.value.spec, name);
      return { sheet: name, count: outcome.value.count };
    },

    summary: async () => {
      // One unit a file, its first score sheet, as `cchc rank` takes them.
      const files = page.files();
      const set = activeSet();
      const units = [];
      for (const [i, file] of files.entries()) {
        page.progress(`${i + 1}/${files.length}: ${file.name}`);
        await breathe();
        const sheet = tableSheet(file.workbook, 'score');
        if (sheet === undefined) continue;
        const grid = gridOf(file, sheet);
        const scored = scoreGrid(grid, set);
        if (scored.ok) units.push({ source: baseName(file.name), grid, outcome: scored.value });
      }
      if (units.length === 0) return { noTable: true as const };
      const rows = rankScoredUnits(units, set);
      const spec = rankedSummarySpec(rows, { year: year(), set });
      const name = newFileName(spec.name);
      await newWorkbook(spec, name);
      return { sheet: name, units: units.length };
    },

    selectCell: async (sheet, cell) => {
      const file = chosenFile(page);
      if (!parseA1(cell)) return;
      page.showCell(file, sheet, cell);
    },

    listSets: async () => ({
      active: activeSet().id,
      sets: allSets().map((s) => ({ id: s.id, name: s.name, ...(s.source ? { source: s.source } : {}) })),
      problems: storedSetProblems(),
    }),

    setActiveSet: async (id) => setActive(id),

    removeSet: async (id) => {
      if (id === DEFAULT_CRITERIA_SET.id) throw new Error('Không xoá được bộ chỉ số mẫu của phần mềm.');
      removeSet(id);
    },

    loadSetFromSheet: async () => {
      const result = readSetSheet(gridOf(chosenFile(page)).values);
      return result.ok ? keepSet(result.set) : { ok: false, problems: result.problems };
    },

    importDecisionTable: async () => keepImported(importSetGrid(gridOf(chosenFile(page)), year())),

    importSetJson: async (text) => {
      const parsed = parseSetJson(text);
      return parsed.ok ? keepSet(parsed.value) : { ok: false, problems: parsed.result.problems };
    },

    importSetFile: async (file) => {
      if (/\.json$/i.test(file.name)) {
        const parsed = parseSetJson(new TextDecoder().decode(file.bytes));
        return parsed.ok ? keepSet(parsed.value) : { ok: false, problems: parsed.result.problems };
      }
      if (/\.docx$/i.test(file.name)) {
        let imported: ImportResult | undefined;
        try {
          imported = importSetFromDocument(await readDocument(file.bytes, file.name), year());
        } catch (e) {
          const why = documentProblemOf(e);
          throw new Error(`Không đọc được tệp Word "${file.name}"${why ? ` (${why.vi})` : ''}. Hãy mở bằng Word và lưu lại dạng .docx.`);
        }
        if (!imported) throw new Error(`Không thấy bảng tiêu chí trong "${file.name}".`);
        return keepImported(imported);
      }
      // A workbook: its bo-chi-so sheet, else the decision's table pasted into one of its sheets.
      const wb = await openWorkbook(file.bytes, file.name);
      const setSheet = wb.sheets.find((s) => /bộ chỉ số|bo-chi-so|bo chi so/iu.test(s.name));
      if (setSheet) {
        const result = readSetSheet(wb.grid(setSheet.name).values);
        return result.ok ? keepSet(result.set) : { ok: false, problems: result.problems };
      }
      // Sheets are read one at a time as the search goes: those after the table are never read.
      const found = importSetFromSheets((function* () { for (const s of wb.sheets) yield wb.grid(s.name); })(), year());
      if (!found) throw new Error(`Không thấy bảng tiêu chí hay trang Bộ chỉ số trong "${file.name}".`);
      return keepImported(found.result);
    },
  };
}
