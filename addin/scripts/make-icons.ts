/**
 * Writes the add-in's ribbon and store icons as PNG files, with no image library: run once with
 * `npx tsx addin/scripts/make-icons.ts`; the PNGs are committed.
 *
 * Office asks for one recognisable icon per command, at 16, 32 and 80 px, simple shapes that stay
 * legible at 16 px (https://learn.microsoft.com/office/dev/add-ins/design/add-in-icons-fresh). Each
 * icon is drawn from a few shapes the task pane's views stand for: a sheet with a plus (insert a
 * template), a magnifying glass over a tick (check), bars (score), an eraser (clean), a window with its side pane (open the
 * pane); the group and the store keep the "C" on Office blue. Shapes are in a 32-unit square and
 * rasterised with 4 × 4 samples a pixel, so edges are smooth at every size; at 16 px the sheet's
 * inner lines are left out, as the guidance advises for the smallest size.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgba = readonly [number, number, number, number];
const BLUE: Rgba = [15, 108, 189, 255];
const DARK: Rgba = [36, 36, 36, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const GREEN: Rgba = [16, 124, 65, 255];
const PINK: Rgba = [196, 49, 75, 255];
const GREY: Rgba = [97, 97, 97, 255];

/** A shape in 32-unit coordinates: whether a point lies inside it. */
interface Shape {
  readonly colour: Rgba;
  inside(x: number, y: number): boolean;
}

const rect = (x0: number, y0: number, x1: number, y1: number, colour: Rgba, r = 0): Shape => ({
  colour,
  inside: (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return Math.hypot(x - cx, y - cy) <= r;
  },
});

const line = (x0: number, y0: number, x1: number, y1: number, width: number, colour: Rgba): Shape => ({
  colour,
  inside: (x, y) => {
    const [dx, dy] = [x1 - x0, y1 - y0];
    const t = Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy || 1)));
    return Math.hypot(x - (x0 + t * dx), y - (y0 + t * dy)) <= width / 2;
  },
});

const polyline = (points: readonly (readonly [number, number])[], width: number, colour: Rgba): Shape[] =>
  points.slice(1).map((p, i) => line(points[i]?.[0] ?? 0, points[i]?.[1] ?? 0, p[0], p[1], width, colour));

const polygon = (points: readonly (readonly [number, number])[], colour: Rgba): Shape => ({
  colour,
  inside: (x, y) => {
    let odd = false;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i] ?? [0, 0];
      const [xj, yj] = points[j] ?? [0, 0];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
    return odd;
  },
});

const ring = (cx: number, cy: number, r: number, width: number, colour: Rgba, gap?: (x: number, y: number) => boolean): Shape => ({
  colour,
  inside: (x, y) => Math.abs(Math.hypot(x - cx, y - cy) - r) <= width / 2 && !(gap?.(x, y) ?? false),
});

/** A sheet: a white page with a dark outline and, from 32 px, the grid of a table. */
function sheet(x0: number, y0: number, x1: number, y1: number, small: boolean): Shape[] {
  const out: Shape[] = [rect(x0, y0, x1, y1, DARK, 2), rect(x0 + 2, y0 + 2, x1 - 2, y1 - 2, WHITE, 1)];
  out.push(rect(x0 + 2, y0 + 2, x1 - 2, y0 + 7, BLUE));
  if (!small) {
    for (let y = y0 + 12; y < y1 - 3; y += 5) out.push(line(x0 + 3, y, x1 - 3, y, 1.2, GREY));
    out.push(line((x0 + x1) / 2 - 3, y0 + 7, (x0 + x1) / 2 - 3, y1 - 3, 1.2, GREY));
  }
  return out;
}

const ICONS: Readonly<Record<string, (small: boolean) => Shape[]>> = {
  // The group and the store: a white "C" on Office blue, as before.
  icon: () => [
    rect(0, 0, 32, 32, BLUE, 4),
    ring(16, 16, 9.5, 4.2, WHITE, (x, y) => x > 16 && Math.abs(y - 16) < 5.5),
  ],
  // Chèn mẫu phụ lục: a sheet with a green plus.
  insert: (small) => [
    ...sheet(2, 2, 24, 30, small),
    rect(15, 15, 31, 31, WHITE, 8),
    rect(17, 17, 31, 31, GREEN, 7),
    line(24, 19.5, 24, 28.5, small ? 3.4 : 2.6, WHITE),
    line(19.5, 24, 28.5, 24, small ? 3.4 : 2.6, WHITE),
  ],
  // Kiểm tra số liệu: a magnifying glass over a tick.
  check: (small) => [
    { colour: WHITE, inside: (x, y) => Math.hypot(x - 13, y - 13) <= 9 },
    ring(13, 13, 9, small ? 3.6 : 3, DARK),
    line(19.5, 19.5, 29, 29, small ? 5 : 4.4, DARK),
    ...polyline([[8.6, 13.4], [11.8, 16.6], [17.6, 9.8]], small ? 3.2 : 2.6, BLUE),
  ],
  // Tính điểm: three bars on a base line, the tallest in blue.
  score: (small) => [
    rect(3, 17, 10, 29, GREY, 1),
    rect(12.5, 5, 19.5, 29, BLUE, 1),
    rect(22, 11, 29, 29, GREEN, 1),
    line(1.5, 30, 30.5, 30, small ? 2.4 : 1.8, DARK),
  ],
  // Làm sạch văn bản: an eraser, tilted, over a line of text it has rubbed out.
  clean: (small) => [
    line(2, 29, 30, 29, small ? 2.4 : 1.8, GREY),
    polygon([[4, 20], [16, 8], [28, 20], [16, 32]].map(([x, y]) => [x, y - 4] as const), DARK),
    polygon([[6.6, 16], [16, 6.6], [25.4, 16], [16, 25.4]], PINK),
    polygon([[6.6, 16], [11.3, 11.3], [20.7, 20.7], [16, 25.4]], WHITE),
  ],
  // Mở bảng CCHC: a window with its pane open on the right.
  pane: (small) => [
    rect(2, 4, 30, 28, DARK, 2),
    rect(4, 8, 28, 26, WHITE, 1),
    rect(18, 8, 28, 26, BLUE),
    ...(small ? [] : [line(20, 12, 26, 12, 1.4, WHITE), line(20, 16, 26, 16, 1.4, WHITE), line(20, 20, 24, 20, 1.4, WHITE)]),
    line(6.5, 12, 15, 12, 1.4, GREY), line(6.5, 16, 15, 16, 1.4, GREY), line(6.5, 20, 15, 20, 1.4, GREY),
  ],
};

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

/** The shapes painted in order over a transparent square, each pixel averaged over 4 × 4 samples. */
export function render(shapes: readonly Shape[], size: number): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const n = 4;
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) for (let sx = 0; sx < n; sx++) {
        const x = ((px + (sx + 0.5) / n) / size) * 32;
        const y = ((py + (sy + 0.5) / n) / size) * 32;
        let colour: Rgba | undefined;
        for (const s of shapes) if (s.inside(x, y)) colour = s.colour;
        if (!colour) continue;
        r += colour[0]; g += colour[1]; b += colour[2]; a += colour[3];
      }
      const hits = a / 255;
      const o = py * (size * 4 + 1) + 1 + px * 4;
      raw[o] = hits ? Math.round(r / hits) : 0;
      raw[o + 1] = hits ? Math.round(g / hits) : 0;
      raw[o + 2] = hits ? Math.round(b / hits) : 0;
      raw[o + 3] = Math.round(a / (n * n));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

if (require.main === module) {
  const dir = join(__dirname, '..', 'assets');
  for (const [name, draw] of Object.entries(ICONS)) {
    // The store and the group also take 64 and 128 px (IconUrl, HighResolutionIconUrl).
    const sizes = name === 'icon' ? [16, 32, 64, 80, 128] : [16, 32, 80];
    for (const size of sizes) writeFileSync(join(dir, `${name}-${size}.png`), render(draw(size <= 16), size));
  }
}
