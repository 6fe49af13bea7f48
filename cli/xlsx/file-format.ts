import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** What a file is, told by its bytes rather than its name (users rename .ods and .csv files to .xlsx). */
export type FileFormat =
  | { readonly kind: 'xlsx'; readonly sheetBytes: number | undefined }
  | { readonly kind: 'empty' | 'xls' | 'encrypted' | 'ods' | 'xlsb' | 'docx' | 'pptx' | 'odf' | 'zip' | 'csv' | 'html' | 'xml' | 'pdf' | 'unknown' };

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_LOCAL = 0x04034b50;
const ZIP_END = 0x06054b50;
const ZIP_ENTRY = 0x02014b50;
/** OLE files up to this size are searched whole for the stream name that marks a password-protected .xlsx. */
const OLE_SCAN_BYTES = 64 * 1024 * 1024;

export function sniffFormat(path: string): FileFormat {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return { kind: 'empty' };
    const head = read(fd, 0, Math.min(size, 4096));
    if (head.subarray(0, 8).equals(OLE)) return oleFormat(fd, size);
    if (head.length >= 4 && head.readUInt32LE(0) === ZIP_LOCAL) return zipFormat(fd, size, head);
    return textFormat(head);
  } finally {
    closeSync(fd);
  }
}

function read(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const got = readSync(fd, buffer, 0, length, position);
  return buffer.subarray(0, got);
}

/** A password-protected .xlsx is an OLE file holding an "EncryptedPackage" stream; an old .xls holds "Workbook". */
function oleFormat(fd: number, size: number): FileFormat {
  if (size > OLE_SCAN_BYTES) return { kind: 'xls' };
  const all = read(fd, 0, size);
  return all.includes(Buffer.from('EncryptedPackage', 'utf16le')) ? { kind: 'encrypted' } : { kind: 'xls' };
}

/** Reads the zip's central directory (names and sizes only, nothing inflated) to tell .xlsx from .xlsb, .ods, .docx. */
function zipFormat(fd: number, size: number, head: Buffer): FileFormat {
  // OpenDocument stores "mimetype" first and uncompressed, so its type is readable at a fixed offset.
  if (head.toString('latin1', 30, 38) === 'mimetype') {
    const mime = head.toString('latin1', 38, 38 + 60);
    if (mime.startsWith('application/vnd.oasis.opendocument.spreadsheet')) return { kind: 'ods' };
    if (mime.startsWith('application/vnd.oasis.opendocument')) return { kind: 'odf' };
  }
  const names = new Map<string, number>();
  const tailLength = Math.min(size, 65_557);
  const tail = read(fd, size - tailLength, tailLength);
  const end = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let directoryComplete = false;
  if (end >= 0 && end + 22 <= tail.length && tail.readUInt32LE(end) === ZIP_END) {
    const entries = tail.readUInt16LE(end + 10);
    const dirSize = tail.readUInt32LE(end + 12);
    const dirOffset = tail.readUInt32LE(end + 16);
    if (dirOffset !== 0xffffffff && dirSize !== 0xffffffff && dirOffset + dirSize <= size) {
      const dir = read(fd, dirOffset, dirSize);
      let p = 0;
      for (let i = 0; i < entries && p + 46 <= dir.length && dir.readUInt32LE(p) === ZIP_ENTRY; i++) {
        const unpacked = dir.readUInt32LE(p + 24);
        const nameLength = dir.readUInt16LE(p + 28);
        const skip = nameLength + dir.readUInt16LE(p + 30) + dir.readUInt16LE(p + 32);
        names.set(dir.toString('utf8', p + 46, p + 46 + nameLength), unpacked === 0xffffffff ? Number.NaN : unpacked);
        p += 46 + skip;
      }
      directoryComplete = names.size === entries;
    }
  }
  if (names.has('xl/workbook.bin')) return { kind: 'xlsb' };
  if (names.has('word/document.xml')) return { kind: 'docx' };
  if (names.has('ppt/presentation.xml')) return { kind: 'pptx' };
  if (names.has('content.xml') && names.has('META-INF/manifest.xml')) return { kind: 'odf' };
  if (names.has('xl/workbook.xml') || !directoryComplete) {
    // Unknown when the directory could not be read (zip64, damage): exceljs then says what it finds.
    let sheetBytes: number | undefined = directoryComplete ? 0 : undefined;
    for (const [name, bytes] of names) {
      if (sheetBytes !== undefined && (name.startsWith('xl/worksheets/') || name === 'xl/sharedStrings.xml')) {
        sheetBytes = Number.isNaN(bytes) ? undefined : sheetBytes + bytes;
      }
    }
    return { kind: 'xlsx', sheetBytes };
  }
  return { kind: 'zip' };
}

function textFormat(head: Buffer): FileFormat {
  const text = head.toString('utf8').replace(/^\ufeff/, '');
  const start = text.trimStart().slice(0, 512).toLowerCase();
  if (start.startsWith('%pdf')) return { kind: 'pdf' };
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || start.startsWith('<table')) return { kind: 'html' };
  if (start.startsWith('<?xml')) return { kind: 'xml' };
  // Text with no control characters other than line breaks and tabs, and a separator: a .csv saved from Excel or a web system.
  const binary = [...text.slice(0, 2048)].some((ch) => { const c = ch.charCodeAt(0); return (c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd; });
  if (!binary && /[,;\t]/.test(text)) return { kind: 'csv' };
  return { kind: 'unknown' };
}
