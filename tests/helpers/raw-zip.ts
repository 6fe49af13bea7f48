import { type Deflated } from './deflate-bomb';

/**
 * A zip written field by field (PKWARE APPNOTE 6.3.x, §4.3.7 local header, §4.3.12 central directory,
 * §4.3.16 end record, §4.5.3 zip64 extra field), so a test can make it lie: sizes the directory
 * declares that are not the inflated sizes, two entries of one name, names with a leading slash,
 * zip64 size fields. Entries are deflated (method 8).
 */
export interface RawEntry {
  readonly name: string;
  readonly data: Deflated;
  /** The uncompressed size written in both headers (the true one unless given). */
  readonly declaredSize?: number;
  /** Sizes as 0xFFFFFFFF with the true (or declared) ones in a zip64 extra field. */
  readonly zip64?: boolean;
}

export function rawZip(entries: readonly RawEntry[]): Buffer {
  const chunks: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const size = e.declaredSize ?? e.data.size;
    const csize = e.data.compressed.length;
    let extra = Buffer.alloc(0);
    if (e.zip64) {
      extra = Buffer.alloc(4 + 16);
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(16, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
      extra.writeBigUInt64LE(BigInt(csize), 12);
    }
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(e.zip64 ? 45 : 20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.data.crc, 14);
    local.writeUInt32LE(e.zip64 ? 0xffffffff : csize, 18);
    local.writeUInt32LE(e.zip64 ? 0xffffffff : size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(e.zip64 ? 45 : 20, 4);
    central.writeUInt16LE(e.zip64 ? 45 : 20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.data.crc, 16);
    central.writeUInt32LE(e.zip64 ? 0xffffffff : csize, 20);
    central.writeUInt32LE(e.zip64 ? 0xffffffff : size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(offset, 42);
    chunks.push(local, name, extra, e.data.compressed);
    centrals.push(central, name, extra);
    offset += local.length + name.length + extra.length + csize;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}
