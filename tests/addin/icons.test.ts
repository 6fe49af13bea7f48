import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

const ROOT = join(__dirname, '../..');
const BASE = 'https://localhost:3000/';

/** The RGBA pixels of a PNG the icon script wrote (8-bit RGBA; every row unfiltered or Sub/Up/Average/Paeth). */
function pixels(file: string): { size: number; data: Uint8Array } {
  const buf = readFileSync(file);
  expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (offset < buf.length) {
    const length = buf.readUInt32BE(offset);
    const type = buf.toString('ascii', offset + 4, offset + 8);
    const body = buf.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      [width, height] = [body.readUInt32BE(0), body.readUInt32BE(4)];
      expect([body[8], body[9]]).toEqual([8, 6]);
    }
    if (type === 'IDAT') idat.push(body);
    offset += 12 + length;
  }
  expect(width).toBe(height);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const out = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x] ?? 0;
      const left = x >= 4 ? out[y * stride + x - 4] ?? 0 : 0;
      const up = y > 0 ? out[(y - 1) * stride + x] ?? 0 : 0;
      const corner = x >= 4 && y > 0 ? out[(y - 1) * stride + x - 4] ?? 0 : 0;
      const p = left + up - corner;
      const paeth = Math.abs(p - left) <= Math.abs(p - up) && Math.abs(p - left) <= Math.abs(p - corner) ? left : Math.abs(p - up) <= Math.abs(p - corner) ? up : corner;
      const predicted = [0, left, up, (left + up) >> 1, paeth][filter ?? 0] ?? 0;
      out[y * stride + x] = (v + predicted) & 0xff;
    }
  }
  return { size: width, data: out };
}

/** Share of pixels whose colour or coverage differs clearly between two icons of one size. */
function difference(a: Uint8Array, b: Uint8Array): number {
  let differ = 0;
  for (let i = 0; i < a.length; i += 4) {
    const d = Math.abs((a[i] ?? 0) - (b[i] ?? 0)) + Math.abs((a[i + 1] ?? 0) - (b[i + 1] ?? 0)) + Math.abs((a[i + 2] ?? 0) - (b[i + 2] ?? 0)) + Math.abs((a[i + 3] ?? 0) - (b[i + 3] ?? 0));
    if (d > 96) differ++;
  }
  return differ / (a.length / 4);
}

function elements(e: XmlElement, name: string): XmlElement[] {
  return Array.from(e.getElementsByTagNameNS('*', name) as unknown as ArrayLike<XmlElement>);
}

/**
 * Office's guidance: one recognisable icon per command, at 16, 32 and 80 px
 * (https://learn.microsoft.com/office/dev/add-ins/design/add-in-icons-fresh,
 * https://learn.microsoft.com/javascript/api/manifest/icon).
 */
describe('ribbon icons', () => {
  const doc = new DOMParser().parseFromString(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'), 'text/xml').documentElement as unknown as XmlElement;
  const images = new Map(elements(doc, 'Image').filter((i) => i.hasAttribute('id')).map((i) => [i.getAttribute('id') ?? '', i.getAttribute('DefaultValue') ?? '']));
  const iconsOf = (owner: XmlElement): Map<string, string> => {
    const icon = Array.from(owner.childNodes as unknown as ArrayLike<XmlElement>).find((n) => n.nodeType === 1 && n.localName === 'Icon');
    if (!icon) throw new Error(`${owner.getAttribute('id')} has no icon`);
    return new Map(elements(icon, 'Image').map((i) => [i.getAttribute('size') ?? '', join(ROOT, 'addin/assets', (images.get(i.getAttribute('resid') ?? '') ?? '').replace(`${BASE}assets/`, ''))]));
  };
  const group = elements(doc, 'Group')[0];
  if (!group) throw new Error('no group');
  const owners = [group, ...elements(doc, 'Control')];

  test('the group and every button name a 16, 32 and 80 px image of that size', () => {
    expect(owners.map((o) => o.getAttribute('id'))).toEqual(['CCHC.Group', 'CCHC.InsertTemplate', 'CCHC.Check', 'CCHC.Score', 'CCHC.Clean', 'CCHC.ShowPane']);
    for (const owner of owners) {
      const icons = iconsOf(owner);
      expect([...icons.keys()]).toEqual(['16', '32', '80']);
      for (const [size, file] of icons) expect([owner.getAttribute('id'), size, pixels(file).size]).toEqual([owner.getAttribute('id'), size, Number(size)]);
    }
  });

  test('each button has its own picture, clearly different from every other button\'s and the group\'s at every size', () => {
    for (const size of ['16', '32', '80']) {
      const drawn = owners.map((o) => ({ id: o.getAttribute('id'), px: pixels(iconsOf(o).get(size) ?? '').data }));
      for (let i = 0; i < drawn.length; i++) for (let j = i + 1; j < drawn.length; j++) {
        const [a, b] = [drawn[i], drawn[j]];
        if (!a || !b) continue;
        // At least a fifth of the pixels tell two buttons apart, even at 16 px.
        expect([size, a.id, b.id, difference(a.px, b.px) > 0.2]).toEqual([size, a.id, b.id, true]);
      }
    }
  });

  test('a picture is not empty: each covers a good part of its square', () => {
    for (const owner of owners) for (const file of iconsOf(owner).values()) {
      const { data } = pixels(file);
      let covered = 0;
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 128) covered++;
      expect([file, covered / (data.length / 4) > 0.25]).toEqual([file, true]);
    }
  });
});
