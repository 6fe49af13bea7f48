import { a1, parseA1, type CellStyle } from '../../shared';
import type { CellStyles } from './cell-styles';
import { shiftFormula } from './shift-formula';
import { elements, escapeCellText, escapeText, escapeXml, prefixOf, readAttributes, unescapeXml, withAttribute, type Element } from './xml-text';

/** What one written cell holds: a formula (English names, comma separators, no "="), a number or text. */
export type CellContent = { readonly formula: string } | { readonly number: number } | { readonly text: string };

export interface CellEdit {
  readonly row: number;
  readonly column: number;
  readonly content: CellContent;
  /** A number format the cell needs ("0.00"); its font, borders and fill stay. */
  readonly numFmt?: string;
  /** The look of a cell we add where there was none (the block of points by area): bold, borders, shading, wrapping. */
  readonly look?: CellStyle;
}

interface ParsedCell {
  readonly column: number;
  readonly element: Element;
}

interface ParsedRow {
  readonly row: number;
  readonly element: Element;
  cells?: ParsedCell[];
}

/** A shared formula's first cell that we overwrite: its other cells must get their own formula. */
interface SharedMaster {
  readonly row: number;
  readonly column: number;
  readonly formula: string;
}

/** A dependent of a shared formula spelled out keeps its look: only its formula changes. */
type PlannedEdit = CellEdit & { readonly keepStyle?: boolean };

const DROPPED_CELL_ATTRIBUTES = new Set(['r', 's', 't', 'cm', 'vm']);

/**
 * Writes cells into a worksheet part's XML and leaves everything else as it was: other cells,
 * row and column settings, merges, validations (also the Excel 2010 ones in extLst), conditional
 * formats, drawings, comments' anchors. Rows and cells keep ascending order (ECMA-376 Part 1,
 * §18.3.1.73 "row", §18.3.1.4 "c"). A written formula has no cached value, so a spreadsheet
 * computes it on opening. When the cell we write is the first cell of a shared formula, the other
 * cells of that shared formula get their own formula, so ours never spreads to cells we did not plan.
 */
export function patchSheetCells(xml: string, edits: readonly CellEdit[], styles: CellStyles): string {
  if (edits.length === 0) return xml;
  const p = prefixOf(xml, 'worksheet');
  const sheetData = elements(xml, `${p}sheetData`).next().value;
  if (!sheetData) throw new Error('worksheet without sheetData');
  const innerStart = sheetData.start + sheetData.open.length;
  const rows = parseRows(xml, p, innerStart, innerStart + sheetData.inner.length);

  const wanted = new Map<number, Map<number, PlannedEdit>>();
  const want = (edit: PlannedEdit): void => {
    const row = wanted.get(edit.row) ?? new Map<number, PlannedEdit>();
    row.set(edit.column, edit);
    wanted.set(edit.row, row);
  };
  for (const edit of edits) want(edit);

  // Shared formulas whose first cell we overwrite: each other cell of theirs gets its formula spelled out.
  const masters = new Map<string, SharedMaster>();
  for (const row of rows) {
    const edited = wanted.get(row.row);
    if (!edited) continue;
    for (const cell of cellsOf(row, p)) {
      if (!edited.has(cell.column)) continue;
      const f = formulaOf(cell.element.inner, p);
      const si = f?.attributes.get('si');
      if (f && f.attributes.get('t') === 'shared' && si !== undefined && f.text !== '') masters.set(si, { row: row.row, column: cell.column, formula: f.text });
    }
  }
  if (masters.size) {
    for (const row of rows) {
      for (const cell of cellsOf(row, p)) {
        if (wanted.get(row.row)?.has(cell.column)) continue;
        const f = formulaOf(cell.element.inner, p);
        const master = f && f.attributes.get('t') === 'shared' ? masters.get(f.attributes.get('si') ?? '') : undefined;
        if (!master || !f) continue;
        want({ row: row.row, column: cell.column, content: { formula: shiftFormula(master.formula, row.row - master.row, cell.column - master.column) }, keepStyle: true });
      }
    }
  }

  const columnStyles = readColumnStyles(xml, p, sheetData.start);
  const existing = new Set(rows.map((r) => r.row));
  const newRows = [...wanted.keys()].filter((r) => !existing.has(r)).sort((a, b) => a - b);
  let out = '';
  let next = 0;
  const emitNewRowsBefore = (limit: number): void => {
    while (next < newRows.length && (newRows[next] ?? 0) < limit) {
      const r = newRows[next++] ?? 0;
      out += `<${p}row r="${r}">${buildCells(r, [], wanted.get(r) ?? new Map(), undefined)}</${p}row>`;
    }
  };
  const buildCells = (r: number, cells: readonly ParsedCell[], edited: Map<number, PlannedEdit>, rowStyle: number | undefined): string => {
    const columns = [...new Set([...cells.map((c) => c.column), ...edited.keys()])].sort((a, b) => a - b);
    const byColumn = new Map(cells.map((c) => [c.column, c]));
    return columns.map((column) => {
      const edit = edited.get(column);
      const cell = byColumn.get(column);
      if (!edit) return cell ? withAttribute(cell.element.open, 'r', a1(r, column)) + (cell.element.empty ? '' : `${cell.element.inner}</${p}c>`) : '';
      return writeCell(p, r, column, edit, cell, rowStyle ?? columnStyles(column), styles);
    }).join('');
  };

  let cursor = innerStart;
  for (const row of rows) {
    emitNewRowsBefore(row.row);
    out += xml.slice(cursor, row.element.start);
    cursor = row.element.end;
    const edited = wanted.get(row.row);
    const attributes = readAttributes(row.element.open);
    if (!edited) {
      out += attributes.has('r') ? xml.slice(row.element.start, row.element.end) : withAttribute(row.element.open, 'r', String(row.row)) + (row.element.empty ? '' : `${row.element.inner}</${p}row>`);
      continue;
    }
    const open = withAttribute(withAttribute(row.element.open.replace(/\s*\/>$/, '>'), 'r', String(row.row)), 'spans', undefined);
    const rowStyle = attributes.get('customFormat') === '1' || attributes.get('customFormat') === 'true' ? Number(attributes.get('s') ?? 0) : undefined;
    out += `${open}${buildCells(row.row, cellsOf(row, p), edited, rowStyle)}</${p}row>`;
  }
  emitNewRowsBefore(Number.POSITIVE_INFINITY);
  const innerEnd = innerStart + sheetData.inner.length;
  out += xml.slice(cursor, innerEnd);

  const openTag = sheetData.empty ? sheetData.open.replace(/\s*\/>$/, '>') : sheetData.open;
  const patched = `${xml.slice(0, sheetData.start)}${openTag}${out}</${p}sheetData>${xml.slice(sheetData.end)}`;
  return widenDimension(patched, p, edits);
}

/**
 * Rows made at least as tall as `heights` says (points), so wrapped text prints whole; a row already
 * taller keeps its height. Only rows present in the sheet change (`ht` with `customHeight`, ECMA-376
 * Part 1, §18.3.1.73 "row").
 */
export function patchRowHeights(xml: string, heights: readonly { readonly row: number; readonly height: number }[]): string {
  if (heights.length === 0) return xml;
  const p = prefixOf(xml, 'worksheet');
  const sheetData = elements(xml, `${p}sheetData`).next().value;
  if (!sheetData || sheetData.empty) return xml;
  const wanted = new Map(heights.map((h) => [h.row, h.height]));
  const innerStart = sheetData.start + sheetData.open.length;
  let out = '';
  let cursor = 0;
  for (const row of parseRows(xml, p, innerStart, innerStart + sheetData.inner.length)) {
    const height = wanted.get(row.row);
    const current = Number(readAttributes(row.element.open).get('ht') ?? 0);
    if (height === undefined || current >= height) continue;
    out += xml.slice(cursor, row.element.start) + withAttribute(withAttribute(row.element.open, 'ht', String(height)), 'customHeight', '1');
    cursor = row.element.start + row.element.open.length;
  }
  return out + xml.slice(cursor);
}

function parseRows(xml: string, p: string, from: number, until: number): ParsedRow[] {
  const rows: ParsedRow[] = [];
  let previous = 0;
  for (const element of elements(xml, `${p}row`, from, until)) {
    const r = Number(readAttributes(element.open).get('r'));
    const row = Number.isInteger(r) && r > 0 ? r : previous + 1;
    previous = row;
    rows.push({ row, element });
  }
  return rows;
}

function cellsOf(row: ParsedRow, p: string): ParsedCell[] {
  if (row.cells) return row.cells;
  const cells: ParsedCell[] = [];
  let previous = 0;
  for (const element of elements(row.element.inner, `${p}c`)) {
    const at = parseA1(readAttributes(element.open).get('r') ?? '');
    const column = at ? at.column : previous + 1;
    previous = column;
    cells.push({ column, element });
  }
  row.cells = cells;
  return cells;
}

function formulaOf(inner: string, p: string): { attributes: Map<string, string>; text: string } | undefined {
  const f = elements(inner, `${p}f`).next().value;
  return f ? { attributes: readAttributes(f.open), text: unescapeXml(f.inner) } : undefined;
}

function writeCell(p: string, row: number, column: number, edit: PlannedEdit, cell: ParsedCell | undefined, defaultStyle: number | undefined, styles: CellStyles): string {
  const before = cell ? readAttributes(cell.element.open) : new Map<string, string>();
  const base = cell ? Number(before.get('s') ?? 0) : defaultStyle ?? 0;
  // A number fixed in a cell formatted as text ("@", what a paste from Word leaves) gets the General format, or it would read as text again.
  const numFmt = edit.numFmt ?? ('number' in edit.content && styles.isText(base) ? 'General' : undefined);
  const formatted = numFmt && !edit.keepStyle ? styles.withNumberFormat(base, numFmt) : base;
  const style = edit.look && !edit.keepStyle ? styles.withLook(formatted, edit.look) : formatted;
  let open = `<${p}c r="${a1(row, column)}"`;
  if (style !== 0 || before.has('s')) open += ` s="${style}"`;
  for (const [name, value] of before) if (!DROPPED_CELL_ATTRIBUTES.has(name)) open += ` ${name}="${escapeXml(value)}"`;
  const content = edit.content;
  if ('formula' in content) return `${open}><${p}f>${escapeText(content.formula)}</${p}f></${p}c>`;
  if ('number' in content && Number.isFinite(content.number)) return `${open}><${p}v>${String(content.number)}</${p}v></${p}c>`;
  const text = 'text' in content ? content.text : String(content.number);
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
  return `${open} t="inlineStr"><${p}is><${p}t${space}>${escapeCellText(text)}</${p}t></${p}is></${p}c>`;
}

/** The style a new cell takes from its column (`<col style>`), as a spreadsheet gives a cell typed into that column. */
function readColumnStyles(xml: string, p: string, until: number): (column: number) => number | undefined {
  const ranges: { min: number; max: number; style: number }[] = [];
  for (const col of elements(xml, `${p}col`, 0, until)) {
    const a = readAttributes(col.open);
    const style = Number(a.get('style') ?? 0);
    if (style) ranges.push({ min: Number(a.get('min')), max: Number(a.get('max')), style });
  }
  return (column) => ranges.find((r) => column >= r.min && column <= r.max)?.style;
}

/** The sheet's used range (`<dimension ref>`) grown to cover the written cells. */
function widenDimension(xml: string, p: string, edits: readonly CellEdit[]): string {
  const dimension = elements(xml, `${p}dimension`).next().value;
  if (!dimension) return xml;
  const [from, to] = (readAttributes(dimension.open).get('ref') ?? '').split(':');
  const a = parseA1(from ?? '');
  const b = parseA1(to ?? from ?? '');
  if (!a || !b) return xml;
  let [top, left, bottom, right] = [a.row, a.column, b.row, b.column];
  for (const e of edits) {
    top = Math.min(top, e.row);
    left = Math.min(left, e.column);
    bottom = Math.max(bottom, e.row);
    right = Math.max(right, e.column);
  }
  const ref = top === bottom && left === right ? a1(top, left) : `${a1(top, left)}:${a1(bottom, right)}`;
  return `${xml.slice(0, dimension.start)}${withAttribute(dimension.open, 'ref', ref)}${xml.slice(dimension.end)}`;
}
