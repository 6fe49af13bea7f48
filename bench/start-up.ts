import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { FakeApp } from '../tests/helpers/fake-spreadsheet-app';
import { GAS_DIR } from '../tests/helpers/gas-bundle';
import { median, reportTime } from './measure';
import { TARGETS } from './previous';

const ROOT = join(__dirname, '..');

/** Wall time of a fresh Node process, median of several, after one warm-up for the disk cache. */
function processMs(args: readonly string[], runs = 9): number {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}`);
    if (i > 0) times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

/** `cchc templates` from the bundle, beside Node's own start (the floor) and the sources through tsx (before issue 14). */
export function cliStart(): string[] {
  const floor = processMs(['-e', '']);
  const bundle = processMs([join(ROOT, 'cli/bin/cchc.js'), 'templates']);
  const viaTsx = processMs(['-e', "require('tsx/cjs/api').register(); require('./cli/main.ts').runCli(['templates'], { out() {}, err() {} })"], 5);
  return [
    reportTime('node -e ""', floor, 9, []),
    reportTime('node cli/bin/cchc.js templates (bundle)', bundle, 9, [{ label: 'node -e ""', value: floor }, { label: 'sources via tsx', value: viaTsx }],
      `≤ ${TARGETS.cliStartRatio}× node -e ""`),
  ];
}

/**
 * A custom function's cold start in Apps Script: Code.js evaluated in a fresh context and CCHC_SCORE
 * called once. Each run appends a distinct comment so V8 compiles the source again instead of reusing
 * its cache, as a new Apps Script execution would. Beside it, the same sources unminified (what main
 * shipped), built here with webpack, measured in the same run, interleaved.
 */
export function customFunctionColdStart(runs = 15): string[] {
  const out = mkdtempSync(join(tmpdir(), 'cchc-bench-gas-'));
  try {
    const webpack = spawnSync(join(ROOT, 'node_modules/.bin/webpack'), ['--mode', 'production', '--config-name', 'gas-server', '--no-optimization-minimize', '--output-path', out], { cwd: ROOT, stdio: 'ignore' });
    if (webpack.status !== 0) throw new Error('webpack could not build the unminified Code.js');
    const sources = { minified: readFileSync(join(GAS_DIR, 'Code.js'), 'utf8'), unminified: readFileSync(join(out, 'Code.js'), 'utf8') };
    const times = { minified: [] as number[], unminified: [] as number[] };
    for (let i = 0; i < runs; i++) {
      for (const kind of ['minified', 'unminified'] as const) {
        const services = new FakeApp().services();
        const start = process.hrtime.bigint();
        const context = vm.createContext({ ...services }, { codeGeneration: { strings: false, wasm: false } });
        vm.runInContext(`${sources[kind]}\n// run ${i}`, context, { filename: 'Code.js' });
        const answer = (context as { CCHC_SCORE?: (...a: unknown[]) => unknown }).CCHC_SCORE?.(1, 8, 112);
        times[kind].push(Number(process.hrtime.bigint() - start) / 1e6);
        if (answer !== 0.07) throw new Error(`CCHC_SCORE(1; 8; 112) gave ${String(answer)}, not 0,07`);
      }
    }
    return [reportTime('custom function cold start (Code.js + CCHC_SCORE)', median(times.minified), runs, [{ label: 'unminified', value: median(times.unminified) }])];
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
