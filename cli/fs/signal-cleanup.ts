import { removeOwnedLocks } from './in-place-lock';
import { removeLiveTempFiles } from './temp-file';

/**
 * The signals a user or a service manager sends to stop a command, and their numbers on Linux and
 * macOS. Not SIGHUP: a handler would override `nohup`, which makes a command outlive its terminal.
 */
const SIGNALS: readonly (readonly [NodeJS.Signals, number])[] = [['SIGINT', 2], ['SIGTERM', 15]];

let installed = false;

/**
 * On Ctrl-C (SIGINT) or SIGTERM: removes the temp files being written and exits with the shell's
 * conventional code, 128 + the signal's number (130, 143).
 *
 * Without a handler, the kernel ends the process at once, wherever it is, and a half-written hidden
 * temp file stays. With one, Node runs it between two steps of the event loop: every write of
 * cchc (temp file, fsync, rename or copy into the original) is one synchronous step, so a signal
 * never lands inside it; the handler finds either no temp file, or (should a write ever become
 * asynchronous) the ones to remove. The lock of an --in-place file is removed too (in-place-lock).
 *
 * Installed by the bin script for a real run, not on import: tests that run the CLI in-process
 * keep their test runner's own signal handling.
 */
export function installSignalCleanup(): void {
  if (installed) return;
  installed = true;
  for (const [signal, number] of SIGNALS) {
    process.on(signal, () => {
      removeLiveTempFiles();
      removeOwnedLocks();
      process.exit(128 + number);
    });
  }
}
