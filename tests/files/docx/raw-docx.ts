import { storedZip } from '../../helpers/zip';

/**
 * A .docx written by hand, part by part, for what a generator cannot make (tracked moves, a
 * DOCTYPE, comments and CDATA, a hostile gridSpan): the package and document relationships
 * (ECMA-376 Part 2 §9.3) around the body XML given, with footnotes and endnotes when given.
 */
export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function rawDocx(body: string, options: { footnotes?: string; endnotes?: string; prolog?: string; documentPath?: string } = {}): Buffer {
  const documentPath = options.documentPath ?? 'word/document.xml';
  const folder = documentPath.slice(0, documentPath.lastIndexOf('/') + 1);
  const file = documentPath.slice(folder.length);
  const rels = [
    options.footnotes === undefined ? '' : `<Relationship Id="rIdF" Type="${R}/footnotes" Target="footnotes.xml"/>`,
    options.endnotes === undefined ? '' : `<Relationship Id="rIdE" Type="${R}/endnotes" Target="endnotes.xml"/>`,
  ].join('');
  const notes = (kind: 'footnote' | 'endnote', content: string): string =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:${kind}s xmlns:w="${W_NS}">`
    + `<w:${kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:${kind}>${content}</w:${kind}s>`;
  return storedZip([
    { name: '[Content_Types].xml', data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: '_rels/.rels', data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="${documentPath}"/></Relationships>` },
    { name: `${folder}_rels/${file}.rels`, data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>` },
    { name: documentPath, data: `${options.prolog ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'}<w:document xmlns:w="${W_NS}"><w:body>${body}</w:body></w:document>` },
    ...(options.footnotes === undefined ? [] : [{ name: `${folder}footnotes.xml`, data: notes('footnote', options.footnotes) }]),
    ...(options.endnotes === undefined ? [] : [{ name: `${folder}endnotes.xml`, data: notes('endnote', options.endnotes) }]),
  ]);
}

/** A paragraph of plain runs. */
export const p = (...runs: string[]): string => `<w:p>${runs.map((t) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`).join('')}</w:p>`;
/** A table cell holding the XML given (paragraphs), with optional cell properties. */
export const tc = (content: string, pr = ''): string => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}${content || '<w:p/>'}</w:tc>`;
export const tr = (...cells: string[]): string => `<w:tr>${cells.join('')}</w:tr>`;
export const tbl = (...rows: string[]): string => `<w:tbl>${rows.join('')}</w:tbl>`;
