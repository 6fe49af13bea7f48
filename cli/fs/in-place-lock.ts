import * as fs from 'node:fs';
import { closeSync, constants, fstatSync, openSync, realpathSync, rmdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { lock } from 'proper-lockfile';
import { CliError } from '../cli-error';
import { say, type CliContext } from '../context';
import { errnoReason } from './errno-reason';

/** A file this process is editing in place: opened for writing, locked, and the inode it is. */
export interface HeldFile {
  readonly path: string;
  readonly fd: number;
  readonly dev: number;
  readonly ino: number;
  /** Set when the lock could not be kept fresh and another command may have taken it: then nothing is written. */
  compromised: boolean;
}

const held = new Map<string, HeldFile>();

/**
 * Lock folders this process made and has not removed. proper-lockfile removes its locks on exit,
 * but only once it has registered them, a few steps after its mkdir: a signal between the two
 * would leave the lock behind, and the next command would wait for it to go stale. Recording the
 * mkdir itself closes that gap (removeOwnedLocks, run by the signal handler).
 */
const ownedLockDirs = new Set<string>();
const lockFs = {
  ...fs,
  mkdir: (path: string, callback: (err: NodeJS.ErrnoException | null) => void): void => {
    fs.mkdir(path, (err) => {
      if (!err) ownedLockDirs.add(path);
      callback(err);
    });
  },
  rmdir: (path: string, callback: (err: NodeJS.ErrnoException | null) => void): void => {
    fs.rmdir(path, (err) => {
      if (!err || err.code === 'ENOENT') ownedLockDirs.delete(path);
      callback(err);
    });
  },
};

/** Removes the lock folders this process made (on SIGINT or SIGTERM, before exiting). */
export function removeOwnedLocks(): void {
  for (const path of ownedLockDirs) {
    try {
      rmdirSync(path);
    } catch {
      // Already gone.
    }
  }
  ownedLockDirs.clear();
}
const key = (s: { dev: number; ino: number }): string => `${s.dev}:${s.ino}`;

/** How long a second command waits for the first to finish before refusing. */
export const LOCK_WAIT_MS = 60_000;
/** A lock not refreshed for this long belongs to a command that died (killed, machine stopped) and is taken over. */
const STALE_MS = 30_000;
const POLL_MS = 250;

/**
 * Runs `work` (read, change, write back) on `path` holding an advisory lock on it, so two
 * `--in-place` commands on one file run one after the other and neither's edits are lost.
 *
 * The lock is proper-lockfile's: an atomic mkdir of `.name.cchc-lock` beside the file (beside
 * the real file when `path` is a symbolic link), refreshed every few seconds and taken over when
 * stale. Node has no flock(2); the addons that add it (fs-ext) need a compiler at install time on
 * every officer's machine, and flock is not honoured the same way on Windows or network shares,
 * where a directory made with mkdir is. The lock binds cchc commands only: Excel does not look at it.
 *
 * Before locking, the file is opened for reading and writing, so the kernel itself says whether
 * this user may write it (a 0444 file is refused for its owner as `cp` and `>` refuse it; root may,
 * as the kernel lets root) and refusal comes before any work. The write-back goes into this same
 * inode (see write-output), which keeps the owner, the mode and the hard links.
 */
export async function withInPlaceLock<T>(path: string, ctx: CliContext, work: () => Promise<T>, waitMs = LOCK_WAIT_MS): Promise<T> {
  const fd = openForEditing(path);
  let release: (() => Promise<void>) | undefined;
  let file: HeldFile | undefined;
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      throw new CliError(`"${path}" không phải là tệp thường (thư mục, thiết bị, ống dẫn…): không sửa ngay trên tệp được.`,
        `"${path}" is not a regular file (a folder, a device, a pipe…): it cannot be changed in place.`);
    }
    const real = realpathSync(path);
    file = { path, fd, dev: stats.dev, ino: stats.ino, compromised: false };
    const holder = file;
    const options = {
      realpath: false,
      fs: lockFs,
      lockfilePath: join(dirname(real), `.${basename(real)}.cchc-lock`),
      stale: STALE_MS,
      onCompromised: () => { holder.compromised = true; },
    };
    try {
      release = await lock(real, options);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ELOCKED') throw cannotLock(path, real, e);
      ctx.err(say(ctx, `Tệp "${path}" đang được một lệnh cchc khác sửa; đang chờ lệnh đó xong…`, `"${path}" is being changed by another cchc command; waiting for it to finish…`));
      try {
        release = await lock(real, { ...options, retries: { retries: Math.ceil(waitMs / POLL_MS), minTimeout: POLL_MS, maxTimeout: POLL_MS, factor: 1 } });
      } catch (again) {
        if ((again as NodeJS.ErrnoException).code !== 'ELOCKED') throw cannotLock(path, real, again);
        const seconds = Math.round(waitMs / 1000);
        throw new CliError(`Tệp "${path}" vẫn đang được một lệnh cchc khác sửa sau ${seconds} giây chờ. Tệp chưa bị thay đổi; hãy chạy lại khi lệnh kia xong.`,
          `"${path}" was still being changed by another cchc command after ${seconds} seconds. Nothing was changed; run again when that command is done.`);
      }
    }
    // The file must still be the one opened: a rename over it between the open and the lock would
    // make the edit go to a file nobody sees any more.
    const now = statSync(real);
    if (key(now) !== key(stats)) {
      throw new CliError(`Tệp "${path}" bị thay bằng tệp khác trong lúc chờ. Tệp chưa bị thay đổi; hãy chạy lại.`, `"${path}" was replaced by another file meanwhile. Nothing was changed; run again.`);
    }
    held.set(key(stats), file);
    return await work();
  } finally {
    if (file) held.delete(key(file));
    closeSync(fd);
    if (release) await release().catch(() => undefined);
  }
}

/** The file held in place that `path` names (through links, by inode), if this process holds it. */
export function heldInPlace(path: string): HeldFile | undefined {
  if (held.size === 0) return undefined;
  try {
    return held.get(key(statSync(path)));
  } catch {
    return undefined;
  }
}

function openForEditing(path: string): number {
  try {
    // O_NONBLOCK: a FIFO named here must not block the open; it is refused just after.
    return openSync(path, constants.O_RDWR | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`Không tìm thấy tệp "${path}".`, `File not found: "${path}".`);
    if (code === 'EISDIR') throw new CliError(`"${path}" là thư mục, không phải tệp .xlsx.`, `"${path}" is a folder, not an .xlsx file.`);
    if (code === 'EACCES' || code === 'EPERM') {
      throw new CliError(`Không sửa được "${path}" ngay trên tệp (--in-place): tệp chỉ cho đọc, hoặc bạn không có quyền ghi vào tệp này. Tệp chưa bị thay đổi. Hãy ghi ra tệp khác bằng -o tep-moi.xlsx.`,
        `Cannot change "${path}" in place: the file is read-only, or you may not write it. Nothing was changed. Write to another file with -o new.xlsx.`);
    }
    const [vi, en] = errnoReason(e);
    throw new CliError(`Không mở được tệp "${path}" để sửa: ${vi}. Tệp chưa bị thay đổi.`, `Cannot open "${path}" to change it: ${en}. Nothing was changed.`);
  }
}

function cannotLock(path: string, real: string, e: unknown): CliError {
  const code = (e as NodeJS.ErrnoException).code;
  const [vi, en] = code === 'EACCES' || code === 'EPERM' ? ['bạn không có quyền tạo tệp trong thư mục đó', 'you may not create files in that folder'] : errnoReason(e);
  return new CliError(
    `Không sửa được "${path}" ngay trên tệp: không đặt được khoá trong thư mục "${dirname(real)}" (${vi}); cchc cần ghi khoá và bản sao tạm ở đó. Tệp chưa bị thay đổi. Hãy ghi ra tệp khác bằng -o tep-moi.xlsx.`,
    `Cannot change "${path}" in place: cannot place a lock in the folder "${dirname(real)}" (${en}); cchc keeps its lock and temporary copy there. Nothing was changed. Write to another file with -o new.xlsx.`,
  );
}
