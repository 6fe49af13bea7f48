import { FileProblem } from '../file-problem';
import { Budget } from '../zip/budget';
import { ZipArchive } from '../zip/zip-archive';
import { DocxError } from './docx-error';
import { elementsOf, parseXmlPart, type XmlElement } from './xml-tree';

/** The parts of a Word document the criteria reader needs, parsed. */
export interface DocxParts {
  /** The main document part's name, e.g. "word/document.xml". */
  readonly documentName: string;
  readonly document: XmlElement;
  readonly footnotes?: { readonly name: string; readonly root: XmlElement } | undefined;
  readonly endnotes?: { readonly name: string; readonly root: XmlElement } | undefined;
}

/** No part of a real decision comes near this unpacked (a 300-page decision's document.xml is a few MB). */
export const MAX_PART_BYTES = 64 * 1024 * 1024;

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_STRICT = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
const TYPE_END = { document: '/officeDocument', footnotes: '/footnotes', endnotes: '/endnotes' } as const;

/**
 * Opens a .docx the way Open Packaging Conventions say (ECMA-376 Part 2 §9.3): the package's
 * relationships name the main document, the document's own relationships name its footnotes and
 * endnotes. Only those parts (and the two .rels) are unpacked, through the shared zip reader and
 * one budget for the whole document: the bytes actually inflated are counted, whatever the
 * directory says, and duplicate or climbing part names are refused.
 */
export function openDocx(bytes: Uint8Array, file = ''): DocxParts {
  let zip: ZipArchive;
  try {
    zip = ZipArchive.open(bytes, new Budget(file, MAX_PART_BYTES));
  } catch (e) {
    if (e instanceof FileProblem && /mục lục/.test(e.vi)) throw new DocxError({ code: 'not_zip' });
    throw e;
  }
  const readPart = (name: string): Uint8Array | undefined => {
    const stored = zip.find(name);
    return stored === undefined ? undefined : zip.read(stored);
  };
  const rootRels = readPart('_rels/.rels');
  const documentName = (rootRels && target(rootRels, '_rels/.rels', '', TYPE_END.document)) ?? 'word/document.xml';
  const documentBytes = readPart(documentName);
  if (!documentBytes) throw new DocxError({ code: 'part_missing', part: documentName });
  const document = parseXmlPart(documentBytes, documentName);
  const folder = documentName.includes('/') ? documentName.slice(0, documentName.lastIndexOf('/') + 1) : '';
  const relsName = `${folder}_rels/${documentName.slice(folder.length)}.rels`;
  const rels = readPart(relsName);
  const note = (kind: 'footnotes' | 'endnotes'): { name: string; root: XmlElement } | undefined => {
    const name = rels ? target(rels, relsName, folder, TYPE_END[kind]) : undefined;
    const data = name === undefined ? undefined : readPart(name);
    return name === undefined || !data ? undefined : { name, root: parseXmlPart(data, name) };
  };
  return { documentName, document, footnotes: note('footnotes'), endnotes: note('endnotes') };
}

/** The target of the first internal relationship whose type ends so, resolved against the source's folder. */
function target(relsBytes: Uint8Array, relsName: string, folder: string, typeEnd: string): string | undefined {
  const root = parseXmlPart(relsBytes, relsName);
  for (const rels of elementsOf(root)) {
    for (const r of elementsOf(rels)) {
      if (r.local !== 'Relationship') continue;
      const type = r.attributes.get('Type') ?? '';
      if (!(type.startsWith(REL) || type.startsWith(REL_STRICT)) || !type.endsWith(typeEnd)) continue;
      if ((r.attributes.get('TargetMode') ?? 'Internal') !== 'Internal') continue;
      const t = r.attributes.get('Target');
      if (t) return resolve(folder, t);
    }
  }
  return undefined;
}

/** "footnotes.xml" from "word/" is "word/footnotes.xml"; "/word/x.xml" is from the package root; ".." climbs. */
function resolve(folder: string, t: string): string {
  const parts = (t.startsWith('/') ? t.slice(1) : folder + t).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}
