import { FUNCTIONS, FUNCTION_DOCS, type FunctionEntry } from '../shared';

/** Server functions the menu and the sidebar call by name; each becomes a top-level function of Code.js. */
export const SERVER_FUNCTIONS = [
  'onOpen', 'onInstall', 'showSidebar', 'menuInsertTemplate', 'menuCheck', 'menuScore', 'menuClean',
  'listTemplates', 'insertTemplate', 'checkActiveSheet', 'scoreActiveSheet', 'cleanSelection', 'buildPlan', 'buildSummary',
  'selectCell', 'listSets', 'setActiveSet', 'removeSet', 'loadSetFromSheet', 'importSetJson', 'applyFixes', 'importDecisionTable',
] as const;

function customFunctionStub(f: FunctionEntry): string {
  const help = FUNCTION_DOCS[f.name];
  const params = help.params.map((p) => p.name);
  const doc = [
    '/**',
    ` * ${help.description}`,
    ...help.params.map((p) => ` * @param {${p.name.endsWith('range') ? 'Array<Array<number>>' : 'any'}} ${p.optional ? `[${p.name}]` : p.name} ${p.description}`),
    ` * @return ${f.result === 'boolean' ? 'Đúng nếu đạt.' : 'Kết quả; một vùng cho một vùng.'}`,
    ' * @customfunction',
    ' */',
  ];
  return `${doc.join('\n')}\nfunction CCHC_${f.name}(${params.join(', ')}) {\n  return CCHC_APP.customFunction('${f.name}', [${params.join(', ')}]);\n}\n`;
}

/**
 * The top-level functions Apps Script looks for (it runs only declared functions, and shows only
 * those with @customfunction in autocomplete). Generated from the registries, so the stubs and the
 * JSDoc never drift from the core.
 */
export function gasGlobals(): string {
  const server = SERVER_FUNCTIONS.map((name) => `function ${name}() {\n  return CCHC_APP.${name}.apply(null, arguments);\n}\n`);
  return ['// ---- Top-level functions for Apps Script (generated from the registries) ----', ...server, ...FUNCTIONS.map(customFunctionStub)].join('\n');
}
