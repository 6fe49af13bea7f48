import { randomBytes } from 'node:crypto';
import { closeSync, constants, openSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';

/** Temp files this process has made and not yet renamed or removed: what a signal must clean up. */
const live = new Set<string>();

/** Bytes of the target's name kept in the temp file's name, so a long name never makes the temp name too long. */
const NAME_BYTES = 120;

export interface TempFile {
  readonly path: string;
  readonly fd: number;
}

/**
 * Creates a hidden temp file in `folder` for `target`: `.name.cchc-<24 random hex>.tmp`. The name
 * cannot be guessed (crypto random), and the file is created with O_CREAT|O_EXCL|O_NOFOLLOW, so a
 * file or symbolic link planted there beforehand makes the creation fail rather than be written
 * through. `mode` is the permission asked for: 0o600 when the content is not yet meant for anyone
 * else (the umask narrows it further in any case).
 */
export function createTempFile(folder: string, target: string, mode: number): TempFile {
  const path = join(folder, `.${shortName(basename(target))}.cchc-${randomBytes(12).toString('hex')}.tmp`);
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, mode);
  live.add(path);
  return { path, fd };
}

/** The temp file became the output (renamed into place): nothing left to remove. */
export function keepTempFile(temp: TempFile): void {
  live.delete(temp.path);
  closeQuietly(temp.fd);
}

/** Closes and removes a temp file; never throws, so it can run while another error is being reported. */
export function discardTempFile(temp: TempFile): void {
  closeQuietly(temp.fd);
  rmSync(temp.path, { force: true });
  live.delete(temp.path);
}

/** Removes every temp file still open (on SIGINT or SIGTERM). Synchronous: a signal handler exits right after. */
export function removeLiveTempFiles(): void {
  for (const path of live) rmSync(path, { force: true });
  live.clear();
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // Already closed.
  }
}

function shortName(name: string): string {
  if (Buffer.byteLength(name) <= NAME_BYTES) return name;
  let out = '';
  for (const ch of name) {
    if (Buffer.byteLength(out + ch) > NAME_BYTES) break;
    out += ch;
  }
  return out;
}
