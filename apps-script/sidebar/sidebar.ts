import type { PanelBackend } from '../../ui/backend';
import { mountPanel } from '../../ui/panel';

/** The part of google.script.run the sidebar uses: a chainable runner whose methods are the server's top-level functions. */
interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: Error) => void): ScriptRunner;
  [serverFunction: string]: unknown;
}
declare const google: { script: { run: ScriptRunner } };

function call<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const runner = google.script.run.withSuccessHandler((v) => resolve(v as T)).withFailureHandler(reject);
    const fn = runner[name];
    if (typeof fn !== 'function') return reject(new Error(`Máy chủ không có hàm ${name}.`));
    (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}

/** Each panel action is one server call, named as the top-level function in Code.js. */
const backend: PanelBackend = {
  listTemplates: () => call('listTemplates'),
  insertTemplate: (o) => call('insertTemplate', o),
  check: () => call('checkActiveSheet'),
  score: () => call('scoreActiveSheet'),
  clean: () => call('cleanSelection'),
  plan: () => call('buildPlan'),
  summary: () => call('buildSummary'),
  selectCell: (sheet, cell) => call('selectCell', sheet, cell),
  listSets: () => call('listSets'),
  setActiveSet: (id) => call('setActiveSet', id),
  removeSet: (id) => call('removeSet', id),
  loadSetFromSheet: () => call('loadSetFromSheet'),
  importSetJson: (text) => call('importSetJson', text),
  importDecisionTable: () => call('importDecisionTable'),
  applyFixes: (sheet, cells) => call('applyFixes', sheet, cells),
};

const root = document.getElementById('app');
if (root) mountPanel(root, backend, { width: 300, year: new Date().getFullYear(), theme: 'google' });
