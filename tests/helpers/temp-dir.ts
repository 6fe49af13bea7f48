import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/**
 * A fresh folder under the temp directory, removed after the test file's last test. Every test and
 * helper makes its folders here, so `npm test` leaves nothing behind (tests/helpers/global-teardown.js
 * fails the run if anything is left).
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

// Registered once per test file that imports this module (directly or through a helper).
if (typeof afterAll === 'function') afterAll(removeTempDirs);
