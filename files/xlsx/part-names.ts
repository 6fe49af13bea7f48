/** Part names are zip paths without a leading "/" ("xl/worksheets/sheet1.xml"); these resolve relationship targets (ECMA-376 Part 2, §9.3.2). */

export function folderOf(part: string): string {
  const at = part.lastIndexOf('/');
  return at < 0 ? '' : part.slice(0, at);
}

/** The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; the package's own is "_rels/.rels". */
export function relationshipsPartOf(part: string): string {
  const folder = folderOf(part);
  const name = part.slice(folder ? folder.length + 1 : 0);
  return `${folder ? `${folder}/` : ''}_rels/${name}.rels`;
}

/** A relationship's target as a part name: absolute ("/xl/…") or relative to the source part's folder, "." and ".." resolved, %-escapes decoded. */
export function resolveTarget(sourceFolder: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A stray "%" is a literal character of the name.
  }
  const segments = decoded.startsWith('/') ? [] : sourceFolder.split('/').filter(Boolean);
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return segments.join('/');
}
