/**
 * Writes the add-in's ribbon and store icons (a white "C" on Office blue) as PNG files, with no image
 * library: run once with `npx tsx addin/scripts/make-icons.ts`; the PNGs are committed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size: number): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const r = size * 0.34;
  const thick = Math.max(1.2, size * 0.12);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const dx = x + 0.5 - size / 2;
      const dy = y + 0.5 - size / 2;
      const d = Math.hypot(dx, dy);
      const ring = Math.abs(d - r) < thick / 2 && !(dx > 0 && Math.abs(dy) < r * 0.55);
      const corner = Math.min(x, y, size - 1 - x, size - 1 - y) < size * 0.06 && Math.hypot(Math.min(x, size - 1 - x) - size * 0.12, Math.min(y, size - 1 - y) - size * 0.12) > size * 0.12 && (Math.min(x, size - 1 - x) < size * 0.12 && Math.min(y, size - 1 - y) < size * 0.12);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const [cr, cg, cb, ca] = corner ? [0, 0, 0, 0] : ring ? [255, 255, 255, 255] : [15, 108, 189, 255];
      raw[o] = cr; raw[o + 1] = cg; raw[o + 2] = cb; raw[o + 3] = ca;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
for (const size of [16, 32, 64, 80, 128]) writeFileSync(join(__dirname, '..', 'assets', `icon-${size}.png`), png(size));
