import { a1, parseA1 } from '../../shared/sheet/a1';
import type { CellEdit } from '../../shared/host/cell-edits';
import type { XmlSource } from '../xml/scan-xml';
import { escapeCellText, escapeText, escapeXml, openedTag, withAttribute } from '../xml/xml-text';
import type { CellStyles } from './cell-styles';
import { sheetLayout, type LayoutCell } from './sheet-layout';
import { shiftFormula } from './shift-formula';

// The edits are the core's (shared/host/cell-edits), so the CLI and the page hand the same cells to this editor.
export type { CellContent, CellEdit } from '../../shared/host/cell-edits';

/** A dependent of a shared formula spelled out keeps its look: only its formula changes. */
type PlannedEdit = CellEdit & { readonly keepStyle?: boolean };

/** One change to the part's text: `text` replaces [start, end). */
interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const DROPPED_CELL_ATTRIBUTES = new Set(['r', 's', 't', 'cm', 'vm']);

/**
 * Writes cells into a worksheet part and leaves every other byte as it was: other cells, row and
 * column settings, merges, validations (also the Excel 2010 ones in extLst), conditional formats,
 * drawings, comments' anchors. The part is parsed, so markup inside comments, CDATA or processing
 * instructions is never taken for rows or cells. Rows and cells keep ascending order (ECMA-376
 * Part 1, §18.3.1.73 "row", §18.3.1.4 "c"). A written formula has no cached value, so a spreadsheet
 * computes it on opening. When the cell we write is the first cell of a shared formula, the other
 * cells of that shared formula get their own formula, so ours never spreads to cells we did not plan.
 */
export function patchSheetCells(xml: string, edits: readonly CellEdit[], styles: CellStyles, source: XmlSource = { file: '', part: 'sheet' }): string {
  if (edits.length === 0) return xml;
  const wanted = new Map<number, Map<number, PlannedEdit>>();
  const want = (edit: PlannedEdit): void => {
    const row = wanted.get(edit.row) ?? new Map<number, PlannedEdit>();
    if (!row.has(edit.column) || !edit.keepStyle) row.set(edit.column, edit);
    wanted.set(edit.row, row);
  };
  for (const edit of edits) want(edit);
  const layout = sheetLayout(xml, source, new Set(wanted.keys()));
  const p = layout.prefix;
  if (!layout.sheetData) throw new Error('worksheet without sheetData');

  // Shared formulas whose first cell we overwrite: each other cell of theirs gets its formula spelled out, in place.
  const masters = new Map<string, LayoutCell>();
  for (const row of layout.rows) {
    for (const cell of row.cells ?? []) {
      const f = cell.formula;
      if (wanted.get(row.row)?.has(cell.column) && f?.type === 'shared' && f.sharedIndex !== undefined && f.text !== '') masters.set(f.sharedIndex, cell);
    }
  }
  const splices: Splice[] = [];
  const columnStyle = (column: number): number | undefined => layout.columnStyles.find((c) => column >= c.min && column <= c.max)?.style;
  for (const follower of layout.sharedFollowers) {
    const master = masters.get(follower.formula?.sharedIndex ?? '');
    if (!master || !master.formula || wanted.get(follower.row)?.has(follower.column)) continue;
    const formula = shiftFormula(master.formula.text, follower.row - master.row, follower.column - master.column);
    splices.push({ start: follower.start, end: follower.end, text: writeCell(p, follower.row, follower.column, { row: follower.row, column: follower.column, content: { formula }, keepStyle: true }, follower, undefined, styles) });
  }

  const existing = new Set(layout.rows.map((r) => r.row));
  const newRows = [...wanted.keys()].filter((r) => !existing.has(r)).sort((a, b) => a - b);
  const newRowXml = (r: number): string => {
    const cells = [...(wanted.get(r) ?? new Map<number, PlannedEdit>()).values()].sort((a, b) => a.column - b.column);
    return `<${p}row r="${r}">${cells.map((e) => writeCell(p, r, e.column, e, undefined, columnStyle(e.column), styles)).join('')}</${p}row>`;
  };
  let next = 0;
  for (const row of layout.rows) {
    // New rows before this one go just before it.
    let before = '';
    while (next < newRows.length && (newRows[next] ?? 0) < row.row) before += newRowXml(newRows[next++] ?? 0);
    if (before) splices.push({ start: row.start, end: row.start, text: before });
    const edited = wanted.get(row.row);
    const rowTag = xml.slice(row.start, row.openEnd);
    if (!edited) {
      // Rows without an address get one, since a row inserted before them would otherwise renumber them.
      if (!row.hasAddress) splices.push({ start: row.start, end: row.openEnd, text: withAttribute(rowTag, 'r', String(row.row)) });
      continue;
    }
    const rowStyleAttribute = row.open.attributes.customFormat?.value;
    const rowStyle = rowStyleAttribute === '1' || rowStyleAttribute === 'true' ? Number(row.open.attributes.s?.value ?? 0) : undefined;
    const cells = row.cells ?? [];
    const open = withAttribute(withAttribute(openedTag(rowTag), 'r', String(row.row)), 'spans', undefined);
    const pending = [...edited.values()].filter((e) => !cells.some((c) => c.column === e.column)).sort((a, b) => a.column - b.column);
    let k = 0;
    const insertBefore = (column: number): string => {
      let out = '';
      while (k < pending.length && (pending[k]?.column ?? 0) < column) {
        const e = pending[k++];
        if (e) out += writeCell(p, row.row, e.column, e, undefined, rowStyle ?? columnStyle(e.column), styles);
      }
      return out;
    };
    if (row.selfClosing) {
      splices.push({ start: row.start, end: row.end, text: `${open}${insertBefore(Number.POSITIVE_INFINITY)}</${p}row>` });
      continue;
    }
    splices.push({ start: row.start, end: row.openEnd, text: open });
    for (const cell of cells) {
      const added = insertBefore(cell.column);
      const edit = edited.get(cell.column);
      const cellTag = xml.slice(cell.start, cell.openEnd);
      const text = edit
        ? writeCell(p, row.row, cell.column, edit, cell, rowStyle ?? columnStyle(cell.column), styles)
        : cell.hasAddress ? undefined : withAttribute(cellTag, 'r', a1(row.row, cell.column));
      if (added) splices.push({ start: cell.start, end: cell.start, text: added });
      if (text !== undefined) splices.push(edit ? { start: cell.start, end: cell.end, text } : { start: cell.start, end: cell.openEnd, text });
    }
    const rest = insertBefore(Number.POSITIVE_INFINITY);
    if (rest) splices.push({ start: row.closeStart, end: row.closeStart, text: rest });
  }
  let after = '';
  while (next < newRows.length) after += newRowXml(newRows[next++] ?? 0);
  const sheetData = layout.sheetData;
  if (after) {
    if (sheetData.selfClosing) splices.push({ start: sheetData.start, end: sheetData.end, text: `${openedTag(xml.slice(sheetData.start, sheetData.openEnd))}${after}</${p}sheetData>` });
    else splices.push({ start: sheetData.closeStart, end: sheetData.closeStart, text: after });
  }
  const dimension = layout.dimension;
  if (dimension) {
    const ref = widenedDimension(dimension.open.attributes.ref?.value ?? '', edits);
    if (ref) splices.push({ start: dimension.start, end: dimension.openEnd, text: withAttribute(xml.slice(dimension.start, dimension.openEnd), 'ref', ref) });
  }
  return applySplices(xml, splices);
}

/** The text with every splice applied; splices never overlap and are applied in position order (inserts at one point keep their order). */
export function applySplices(xml: string, splices: readonly Splice[]): string {
  const ordered = splices.map((s, i) => ({ s, i })).sort((a, b) => a.s.start - b.s.start || a.s.end - b.s.end || a.i - b.i);
  let out = '';
  let cursor = 0;
  for (const { s } of ordered) {
    out += xml.slice(cursor, s.start) + s.text;
    cursor = Math.max(cursor, s.end);
  }
  return out + xml.slice(cursor);
}

/**
 * Rows made at least as tall as `heights` says (points), so wrapped text prints whole; a row already
 * taller keeps its height. Only rows present in the sheet change (`ht` with `customHeight`, ECMA-376
 * Part 1, §18.3.1.73 "row").
 */
export function patchRowHeights(xml: string, heights: readonly { readonly row: number; readonly height: number }[], source: XmlSource = { file: '', part: 'sheet' }): string {
  if (heights.length === 0) return xml;
  const wanted = new Map(heights.map((h) => [h.row, h.height]));
  const layout = sheetLayout(xml, source, new Set());
  const splices: Splice[] = [];
  for (const row of layout.rows) {
    const height = wanted.get(row.row);
    const current = Number(row.open.attributes.ht?.value ?? 0);
    if (height === undefined || current >= height) continue;
    splices.push({ start: row.start, end: row.openEnd, text: withAttribute(withAttribute(xml.slice(row.start, row.openEnd), 'ht', String(height)), 'customHeight', '1') });
  }
  return applySplices(xml, splices);
}

function writeCell(p: string, row: number, column: number, edit: PlannedEdit, cell: LayoutCell | undefined, defaultStyle: number | undefined, styles: CellStyles): string {
  const before = cell ? Object.values(cell.open.attributes) : [];
  const styleAttribute = before.find((a) => a.name === 's');
  const base = cell ? Number(styleAttribute?.value ?? 0) : defaultStyle ?? 0;
  // A number fixed in a cell formatted as text ("@", what a paste from Word leaves) gets the General format, or it would read as text again.
  const numFmt = edit.numFmt ?? ('number' in edit.content && styles.isText(base) ? 'General' : undefined);
  const formatted = numFmt && !edit.keepStyle ? styles.withNumberFormat(base, numFmt) : base;
  const style = edit.look && !edit.keepStyle ? styles.withLook(formatted, edit.look) : formatted;
  let open = `<${p}c r="${a1(row, column)}"`;
  if (style !== 0 || styleAttribute) open += ` s="${style}"`;
  for (const a of before) if (!DROPPED_CELL_ATTRIBUTES.has(a.name)) open += ` ${a.name}="${escapeXml(a.value)}"`;
  const content = edit.content;
  if ('formula' in content) return `${open}><${p}f>${escapeText(content.formula)}</${p}f></${p}c>`;
  if ('number' in content && Number.isFinite(content.number)) return `${open}><${p}v>${String(content.number)}</${p}v></${p}c>`;
  const text = 'text' in content ? content.text : String(content.number);
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
  return `${open} t="inlineStr"><${p}is><${p}t${space}>${escapeCellText(text)}</${p}t></${p}is></${p}c>`;
}

/** The sheet's used range (`<dimension ref>`) grown to cover the written cells; undefined when it holds no range we read. */
function widenedDimension(ref: string, edits: readonly CellEdit[]): string | undefined {
  const [from, to] = ref.split(':');
  const a = parseA1(from ?? '');
  const b = parseA1(to ?? from ?? '');
  if (!a || !b) return undefined;
  let [top, left, bottom, right] = [a.row, a.column, b.row, b.column];
  for (const e of edits) {
    top = Math.min(top, e.row);
    left = Math.min(left, e.column);
    bottom = Math.max(bottom, e.row);
    right = Math.max(right, e.column);
  }
  return top === bottom && left === right ? a1(top, left) : `${a1(top, left)}:${a1(bottom, right)}`;
}
