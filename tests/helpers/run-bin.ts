import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
export const BIN = join(ROOT, 'cli/bin/cchc.js');
const BUNDLE = join(ROOT, 'dist/cli/cchc.js');

export interface BinRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly out: string;
  readonly err: string;
}

/**
 * The command line as a user types it: a fresh Node running cli/bin/cchc.js (the built bundle),
 * as root, or as `nobody` through setpriv (util-linux) when `asNobody`, with no supplementary
 * groups, so the kernel's permission checks are a plain user's.
 */
export function binArgv(args: readonly string[], asNobody: boolean): [string, string[]] {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run "npm run build" first (npm test does).`);
  return asNobody
    ? ['setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, BIN, ...args]]
    : [process.execPath, [BIN, ...args]];
}

export function runBin(args: readonly string[], options: { asNobody?: boolean; cwd?: string } = {}): BinRun {
  const [command, argv] = binArgv(args, options.asNobody === true);
  const r = spawnSync(command, argv, { cwd: options.cwd ?? ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, signal: r.signal, out: r.stdout.trimEnd(), err: r.stderr.trimEnd() };
}

/** Same, without waiting: for commands run side by side, or stopped by a signal. */
export function startBin(args: readonly string[], options: { asNobody?: boolean; cwd?: string } = {}): { child: ReturnType<typeof spawn>; done: Promise<BinRun> } {
  const [command, argv] = binArgv(args, options.asNobody === true);
  const child = spawn(command, argv, { cwd: options.cwd ?? ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => { out += d.toString('utf8'); });
  child.stderr?.on('data', (d: Buffer) => { err += d.toString('utf8'); });
  const done = new Promise<BinRun>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, out: out.trimEnd(), err: err.trimEnd() }));
  });
  return { child, done };
}
