import {
  FUNCTIONS, TEMPLATES, callFunction, checkGrid, cleanCells, cleanedRuns, fixWrites, importSetGrid, formatProblem, parseSetJson, planGrid, readSetSheet, scoreGrid, summaryOfGrids, templateSpec, toFnArg,
  type FnArg, type FnResult, type Problem,
} from '../../shared';
import type { ScoreSummary } from '../../ui/backend';
import { activeSet, addSet, allSets, removeSet as removeStoredSet, setActive, setForFunctions as functionSet, storeUsage, storedSetProblems } from './set-store';
import { applyWrites, insertSpec, readGrid } from './sheets-port';

/**
 * Everything the menu, the sidebar and the custom functions do in Google Sheets: read cells, call the
 * core, write cells. The top-level functions Apps Script needs are in the generated Code.js stubs.
 */

const MENU: readonly (readonly [string, string])[] = [
  ['Chèn mẫu phụ lục…', 'menuInsertTemplate'],
  ['Kiểm tra số liệu', 'menuCheck'],
  ['Tính điểm', 'menuScore'],
  ['Làm sạch văn bản', 'menuClean'],
  ['Mở bảng CCHC', 'showSidebar'],
];

export function onOpen(): void {
  const menu = SpreadsheetApp.getUi().createMenu('CCHC');
  for (const [label, fn] of MENU) menu.addItem(label, fn);
  menu.addToUi();
}

export function onInstall(): void {
  onOpen();
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('CCHC Phụ lục').setWidth(300);
  SpreadsheetApp.getUi().showSidebar(html);
}

const year = (): number => new Date().getFullYear();
const fail = (reason: string): never => {
  throw new Error(reason === 'unknown-template' ? 'Không có mẫu này.' : 'Không tìm thấy bảng phụ lục (cần dòng tiêu đề như "STT | … | Điểm chuẩn | Điểm tự đánh giá") trên trang tính này.');
};

export function listTemplates(): { id: string; vi: string; en: string }[] {
  return TEMPLATES.map((t) => ({ id: t.id, vi: t.title.vi, en: t.title.en }));
}

export function insertTemplate(o: { id: string; year?: number; unit?: string; withEvidence?: boolean }): { sheet: string } {
  const outcome = templateSpec(o.id, { year: o.year || year(), unit: o.unit || undefined, set: activeSet(), withEvidence: Boolean(o.withEvidence) });
  if (!outcome.ok) return fail(outcome.reason);
  const sheet = insertSpec(SpreadsheetApp.getActiveSpreadsheet(), outcome.value);
  sheet.activate();
  return { sheet: sheet.getName() };
}

export function checkActiveSheet(): { sheet: string; problems: readonly Problem[] } | { sheet: string; noTable: true } {
  const sheet = SpreadsheetApp.getActiveSheet();
  const outcome = checkGrid(readGrid(sheet));
  return outcome.ok ? { sheet: sheet.getName(), problems: outcome.value } : { sheet: sheet.getName(), noTable: true };
}

export function scoreActiveSheet(): ScoreSummary | { sheet: string; noTable: true } {
  const sheet = SpreadsheetApp.getActiveSheet();
  const grid = readGrid(sheet, true);
  const outcome = scoreGrid(grid, activeSet());
  if (!outcome.ok) return { sheet: sheet.getName(), noTable: true };
  applyWrites(sheet, outcome.value.writes, outcome.value.chart, outcome.value.heights);
  const v = outcome.value;
  return {
    sheet: sheet.getName(), totals: v.totals, areas: v.areas, index: v.index, indexMax: v.indexMax, indexBasis: v.indexBasis, rating: v.rating,
    written: v.writes.length, kept: v.keptTyped, gaps: v.ruleGaps, problems: v.problems,
  };
}

/**
 * Every selected area is cleaned (a selection made with Ctrl held has several). Only the cells it
 * changed are written, one setValues per run of adjacent changed cells in a column: getFormulas
 * gives "" for a cell filled by an array result (a spilled CCHC_SCORE(range), an ARRAYFORMULA), so
 * writing the area back whole would turn those into constants and break their source
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#getformulas,
 * https://support.google.com/docs/answer/3093275). Range.offset reaches a run without a call per cell
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#offset(Integer,Integer,Integer,Integer)).
 */
export function cleanSelection(): { changed: number } {
  const list = SpreadsheetApp.getActiveRangeList();
  const ranges = list ? list.getRanges() : [];
  let total = 0;
  for (const range of ranges) {
    const { changes, changed } = cleanCells(range.getValues(), range.getFormulas());
    for (const run of cleanedRuns(changes)) range.offset(run.row, run.column, run.cells.length, 1).setValues(run.cells.map((c) => [c]));
    total += changed;
  }
  return { changed: total };
}

export function buildPlan(): { sheet: string; count: number } | { noTable: true } {
  const outcome = planGrid(readGrid(SpreadsheetApp.getActiveSheet()), activeSet(), { year: year() });
  if (!outcome.ok) return { noTable: true };
  const sheet = insertSpec(SpreadsheetApp.getActiveSpreadsheet(), outcome.value.spec);
  sheet.activate();
  return { sheet: sheet.getName(), count: outcome.value.count };
}

export function buildSummary(): { sheet: string; units: number } | { noTable: true } {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const outcome = summaryOfGrids(ss.getSheets().map((s) => readGrid(s)), activeSet(), { year: year() });
  if (!outcome.ok) return { noTable: true };
  const sheet = insertSpec(ss, outcome.value.spec);
  sheet.activate();
  return { sheet: sheet.getName(), units: outcome.value.units };
}

export function selectCell(sheetName: string, cell: string): void {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName);
  if (sheet) sheet.getRange(cell).activate();
}

export function listSets(): { active: string; sets: { id: string; name: string; source?: string }[]; problems: readonly Problem[]; usage: { bytes: number; limit: number } } {
  return {
    active: activeSet().id, sets: allSets().map((s) => ({ id: s.id, name: s.name, ...(s.source ? { source: s.source } : {}) })),
    problems: storedSetProblems(), usage: storeUsage(),
  };
}

export function setActiveSet(id: string): void {
  setActive(id);
  recalculateFunctions();
}

export function removeSet(id: string): void {
  removeStoredSet(id);
  recalculateFunctions();
}

/**
 * The functions read the active set from the document's properties, which Sheets does not see as
 * an argument: it recalculates a custom function only when an argument changes or the formula is
 * edited, and keeps its results in between (https://developers.google.com/apps-script/guides/sheets/functions).
 * So after the set changes, the first CCHC_ call of every formula is edited twice (its name in small
 * letters, then in capitals), which re-enters the formula: a fixed number of calls whatever the
 * sheet's size. Volatility is not on offer for Apps Script functions.
 * The search is a regular expression anchored at the formula's "=", any case
 * (https://developers.google.com/apps-script/reference/spreadsheet/text-finder#matchcasematchcase,
 * #useregularexpressionuseregex), so a name typed as "cchc_score(" is found and a plain-text cell that
 * mentions "CCHC_SCORE(" (no "=" in front) is left as it is; "$1" keeps what precedes the name.
 */
function recalculateFunctions(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  for (const f of FUNCTIONS) {
    const lower = `cchc_${f.name.toLowerCase()}(`;
    ss.createTextFinder(`^(=[\\s\\S]*?)CCHC_${f.name}\\(`).useRegularExpression(true).matchCase(false).matchFormulaText(true).replaceAllWith(`$1${lower}`);
    ss.createTextFinder(`^(=[\\s\\S]*?)cchc_${f.name.toLowerCase()}\\(`).useRegularExpression(true).matchCase(true).matchFormulaText(true).replaceAllWith(`$1CCHC_${f.name}(`);
  }
}

export function loadSetFromSheet(): { ok: boolean; problems: readonly Problem[]; name?: string } {
  const result = readSetSheet(readGrid(SpreadsheetApp.getActiveSheet()).values);
  if (!result.ok) return { ok: false, problems: result.problems };
  const saved = addSet(result.set);
  if (saved.ok) recalculateFunctions();
  return saved.ok ? { ok: true, problems: saved.problems, name: saved.set.name } : { ok: false, problems: saved.problems };
}

export function importDecisionTable(): { ok: boolean; problems: readonly Problem[]; name?: string } {
  const imported = importSetGrid(readGrid(SpreadsheetApp.getActiveSheet()), new Date().getFullYear());
  if (!imported.set) return { ok: false, problems: imported.problems };
  const saved = addSet(imported.set);
  if (saved.ok) recalculateFunctions();
  return saved.ok ? { ok: true, problems: imported.problems, name: saved.set.name } : { ok: false, problems: saved.problems };
}

export function importSetJson(text: string): { ok: boolean; problems: readonly Problem[]; name?: string } {
  const parsed = parseSetJson(text);
  if (!parsed.ok) return { ok: false, problems: parsed.result.problems };
  const saved = addSet(parsed.value);
  if (saved.ok) recalculateFunctions();
  return saved.ok ? { ok: true, problems: saved.problems, name: saved.set.name } : { ok: false, problems: saved.problems };
}

/** The panel's fix buttons: the core decides what to write, this writes those cells only, then checks again. */
export function applyFixes(sheetName: string, cells?: readonly string[]): { fixed: number; problems: readonly Problem[] } {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName);
  if (!sheet) return { fixed: 0, problems: [] };
  const before = checkGrid(readGrid(sheet));
  if (!before.ok) return { fixed: 0, problems: [] };
  const writes = fixWrites(before.value, cells);
  for (const w of writes) sheet.getRange(w.cell).setValue(w.value);
  const after = checkGrid(readGrid(sheet));
  return { fixed: writes.length, problems: after.ok ? after.value : [] };
}

export function menuInsertTemplate(): void {
  showSidebar();
}

export function menuCheck(): void {
  const result = checkActiveSheet();
  const ui = SpreadsheetApp.getUi();
  if ('noTable' in result) return void ui.alert('Kiểm tra số liệu', 'Không tìm thấy bảng phụ lục trên trang này.', ui.ButtonSet.OK);
  const lines = result.problems.slice(0, 15).map((p) => formatProblem(p, 'vi'));
  const more = result.problems.length > 15 ? `\n… và ${result.problems.length - 15} vấn đề khác (mở bảng CCHC để xem hết).` : '';
  ui.alert('Kiểm tra số liệu', lines.length ? lines.join('\n') + more : 'Không có lỗi.', ui.ButtonSet.OK);
}

export function menuScore(): void {
  const result = scoreActiveSheet();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if ('noTable' in result) return void ss.toast('Không tìm thấy bảng chấm điểm trên trang này.', 'CCHC');
  const index = result.index === null ? '' : `, chỉ số ${(result.index * 100).toFixed(2).replace('.', ',')}%`;
  ss.toast(`Bị trừ ${result.totals.deduction.toFixed(2).replace('.', ',')} điểm ở ${result.totals.lost} tiêu chí${index}.`, 'CCHC');
}

export function menuClean(): void {
  const { changed } = cleanSelection();
  SpreadsheetApp.getActiveSpreadsheet().toast(`Đã làm sạch ${changed} ô.`, 'CCHC');
}

/**
 * The set the custom functions score by. A stored set that cannot be read, or a read the service
 * refuses, is an error naming it: never the example set's points in silence.
 */
function setForFunctions(): ReturnType<typeof activeSet> {
  const chosen = functionSet();
  if (!chosen.ok) throw new Error(formatProblem(chosen.problem, 'vi'));
  return chosen.set;
}

/** Custom functions: a single value in gives a value or an error; a range gives a range with the message in any bad cell. */
export function customFunction(name: string, args: readonly FnArg[]): unknown {
  const entry = FUNCTIONS.find((f) => f.name === name);
  if (!entry) throw new Error(`Không có hàm CCHC_${name}.`);
  const result: FnResult = callFunction(entry, args.map(toFnArg), { set: setForFunctions() });
  if (!Array.isArray(result)) {
    if (typeof result === 'object') throw new Error(formatProblem(result.problem, 'vi'));
    return result;
  }
  return result.map((row) => row.map((v) => (typeof v === 'object' ? `Lỗi: ${formatProblem(v.problem, 'vi')}` : v)));
}

