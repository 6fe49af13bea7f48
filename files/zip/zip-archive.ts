import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';
import { FileProblem } from '../file-problem';
import { tooLarge, type Budget } from './budget';
import { crc32 } from './crc32';

/** One entry of the zip's central directory, as stored. */
interface Entry {
  readonly name: string;
  readonly rawName: Uint8Array;
  readonly flags: number;
  readonly method: number;
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Where the compressed bytes start (after the local header). */
  readonly dataStart: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_LOCATOR64 = 0x07064b50;
/** More entries than any real workbook or document has (a workbook of 500 sheets has about 2 000). */
export const MAX_ENTRIES = 10_000;
/**
 * What all parts together may say they unpack to. Parts we never read (a customXml item, images)
 * are not inflated, but a package claiming more than this in all is no officer's workbook or
 * decision, and Excel would have to inflate it: it is refused before anything is read.
 */
export const MAX_STATED_TOTAL = 512 * 1024 * 1024;
/** Compressed bytes handed to the inflater at a time: deflate expands at most ~1 032 times, so one step inflates at most ~16 MB. */
const STEP = 16 * 1024;

/**
 * A zip file (the package of an .xlsx or .docx) read from its central directory. Nothing is
 * inflated until asked, and then only through the input's budget, counting the bytes the inflater
 * actually produces. Entries we do not change are written back with their original compressed
 * bytes, so what we do not understand comes out as it went in.
 */
export class ZipArchive {
  private readonly byName: Map<string, Entry>;

  private constructor(private readonly bytes: Uint8Array, private readonly entries: readonly Entry[], private readonly budget: Budget) {
    this.byName = new Map(entries.map((e) => [e.name.toLowerCase(), e]));
  }

  static open(bytes: Uint8Array, budget: Budget): ZipArchive {
    const entries = readDirectory(bytes, budget.file);
    const stated = entries.reduce((n, e) => n + e.size, 0);
    if (stated > MAX_STATED_TOTAL) {
      const largest = entries.reduce((a, b) => (b.size > a.size ? b : a));
      throw tooLarge(budget.file, largest.name, MAX_STATED_TOTAL, largest.size);
    }
    return new ZipArchive(bytes, entries, budget);
  }

  /** Every entry name, in the zip's order (folders included, as stored). */
  get names(): string[] {
    return this.entries.map((e) => e.name);
  }

  /** The stored name of a part, found as OPC finds part names: ignoring ASCII case (ECMA-376 Part 2, §6.2.2.3). */
  find(name: string): string | undefined {
    return this.byName.get(name.toLowerCase())?.name;
  }

  /** The inflated bytes of a part, or undefined when there is none. */
  read(name: string): Uint8Array | undefined {
    const entry = this.byName.get(name.toLowerCase());
    if (!entry) return undefined;
    const chunks: Uint8Array[] = [];
    let length = 0;
    this.inflate(entry, (chunk) => {
      chunks.push(chunk);
      length += chunk.length;
    });
    if (chunks.length === 1 && chunks[0]) return chunks[0];
    const out = new Uint8Array(length);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }

  /** Hands a part's bytes to `sink` as they inflate, so a large sheet is parsed without being held whole. False when there is no such part. */
  stream(name: string, sink: (chunk: Uint8Array) => void): boolean {
    const entry = this.byName.get(name.toLowerCase());
    if (!entry) return false;
    this.inflate(entry, sink);
    return true;
  }

  private inflate(entry: Entry, sink: (chunk: Uint8Array) => void): void {
    this.budget.check(entry.size, entry.name);
    const data = this.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    let produced = 0;
    const take = (chunk: Uint8Array): void => {
      if (chunk.length === 0) return;
      produced += chunk.length;
      this.budget.spend(chunk.length, entry.name);
      // The directory states the size; a part that inflates past it lies about itself.
      if (produced > entry.size) throw damaged(this.budget.file, `phần "${entry.name}" dài hơn kích thước ghi trong mục lục`, `part "${entry.name}" is longer than the directory says`);
      sink(chunk);
    };
    if (entry.method === 0) {
      for (let at = 0; at < data.length; at += STEP * 64) take(data.subarray(at, Math.min(data.length, at + STEP * 64)));
    } else {
      let failed: unknown;
      const inflater = new Inflate((chunk) => take(chunk));
      try {
        for (let at = 0; at < data.length; at += STEP) inflater.push(data.subarray(at, Math.min(data.length, at + STEP)), at + STEP >= data.length);
        if (data.length === 0) inflater.push(new Uint8Array(0), true);
      } catch (e) {
        failed = e;
      }
      if (failed instanceof FileProblem) throw failed;
      if (failed !== undefined) throw damaged(this.budget.file, `không giải nén được phần "${entry.name}"`, `part "${entry.name}" cannot be unpacked`);
    }
    if (produced !== entry.size) throw damaged(this.budget.file, `phần "${entry.name}" ngắn hơn kích thước ghi trong mục lục`, `part "${entry.name}" is shorter than the directory says`);
  }

  /**
   * The zip again, with some parts replaced (deflated anew), some removed and new ones added at the
   * end; every other entry keeps its compressed bytes, name and time as stored.
   */
  rewrite(replaced: ReadonlyMap<string, Uint8Array>, removed: ReadonlySet<string> = new Set()): Uint8Array {
    const writer = new ZipWriter();
    const done = new Set<string>();
    const replacedLower = new Map([...replaced].map(([k, v]) => [k.toLowerCase(), v]));
    const removedLower = new Set([...removed].map((k) => k.toLowerCase()));
    for (const entry of this.entries) {
      const key = entry.name.toLowerCase();
      if (removedLower.has(key)) continue;
      const content = replacedLower.get(key);
      done.add(key);
      if (content) writer.addNew(entry.rawName, entry.flags & 0x0800, content, entry.time, entry.date);
      else writer.addRaw(entry, this.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize));
    }
    for (const [name, content] of replaced) {
      if (done.has(name.toLowerCase())) continue;
      const raw = strToU8(name);
      writer.addNew(raw, /[^\x20-\x7e]/.test(name) ? 0x0800 : 0, content, 0, 0x21);
    }
    return writer.finish();
  }
}

function damaged(file: string, vi: string, en: string): FileProblem {
  return new FileProblem(`Tệp "${file}" bị hỏng (${vi}). Hãy mở bằng Excel hoặc LibreOffice, lưu lại dạng .xlsx rồi thử lại.`,
    `"${file}" is damaged (${en}). Open it in Excel or LibreOffice, save it as .xlsx and try again.`);
}

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
/** A little-endian 64-bit size, refused past 2^53 (no real part is that large). */
const u64 = (b: Uint8Array, at: number): number => u32(b, at) + u32(b, at + 4) * 0x1_0000_0000;

function readDirectory(bytes: Uint8Array, file: string): Entry[] {
  const broken = (vi: string, en: string): FileProblem => damaged(file, vi, en);
  // The end record sits in the last 22 bytes plus a comment of at most 65 535.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 65_557); at--) {
    if (u32(bytes, at) === SIG_END) {
      end = at;
      break;
    }
  }
  if (end < 0) throw broken('không thấy mục lục của tệp nén', 'no zip directory found');
  let count = u16(bytes, end + 10);
  let dirSize = u32(bytes, end + 12);
  let dirOffset = u32(bytes, end + 16);
  if (end >= 20 && u32(bytes, end - 20) === SIG_LOCATOR64) {
    const at = u64(bytes, end - 12);
    if (at + 56 > bytes.length || u32(bytes, at) !== SIG_END64) throw broken('mục lục zip64 hỏng', 'broken zip64 directory');
    count = u64(bytes, at + 32);
    dirSize = u64(bytes, at + 40);
    dirOffset = u64(bytes, at + 48);
  }
  if (count > MAX_ENTRIES) {
    throw new FileProblem(`Tệp "${file}" có ${count} phần, quá ${MAX_ENTRIES} phần mà một sổ làm việc hay văn bản thật có thể có: tệp bị hỏng hoặc không phải tệp Office.`,
      `"${file}" has ${count} parts, more than the ${MAX_ENTRIES} any real workbook or document has: it is damaged or not an Office file.`);
  }
  if (dirOffset + dirSize > bytes.length) throw broken('mục lục nằm ngoài tệp', 'the directory lies outside the file');
  const entries: Entry[] = [];
  const seen = new Set<string>();
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > dirOffset + dirSize || u32(bytes, p) !== SIG_CENTRAL) throw broken('mục lục bị cắt', 'the directory is cut short');
    const time = u16(bytes, p + 12);
    const date = u16(bytes, p + 14);
    const crc = u32(bytes, p + 16);
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    let compressedSize = u32(bytes, p + 20);
    let size = u32(bytes, p + 24);
    const nameLength = u16(bytes, p + 28);
    const extraLength = u16(bytes, p + 30);
    const commentLength = u16(bytes, p + 32);
    let localOffset = u32(bytes, p + 42);
    const rawName = bytes.slice(p + 46, p + 46 + nameLength);
    // Names are UTF-8 when flagged (bit 11) and in practice in every Office file; plain ASCII reads the same either way.
    const name = strFromU8(rawName);
    // Sizes and offset that do not fit 32 bits are in the zip64 extra field, in this order (APPNOTE 4.5.3).
    let extra = p + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = u16(bytes, extra);
      const length = u16(bytes, extra + 2);
      if (id === 0x0001) {
        let q = extra + 4;
        if (size === 0xffffffff) { size = u64(bytes, q); q += 8; }
        if (compressedSize === 0xffffffff) { compressedSize = u64(bytes, q); q += 8; }
        if (localOffset === 0xffffffff) { localOffset = u64(bytes, q); q += 8; }
      }
      extra += 4 + length;
    }
    p = extraEnd + commentLength;
    const key = name.toLowerCase();
    if (name === '' || name.startsWith('/') || name.includes('\\') || name.split('/').includes('..')) {
      throw broken(`tên phần "${name}" không hợp lệ`, `invalid part name "${name}"`);
    }
    if (seen.has(key)) throw broken(`phần "${name}" có hai lần`, `part "${name}" appears twice`);
    seen.add(key);
    if (flags & 0x0001) {
      throw new FileProblem(`Tệp "${file}" có phần được mã hoá ("${name}"). Hãy mở bằng Excel, bỏ mật khẩu, lưu lại rồi thử lại.`,
        `"${file}" has an encrypted part ("${name}"). Open it in Excel, remove the password, save and try again.`);
    }
    if (method !== 0 && method !== 8) throw broken(`phần "${name}" nén theo cách lạ (${method})`, `part "${name}" uses an unknown compression (${method})`);
    if (localOffset + 30 > bytes.length || u32(bytes, localOffset) !== SIG_LOCAL) throw broken(`không thấy phần "${name}"`, `part "${name}" not found`);
    const dataStart = localOffset + 30 + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28);
    if (dataStart + compressedSize > bytes.length) throw broken(`phần "${name}" bị cắt`, `part "${name}" is cut short`);
    entries.push({ name, rawName, flags, method, time, date, crc, compressedSize, size, dataStart });
  }
  return entries;
}

/** Writes zip entries one after another, then the central directory (APPNOTE 4.3). Sizes stay under 4 GB: inputs are budgeted far below. */
class ZipWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly central: Uint8Array[] = [];
  private offset = 0;
  private count = 0;

  addRaw(entry: Entry, compressed: Uint8Array): void {
    this.add(entry.rawName, entry.flags & ~0x0008, entry.method, entry.time, entry.date, entry.crc, compressed, entry.size);
  }

  addNew(rawName: Uint8Array, utf8Flag: number, content: Uint8Array, time: number, date: number): void {
    const compressed = deflateSync(content, { level: 6 });
    this.add(rawName, utf8Flag, 8, time, date, crc32(content), compressed, content.length);
  }

  private add(rawName: Uint8Array, flags: number, method: number, time: number, date: number, crc: number, data: Uint8Array, size: number): void {
    const local = new Uint8Array(30 + rawName.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, SIG_LOCAL, true);
    l.setUint16(4, 20, true);
    l.setUint16(6, flags, true);
    l.setUint16(8, method, true);
    l.setUint16(10, time, true);
    l.setUint16(12, date, true);
    l.setUint32(14, crc, true);
    l.setUint32(18, data.length, true);
    l.setUint32(22, size, true);
    l.setUint16(26, rawName.length, true);
    local.set(rawName, 30);
    const central = new Uint8Array(46 + rawName.length);
    const c = new DataView(central.buffer);
    c.setUint32(0, SIG_CENTRAL, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(8, flags, true);
    c.setUint16(10, method, true);
    c.setUint16(12, time, true);
    c.setUint16(14, date, true);
    c.setUint32(16, crc, true);
    c.setUint32(20, data.length, true);
    c.setUint32(24, size, true);
    c.setUint16(28, rawName.length, true);
    c.setUint32(42, this.offset, true);
    central.set(rawName, 46);
    this.chunks.push(local, data);
    this.central.push(central);
    this.offset += local.length + data.length;
    this.count++;
  }

  finish(): Uint8Array {
    const dirSize = this.central.reduce((n, c) => n + c.length, 0);
    const end = new Uint8Array(22);
    const e = new DataView(end.buffer);
    e.setUint32(0, SIG_END, true);
    e.setUint16(8, this.count, true);
    e.setUint16(10, this.count, true);
    e.setUint32(12, dirSize, true);
    e.setUint32(16, this.offset, true);
    const out = new Uint8Array(this.offset + dirSize + 22);
    let at = 0;
    for (const chunk of [...this.chunks, ...this.central, end]) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}
