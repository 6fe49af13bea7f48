import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './temp-dir';

const BIN = join(__dirname, '../../cli/bin/cchc.js');

export interface MeasuredRun {
  readonly code: number | null;
  /** Raw bytes, as a terminal would receive them. */
  readonly stdout: Buffer;
  readonly stderr: string;
  /** Peak resident memory of the child (GNU time's %M, in KiB), or undefined if it was killed. */
  readonly peakKiB: number | undefined;
  readonly ms: number;
  readonly killed: boolean;
}

/**
 * `cchc …` as a user runs it (the installed bin, a process of its own) under GNU time, which reports
 * the child's peak resident set size (a killed run's is not reported). The V8 heap is capped at 2 GiB and the run killed after
 * `timeoutMs`, so a case that runs away on a shared machine ends as a failed test, not a lost machine;
 * neither limit touches a run that stays under the 1 GB and 10 s the tests require.
 */
export function measuredCchc(argv: readonly string[], timeoutMs = 20_000): MeasuredRun {
  const dir = tempDir('cchc-time-');
  const report = join(dir, 'peak');
  const started = Date.now();
  // timeout(1) kills node itself (GNU time's own child), so nothing outlives the test.
  const seconds = String(Math.ceil(timeoutMs / 1000));
  const run = spawnSync('/usr/bin/time', ['-f', '%M', '-o', report, 'timeout', '-s', 'KILL', seconds, process.execPath, '--max-old-space-size=2048', BIN, ...argv], {
    timeout: timeoutMs + 10_000,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  const ms = Date.now() - started;
  let peakKiB: number | undefined;
  try {
    const lines = readFileSync(report, 'utf8').trim().split('\n');
    const last = Number(lines[lines.length - 1]);
    peakKiB = Number.isFinite(last) ? last : undefined;
  } catch {
    peakKiB = undefined;
  }
  rmSync(dir, { recursive: true, force: true });
  return {
    code: run.status,
    stdout: run.stdout ?? Buffer.alloc(0),
    stderr: (run.stderr ?? Buffer.alloc(0)).toString('utf8'),
    peakKiB,
    ms,
    killed: run.signal !== null || run.status === 137,
  };
}
