import { strToU8, unzipSync, zipSync } from 'fflate';
import { posix } from 'node:path';
import { addElement, children, CT, parseXml, PKG_REL, REL, root, serializeXml } from './xml-dom';

/**
 * An Open Packaging Conventions package (ECMA-376 Part 2) as a map of part name → bytes, read and
 * written with fflate, plus the two things every reshaping helper touches: content types and
 * relationships. Part names are kept as the zip stores them (no leading slash).
 */
export type Parts = Map<string, Buffer>;

export function readParts(bytes: Uint8Array): Parts {
  const files = unzipSync(bytes);
  const parts: Parts = new Map();
  for (const [name, data] of Object.entries(files)) {
    if (!name.endsWith('/')) parts.set(name, Buffer.from(data));
  }
  return parts;
}

/** A deflated zip, [Content_Types].xml first as Office writes it. */
export function writeParts(parts: Parts): Buffer {
  const names = [...parts.keys()].sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'));
  const files: Record<string, Uint8Array> = {};
  for (const name of names) files[name] = parts.get(name) ?? new Uint8Array();
  return Buffer.from(zipSync(files, { level: 6 }));
}

export function partText(parts: Parts, name: string): string {
  const b = parts.get(name);
  if (!b) throw new Error(`no part ${name}`);
  return b.toString('utf8');
}

export function setPart(parts: Parts, name: string, data: string | Uint8Array): void {
  parts.set(name, Buffer.from(typeof data === 'string' ? strToU8(data) : data));
}

/** The relationships part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsName(part: string): string {
  const dir = posix.dirname(part);
  return posix.join(dir === '.' ? '' : dir, '_rels', `${posix.basename(part)}.rels`);
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** Resolved to a part name (no leading slash). */
  readonly target: string;
  readonly external: boolean;
}

export function relationships(parts: Parts, source: string): Relationship[] {
  const name = source === '' ? '_rels/.rels' : relsName(source);
  const bytes = parts.get(name);
  if (!bytes) return [];
  const base = source === '' ? '' : posix.dirname(source);
  return children(root(parseXml(bytes, name)), 'Relationship').map((r) => {
    const target = r.getAttribute('Target') ?? '';
    const external = r.getAttribute('TargetMode') === 'External';
    const resolved = external ? target : target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(base, target));
    return { id: r.getAttribute('Id') ?? '', type: r.getAttribute('Type') ?? '', target: resolved, external };
  });
}

/** Adds a relationship from `source` to `target` (both part names); returns its id. */
export function addRelationship(parts: Parts, source: string, type: string, target: string): string {
  const name = relsName(source);
  const doc = parseXml(parts.get(name) ?? `<Relationships xmlns="${PKG_REL}"/>`, name);
  const ids = new Set(children(root(doc), 'Relationship').map((r) => r.getAttribute('Id')));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n += 1;
  const id = `rId${n}`;
  const relative = posix.relative(posix.dirname(source), target);
  addElement(root(doc), 'Relationship', { Id: id, Type: type, Target: relative });
  parts.set(name, serializeXml(doc));
  return id;
}

/** Removes every relationship of `source` to `target`. */
export function removeRelationshipsTo(parts: Parts, source: string, target: string): void {
  const name = relsName(source);
  const bytes = parts.get(name);
  if (!bytes) return;
  const doc = parseXml(bytes, name);
  const base = posix.dirname(source);
  for (const r of children(root(doc), 'Relationship')) {
    if (posix.normalize(posix.join(base, r.getAttribute('Target') ?? '')) === target) root(doc).removeChild(r);
  }
  parts.set(name, serializeXml(doc));
}

/** Sets (or removes, with null) the Override content type of a part. */
export function setOverride(parts: Parts, part: string, contentType: string | null): void {
  const doc = parseXml(parts.get('[Content_Types].xml') ?? '', '[Content_Types].xml');
  const top = root(doc);
  for (const o of children(top, 'Override', CT)) {
    if (o.getAttribute('PartName') === `/${part}`) top.removeChild(o);
  }
  if (contentType !== null) addElement(top, 'Override', { PartName: `/${part}`, ContentType: contentType });
  parts.set('[Content_Types].xml', serializeXml(doc));
}

export function contentTypeOf(parts: Parts, part: string): string | undefined {
  const top = root(parseXml(parts.get('[Content_Types].xml') ?? '', '[Content_Types].xml'));
  const override = children(top, 'Override', CT).find((o) => o.getAttribute('PartName') === `/${part}`);
  if (override) return override.getAttribute('ContentType') ?? undefined;
  const ext = posix.extname(part).slice(1).toLowerCase();
  return children(top, 'Default', CT).find((d) => (d.getAttribute('Extension') ?? '').toLowerCase() === ext)?.getAttribute('ContentType') ?? undefined;
}

export function addDefault(parts: Parts, extension: string, contentType: string): void {
  const doc = parseXml(parts.get('[Content_Types].xml') ?? '', '[Content_Types].xml');
  const top = root(doc);
  if (children(top, 'Default', CT).some((d) => d.getAttribute('Extension') === extension)) return;
  addElement(top, 'Default', { Extension: extension, ContentType: contentType }, top.firstChild);
  parts.set('[Content_Types].xml', serializeXml(doc));
}

export const OFFICE_DOCUMENT = `${REL}/officeDocument`;

/** The workbook part, found as a reader must: through the package relationships. */
export function workbookPart(parts: Parts): string {
  const rel = relationships(parts, '').find((r) => r.type === OFFICE_DOCUMENT);
  if (!rel) throw new Error('no officeDocument relationship in _rels/.rels');
  return rel.target;
}
