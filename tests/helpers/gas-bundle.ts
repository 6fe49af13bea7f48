import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { FakeApp } from './fake-spreadsheet-app';

export const GAS_DIR = join(__dirname, '../../dist/gas');

export function gasFile(name: string): string {
  const path = join(GAS_DIR, name);
  if (!existsSync(path)) throw new Error(`${path} is missing: run "npm run build" first (npm test does).`);
  return readFileSync(path, 'utf8');
}

export type GasGlobals = Record<string, (...args: unknown[]) => unknown>;

/**
 * Evaluates Code.js the way Apps Script does: one global scope holding only the ECMAScript
 * built-ins and the Apps Script services (here, recording fakes); no require, process, Buffer,
 * window or document.
 */
export function loadGasBundle(app = new FakeApp()): { app: FakeApp; g: GasGlobals; context: vm.Context } {
  // Strings are never compiled as code here: an eval or new Function anywhere in the bundle would throw.
  const context = vm.createContext({ ...app.services() }, { codeGeneration: { strings: false, wasm: false } });
  vm.runInContext(gasFile('Code.js'), context, { filename: 'Code.js' });
  return { app, g: context as unknown as GasGlobals, context };
}
