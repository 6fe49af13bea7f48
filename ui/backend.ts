import type { IndexBasis, Problem } from '../shared';

/** What the panel asks of its host. Excel answers through Office.js, Google Sheets through google.script.run. */
export interface PanelBackend {
  listTemplates(): Promise<readonly { id: string; vi: string; en: string }[]>;
  /** `leftOut`: what an older host could not write (each naming the feature and what it needs). */
  insertTemplate(options: { id: string; year: number; unit: string; withEvidence: boolean }): Promise<{ sheet: string; leftOut?: readonly string[] }>;
  check(): Promise<{ sheet: string; problems: readonly Problem[] } | { sheet: string; noTable: true }>;
  score(): Promise<ScoreSummary | { sheet: string; noTable: true }>;
  clean(): Promise<{ changed: number }>;
  plan(): Promise<{ sheet: string; count: number } | { noTable: true }>;
  summary(): Promise<{ sheet: string; units: number } | { noTable: true }>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /**
   * `problems`: stored sets that failed validation and are not used. `usage`: bytes the stored sets
   * take, and the store's documented limit where there is one (Sheets' 500 KB of document properties).
   */
  listSets(): Promise<{ active: string; sets: readonly { id: string; name: string; source?: string }[]; problems?: readonly Problem[]; usage?: { bytes: number; limit?: number } }>;
  setActiveSet(id: string): Promise<void>;
  /** Removes a stored set (the panel asks the officer first); the example set cannot be removed. */
  removeSet(id: string): Promise<void>;
  loadSetFromSheet(): Promise<{ ok: boolean; problems: readonly Problem[]; name?: string }>;
  importSetJson(text: string): Promise<{ ok: boolean; problems: readonly Problem[]; name?: string }>;
  /** Reads the decision's criteria table pasted into the active sheet into a set, stored and made active when usable. */
  importDecisionTable(): Promise<{ ok: boolean; problems: readonly Problem[]; name?: string }>;
  /**
   * Applies the certain fixes of the sheet's problems (all, or those at `cells`) through the core's
   * fixWrites, then checks again: the answer is what was written and what is left.
   */
  applyFixes(sheet: string, cells?: readonly string[]): Promise<{ fixed: number; problems: readonly Problem[] }>;
  /**
   * Imports a set from a file the officer chose: a decision's .docx, a workbook with a bo-chi-so
   * sheet or the decision's table pasted in, or a .json (the web page; elsewhere only .json, as text).
   */
  importSetFile?(file: { name: string; bytes: Uint8Array }): Promise<{ ok: boolean; problems: readonly Problem[]; name?: string }>;
}

export interface ScoreSummary {
  readonly sheet: string;
  readonly totals: { readonly max: number; readonly self: number; readonly appraised: number; readonly deduction: number; readonly lost: number };
  readonly areas: readonly { readonly area: string; readonly name: string; readonly max: number; readonly self?: number | null; readonly appraised: number }[];
  readonly index: number | null;
  /** What the index divides by, and whether that is the sheet's own total maximum or one the user gave. */
  readonly indexMax?: number;
  readonly indexBasis?: IndexBasis;
  readonly rating: string | null;
  readonly written: number;
  readonly kept: readonly string[];
  /** Typed scores the opinion's own figures do not give, each at its cell. */
  readonly gaps?: readonly Problem[];
  /** Cells where the sheet's own figures will part from the printed ones (the core's list, as `cchc score --json` gives). */
  readonly problems?: readonly Problem[];
}
