import { deflateSync, strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { FileProblem } from '../../../files/file-problem';
import { Budget } from '../../../files/zip/budget';
import { ZipArchive } from '../../../files/zip/zip-archive';
import { storedZip } from '../../helpers/zip';

const budget = (max = 10 * 1024 * 1024): Budget => new Budget('t.xlsx', max);
const problem = (f: () => unknown): FileProblem => {
  try {
    f();
  } catch (e) {
    if (e instanceof FileProblem) return e;
    throw e;
  }
  throw new Error('no problem raised');
};

describe('ZipArchive', () => {
  test('reads deflated and stored entries, finds names ignoring case, and rewrites only what changed', () => {
    const bytes = zipSync({ 'a.xml': strToU8('<a/>'), 'Docs/B.xml': [strToU8('b'.repeat(1000)), { level: 0 }], 'c.bin': new Uint8Array([1, 2, 3]) });
    const zip = ZipArchive.open(bytes, budget());
    expect(zip.names).toEqual(['a.xml', 'Docs/B.xml', 'c.bin']);
    expect(zip.find('docs/b.XML')).toBe('Docs/B.xml');
    expect(strFromU8(zip.read('docs/b.xml') ?? new Uint8Array())).toBe('b'.repeat(1000));
    const out = zip.rewrite(new Map([['a.xml', strToU8('<a x="1"/>')], ['new.xml', strToU8('<n/>')]]), new Set(['c.bin']));
    const back = unzipSync(out);
    expect(Object.keys(back)).toEqual(['a.xml', 'Docs/B.xml', 'new.xml']);
    expect(strFromU8(back['a.xml'] ?? new Uint8Array())).toBe('<a x="1"/>');
    // An entry we did not change keeps its compressed bytes: the stored one is still stored, byte for byte.
    expect(Buffer.from(out).includes(Buffer.from('b'.repeat(1000)))).toBe(true);
  });

  test('the budget counts bytes actually inflated, whatever the directory says, and stops mid-stream', () => {
    const big = deflateSync(new Uint8Array(50 * 1024 * 1024), { level: 9 });
    const bytes = zipSync({ 'x.xml': new Uint8Array(0) });
    // Swap in a 50 MB deflate stream while the directory keeps claiming 0 bytes (a lying directory).
    const zip = ZipArchive.open(patchEntry(bytes, big, 0), budget(1024 * 1024));
    const started = Date.now();
    const p = problem(() => zip.read('x.xml'));
    expect(p.vi).toMatch(/dài hơn kích thước ghi trong mục lục|quá lớn/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test('a part whose stated size alone is over the budget is refused before inflating, naming it', () => {
    const zip = ZipArchive.open(zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(2 * 1024 * 1024) }), budget(1024 * 1024));
    expect(problem(() => zip.read('xl/worksheets/sheet1.xml')).vi).toContain('quá lớn: phần "xl/worksheets/sheet1.xml" (2 MB khi giải nén) vượt giới hạn 1 MB');
  });

  test('duplicate names, names starting with "/" or climbing with "..", and encrypted entries are refused as damage', () => {
    expect(problem(() => ZipArchive.open(storedZip([{ name: 'a.xml', data: '1' }, { name: 'A.XML', data: '2' }]), budget())).vi).toContain('có hai lần');
    expect(problem(() => ZipArchive.open(storedZip([{ name: '/xl/worksheets/sheet2.xml', data: '1' }]), budget())).vi).toContain('không hợp lệ');
    expect(problem(() => ZipArchive.open(storedZip([{ name: 'xl/../../etc/passwd', data: '1' }]), budget())).vi).toContain('không hợp lệ');
    expect(problem(() => ZipArchive.open(Buffer.from('PK\u0003\u0004 not a zip'), budget())).vi).toContain('bị hỏng');
  });
});

/** The zip with its only entry's compressed data replaced (sizes in the headers left as they were). */
function patchEntry(zip: Uint8Array, data: Uint8Array, index: number): Uint8Array {
  const b = Buffer.from(zip);
  expect(index).toBe(0);
  const nameLength = b.readUInt16LE(26);
  const extra = b.readUInt16LE(28);
  const oldSize = b.readUInt32LE(18);
  const head = b.subarray(0, 30 + nameLength + extra);
  const rest = b.subarray(30 + nameLength + extra + oldSize);
  const out = Buffer.concat([head, Buffer.from(data), rest]);
  out.writeUInt32LE(data.length, 18);
  // Fix the central directory: compressed size and the end record's offset.
  const central = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  out.writeUInt32LE(data.length, central + 20);
  const end = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  out.writeUInt32LE(central, end + 16);
  return out;
}
