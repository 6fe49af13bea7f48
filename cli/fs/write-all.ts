import { writeSync } from 'node:fs';

/** Writes every byte at `position` onwards (a write may take fewer bytes than asked). */
export function writeAll(fd: number, bytes: Uint8Array, position = 0): void {
  let done = 0;
  while (done < bytes.length) {
    done += writeSync(fd, bytes, done, bytes.length - done, position + done);
  }
}
