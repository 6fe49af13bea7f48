import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * A raw deflate stream (RFC 1951) that inflates to `prefix`, then `size` copies of one byte, then
 * `suffix`, built without ever holding the inflated bytes: one MiB of the byte is compressed once,
 * flushed so its blocks end on a byte boundary and refer to nothing before them (Z_SYNC_FLUSH), and
 * that piece is repeated; a last empty fixed-Huffman block (BFINAL=1) ends the stream. 1 GB of spaces
 * takes about a megabyte on disk. Returns the stream, the CRC-32 and the size of the inflated bytes.
 */
export interface Deflated {
  readonly compressed: Buffer;
  readonly crc: number;
  readonly size: number;
}

const CHUNK = 1 << 20;

export function deflateRepeated(prefix: Buffer, byte: number, size: number, suffix: Buffer): Deflated {
  const flush = { finishFlush: constants.Z_SYNC_FLUSH, level: 9 };
  const chunk = Buffer.alloc(CHUNK, byte);
  const whole = Math.floor(size / CHUNK);
  const rest = Buffer.alloc(size - whole * CHUNK, byte);
  // Each CRC is taken before its bytes are deflated, and empty pieces are skipped: Node 20 answers 0
  // for crc32(b, value) once deflateRawSync has been given the empty buffer b.
  let crc = crc32(prefix);
  for (let i = 0; i < whole; i += 1) crc = crc32(chunk, crc);
  if (rest.length > 0) crc = crc32(rest, crc);
  if (suffix.length > 0) crc = crc32(suffix, crc);
  const piece = deflateRawSync(chunk, flush);
  const pieces: Buffer[] = [];
  if (prefix.length > 0) pieces.push(deflateRawSync(prefix, flush));
  for (let i = 0; i < whole; i += 1) pieces.push(piece);
  if (rest.length > 0) pieces.push(deflateRawSync(rest, flush));
  if (suffix.length > 0) pieces.push(deflateRawSync(suffix, flush));
  // BFINAL=1, BTYPE=01 (fixed Huffman), then end-of-block (7 zero bits): 0x03 0x00.
  pieces.push(Buffer.from([0x03, 0x00]));
  return { compressed: Buffer.concat(pieces), crc: crc >>> 0, size: prefix.length + size + suffix.length };
}

/** Plain bytes deflated (for the ordinary entries of a hostile package). */
export function deflated(data: Buffer): Deflated {
  const crc = crc32(data) >>> 0;
  return { compressed: deflateRawSync(data), crc, size: data.length };
}
