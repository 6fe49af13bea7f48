import { type Document, type Element } from '@xmldom/xmldom';
import { readParts, relationships, workbookPart, writeParts } from './package-parts';
import { columnLetters, parseAddress } from './relative-formula';
import { sharedStrings, sheetsOf } from './sheet-grid';
import { addElement, child, children, descendants, parseXml, root, serializeXml } from './xml-dom';

/**
 * A template as an officer fills it: each empty entry cell of the table gets a plausible value by
 * its column's heading (scores below the maximum, a result for the criteria whose score is computed
 * from it, targets as the plans write them, units and dates as text). Formulas, headings, section
 * rows ("I", "II"), merged areas and cells already holding something are left alone. Text goes into
 * the shared string table, as Excel stores what a user types.
 */

type Value = string | number;
interface RowView {
  readonly max?: number;
  /** The formula of the row's self-assessment cell, when it is computed. */
  readonly selfFormula?: string;
}

const RULES: readonly (readonly [RegExp, (row: RowView) => Value | undefined])[] = [
  [/^Điểm tự đánh giá/, (r) => (r.max === undefined ? undefined : Math.round(r.max * 90) / 100)],
  [/^Điểm thẩm định/, (r) => (r.max === undefined ? undefined : Math.round(r.max * 75) / 100)],
  [/^Kết quả thực hiện/, (r) => {
    const f = r.selfFormula ?? '';
    if (f.includes('Đạt yêu cầu')) return 'Đạt yêu cầu';
    if (/I\d+\/J\d+/.test(f)) return 9;
    if (/I\d+\*/.test(f)) return 2;
    return undefined;
  }],
  [/^Tổng số/, (r) => (/I\d+\/J\d+/.test(r.selfFormula ?? '') ? 10 : undefined)],
  [/phối hợp|chủ trì đánh giá/i, () => 'Văn phòng HĐND và UBND'],
  [/chủ trì|phụ trách|Theo dõi/i, () => 'Phòng Nội vụ'],
  [/^(Chỉ tiêu|Dự kiến|Định hướng|Đến năm)/, () => '95%'],
  [/^Thời gian/, () => 'Quý II/2026'],
  [/^Sản phẩm/, () => 'Báo cáo kết quả thực hiện'],
  [/^Nội dung/, () => 'Rà soát, công bố thủ tục hành chính'],
];

export function fillTemplate(xlsx: Uint8Array): Buffer {
  const parts = readParts(xlsx);
  const wb = workbookPart(parts);
  const sstRel = relationships(parts, wb).find((r) => r.type.endsWith('/sharedStrings'));
  if (!sstRel) throw new Error('template without shared strings');
  const strings = sharedStrings(parts);
  const sst = parseXml(parts.get(sstRel.target) ?? Buffer.alloc(0), sstRel.target);
  const stringIndex = (text: string): number => {
    const at = strings.indexOf(text);
    if (at >= 0) return at;
    addElement(addElement(root(sst), 'si'), 't').appendChild(sst.createTextNode(text));
    strings.push(text);
    return strings.length - 1;
  };
  for (const sheet of sheetsOf(parts)) {
    const doc = parseXml(parts.get(sheet.part) ?? Buffer.alloc(0), sheet.part);
    fillSheet(doc, strings, stringIndex);
    parts.set(sheet.part, serializeXml(doc));
  }
  root(sst).setAttribute('uniqueCount', String(strings.length));
  root(sst).removeAttribute('count');
  parts.set(sstRel.target, serializeXml(sst));
  return writeParts(parts);
}

function fillSheet(doc: Document, strings: readonly string[], stringIndex: (text: string) => number): void {
  const merged: { top: number; left: number; bottom: number; right: number }[] = [];
  for (const m of descendants(root(doc), 'mergeCell')) {
    const [a, b] = (m.getAttribute('ref') ?? '').split(':').map(parseAddress);
    if (a && b) merged.push({ top: a.row, left: a.col, bottom: b.row, right: b.col });
  }
  const inMerge = (row: number, col: number): boolean => merged.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  const text = (c: Element | undefined): string | undefined => {
    if (!c) return undefined;
    const v = child(c, 'v');
    if (c.getAttribute('t') === 's' && v) return strings[Number(v.textContent)];
    return child(c, 'is')?.textContent ?? v?.textContent ?? undefined;
  };
  const rows = descendants(root(doc), 'row');
  const cellsOf = (row: Element): Map<number, Element> => new Map(children(row, 'c').map((c) => [parseAddress(c.getAttribute('r') ?? '').col, c]));
  const headerAt = rows.findIndex((r) => /^(STT|Mã)$/i.test((text(cellsOf(r).get(1)) ?? '').trim()));
  const header = rows[headerAt];
  if (!header) return;
  const headings = [...cellsOf(header)].map(([col, c]) => [col, text(c) ?? ''] as const);
  for (const row of rows.slice(headerAt + 1)) {
    const r = Number(row.getAttribute('r'));
    const cells = cellsOf(row);
    const code = (text(cells.get(1)) ?? '').trim();
    if ((code === '' && !inMerge(r, 1)) || /^[IVX]+\.?$/.test(code)) continue;
    const maxCell = cells.get(3);
    const maxText = maxCell && !child(maxCell, 'f') && maxCell.getAttribute('t') === null ? child(maxCell, 'v')?.textContent : undefined;
    const selfCell = cells.get(4);
    const view: RowView = {
      ...(maxText ? { max: Number(maxText) } : {}),
      ...(selfCell && child(selfCell, 'f') ? { selfFormula: child(selfCell, 'f')?.textContent ?? '' } : {}),
    };
    for (const [col, heading] of headings) {
      const rule = RULES.find(([re]) => re.test(heading.trim()));
      const value = rule?.[1](view);
      if (value === undefined) continue;
      const existing = cells.get(col);
      if (existing && (child(existing, 'f') || child(existing, 'v') || child(existing, 'is'))) continue;
      if (inMerge(r, col) && !merged.some((m) => m.top === r && m.left === col)) continue;
      const c = existing ?? insertCell(row, cells, r, col);
      if (typeof value === 'number') {
        c.removeAttribute('t');
        addElement(c, 'v').appendChild(doc.createTextNode(String(value)));
      } else {
        c.setAttribute('t', 's');
        addElement(c, 'v').appendChild(doc.createTextNode(String(stringIndex(value))));
      }
    }
  }
}

function insertCell(row: Element, cells: Map<number, Element>, r: number, col: number): Element {
  const after = [...cells.keys()].filter((k) => k > col).sort((a, b) => a - b)[0];
  const c = addElement(row, 'c', { r: `${columnLetters(col)}${r}` }, after === undefined ? null : cells.get(after));
  cells.set(col, c);
  return c;
}
