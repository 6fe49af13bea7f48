import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

const DIST = join(__dirname, '../../dist/excel');

class CfError {
  constructor(readonly code: string, readonly message?: string) {}
}

/**
 * taskpane.js, the page's one bundle (functions, ribbon commands and task pane over one copy of the
 * core), evaluated as the shared runtime evaluates it, with stubs of CustomFunctions and Office.
 * Office is not ready yet (onReady never settles here): the functions must be associated as the
 * script loads, before the pane or the commands wait for Office; no DOM is touched until then.
 */
function loadFunctions(): Map<string, (...args: unknown[]) => unknown> {
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  const context = vm.createContext({
    CustomFunctions: {
      associate: (id: string, fn: (...args: unknown[]) => unknown) => { registered.set(id, fn); },
      Error: CfError,
      ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
    },
    Office: { onReady: () => new Promise(() => undefined) },
  }, { codeGeneration: { strings: false, wasm: false } });
  vm.runInContext(readFileSync(join(DIST, 'taskpane.js'), 'utf8'), context, { filename: 'taskpane.js' });
  return registered;
}

test('the page loads one script, which holds the only copy of the core', () => {
  const html = readFileSync(join(DIST, 'taskpane.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)/g)].map((m) => m[1]);
  expect(scripts).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js', 'taskpane.js']);
  expect(readdirSync(DIST).filter((f) => f.endsWith('.js'))).toEqual(['taskpane.js']);
  // A message of the core's catalogue: present once, in the one bundle.
  expect(readFileSync(join(DIST, 'taskpane.js'), 'utf8').split('Mẫu số bằng 0').length - 1).toBe(1);
});

// Checked against 30898a3: fails there (allowCustomDataForDataTypeAny true, no allowErrorForDataTypeAny).
test('functions.json asks Excel for plain values of data types and for errors as single elements', () => {
  const meta = JSON.parse(readFileSync(join(DIST, 'functions.json'), 'utf8')) as Record<string, unknown>;
  expect([meta.allowCustomDataForDataTypeAny, meta.allowErrorForDataTypeAny]).toEqual([false, true]);
});

test('the bundle loads in a plain task pane, where there is no CustomFunctions runtime and no ribbon', () => {
  const context = vm.createContext({ Office: { onReady: () => new Promise(() => undefined) } }, { codeGeneration: { strings: false, wasm: false } });
  expect(() => vm.runInContext(readFileSync(join(DIST, 'taskpane.js'), 'utf8'), context)).not.toThrow();
});

describe('dist/excel/taskpane.js as the custom functions see it', () => {
  const fns = loadFunctions();
  const call = (id: string, ...args: unknown[]): unknown => fns.get(id)?.(...args);

  test('registers exactly the five functions, matching functions.json', () => {
    expect([...fns.keys()].sort()).toEqual(['DEDUCTION', 'INDEX', 'MET', 'PERCENT', 'SCORE']);
    const meta = JSON.parse(readFileSync(join(DIST, 'functions.json'), 'utf8')) as { functions: { id: string; parameters: { name: string; dimensionality: string; optional?: boolean }[] }[] };
    expect(meta.functions.map((f) => f.id).sort()).toEqual([...fns.keys()].sort());
    const score = meta.functions.find((f) => f.id === 'SCORE');
    expect(score?.parameters.map((p) => [p.name, p.dimensionality, p.optional ?? false])).toEqual([
      ['code_or_max', 'matrix', false], ['numerator', 'matrix', false], ['denominator', 'matrix', true],
    ]);
  });

  test('each answers SPEC §5\'s examples on single values', () => {
    expect(call('SCORE', [[1]], [[8]], [[112]])).toEqual([[0.07]]);
    expect(call('SCORE', [[0.5]], [[325]], [[408]])).toEqual([[0.4]]);
    expect(call('DEDUCTION', [[2]], [[0.85]])).toEqual([[-1.15]]);
    expect(call('INDEX', [[55.59]], [[79]])).toEqual([[0.7037]]);
    expect(call('PERCENT', [['92,8%']])).toEqual([[0.928]]);
    expect(call('MET', [[0.725]], [['Tối thiểu 80%']])).toEqual([[false]]);
  });

  test('and on a range in one call', () => {
    expect(call('SCORE', [[1], [0.5], [1]], [[8], [325], [7904]], [[112], [408], [14835]])).toEqual([[0.07], [0.4], [0.53]]);
    expect(call('DEDUCTION', [[2, 4]], [[0.85, 1.7]])).toEqual([[-1.15, -2.3]]);
    expect(call('PERCENT', [['92,8%'], ['70,25%']])).toEqual([[0.928], [0.7025]]);
    expect(call('MET', [[0.725], [0.95]], [['Tối thiểu 80%']])).toEqual([[false], [true]]);
    expect(call('INDEX', [[0.85], [1.7]], [[2], [4]])).toEqual([[0.425]]);
  });

  test('bad input gives #VALUE! with a Vietnamese message, never a wrong number', () => {
    const [[bad]] = call('PERCENT', [['8O%']]) as [[CfError]];
    expect(bad).toEqual(new CfError('#VALUE!', '"8O%" không phải là số: có ký tự lạ lẫn vào. Có phải là 80%?'));
    const mixed = call('DEDUCTION', [[2], [1]], [[0.85], ['cao']]) as unknown[][];
    expect(mixed[0]).toEqual([-1.15]);
    expect(mixed[1]?.[0]).toEqual(new CfError('#VALUE!', '"cao" ở ô này phải là một số.'));
  });

  test('an error cell or a data-type object fails its own element only, never as "[object Object]"', () => {
    const error = { type: 'Error', basicValue: '#DIV/0!', errorType: 'Div0' };
    const entity = { type: 'Entity', text: 'Hà Nội', basicValue: 0.85, properties: {} };
    const out = call('DEDUCTION', [[2], [2], [2]], [[0.85], [error], [entity]]) as unknown[][];
    expect(out[0]).toEqual([-1.15]);
    expect(out[1]?.[0]).toEqual(new CfError('#VALUE!', '"#DIV/0!" ở ô này phải là một số.'));
    expect(out[2]).toEqual([-1.15]);
    const opaque = call('PERCENT', [[{ type: 'Entity', properties: {} }]]) as unknown[][];
    expect(String((opaque[0]?.[0] as CfError).message)).not.toContain('[object Object]');
  });
});
