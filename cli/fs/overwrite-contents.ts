import { fstatSync, fsyncSync, ftruncateSync, readSync } from 'node:fs';
import { writeAll } from './write-all';

/**
 * Replaces the whole content of an open file with `bytes`, in the same inode, so its owner, group,
 * mode, ACLs and hard links stay as they are (what `cp` onto an existing file keeps, and a rename
 * would lose).
 *
 * The order is chosen so no failure leaves half a file:
 * 1. The caller has already written the complete new bytes to a temp file beside it and fsynced
 *    it: should the machine stop during step 3, that copy is on disk.
 * 2. The old bytes are read into memory first.
 * 3. The new bytes are written from offset 0, the file cut to their length, and fsynced.
 * 4. If step 3 fails (typically a full disk when the file grows), the old bytes are written back
 *    over the same blocks (which needs no new space on an ordinary file system), and the error is
 *    reported (OverwriteFailed): the user keeps the file as it was.
 * The whole step is synchronous, so SIGINT or SIGTERM is handled only after it (see signal-cleanup).
 */
export function overwriteContents(fd: number, bytes: Uint8Array): void {
  const old = readWhole(fd);
  try {
    writeAll(fd, bytes, 0);
    ftruncateSync(fd, bytes.length);
    fsyncSync(fd);
  } catch (e) {
    let restored = false;
    try {
      writeAll(fd, old, 0);
      ftruncateSync(fd, old.length);
      fsyncSync(fd);
      restored = true;
    } catch {
      // The restore failed too: the caller keeps the temp file (the complete new content) and names it.
    }
    throw new OverwriteFailed(e, restored);
  }
}

/** Step 3 failed; `restored` says whether the file holds its old bytes again. */
export class OverwriteFailed extends Error {
  constructor(readonly reason: unknown, readonly restored: boolean) {
    super((reason as Error)?.message ?? String(reason));
    this.name = 'OverwriteFailed';
  }
}

function readWhole(fd: number): Buffer {
  const size = fstatSync(fd).size;
  const buffer = Buffer.allocUnsafe(size);
  let done = 0;
  while (done < size) {
    const got = readSync(fd, buffer, done, size - done, done);
    if (got === 0) break;
    done += got;
  }
  return buffer.subarray(0, done);
}
