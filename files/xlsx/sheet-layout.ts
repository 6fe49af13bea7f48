import { parseA1 } from '../../shared/sheet/a1';
import { SML } from '../xml/namespaces';
import { attribute, scanXml, type XmlOpen, type XmlSource } from '../xml/scan-xml';

/** Where an element sits in the part's text. */
export interface Span {
  readonly start: number;
  /** Just past the start tag. */
  readonly openEnd: number;
  /** Index of the end tag ("</"); `openEnd` for an empty element. */
  readonly closeStart: number;
  readonly end: number;
  readonly selfClosing: boolean;
}

export interface LayoutFormula {
  readonly type: string | undefined;
  readonly sharedIndex: string | undefined;
  readonly text: string;
}

export interface LayoutCell extends Span {
  readonly row: number;
  readonly column: number;
  readonly hasAddress: boolean;
  readonly open: XmlOpen;
  readonly formula: LayoutFormula | undefined;
}

export interface LayoutRow extends Span {
  readonly row: number;
  readonly hasAddress: boolean;
  readonly open: XmlOpen;
  /** Every cell, for the rows asked for; undefined for the others. */
  readonly cells: LayoutCell[] | undefined;
}

/** A worksheet part's structure, found by parsing it: where sheetData, its rows and the wanted rows' cells are. */
export interface SheetLayout {
  /** The prefix the worksheet's elements use ("" or "x:"), so what we add matches. */
  readonly prefix: string;
  readonly sheetData: Span | undefined;
  readonly dimension: (Span & { readonly open: XmlOpen }) | undefined;
  readonly columnStyles: readonly { readonly min: number; readonly max: number; readonly style: number }[];
  readonly rows: readonly LayoutRow[];
  /** Cells of a shared formula that only refer to its first cell (`<f t="shared" si="n"/>`), in any row. */
  readonly sharedFollowers: readonly LayoutCell[];
}

/**
 * Parses a worksheet part (comments, CDATA and processing instructions are never markup) and
 * records where its rows are and, for `wantedRows`, each cell with its formula. Rows and cells
 * without an address take the one after the previous (ECMA-376 Part 1, §18.3.1.73, §18.3.1.4).
 */
export function sheetLayout(xml: string, source: XmlSource, wantedRows: ReadonlySet<number>): SheetLayout {
  let prefix = '';
  let depth = 0;
  let sheetData: Span | undefined;
  let dimension: SheetLayout['dimension'];
  const columnStyles: { min: number; max: number; style: number }[] = [];
  const rows: LayoutRow[] = [];
  const sharedFollowers: LayoutCell[] = [];
  let inSheetData = false;
  let rowNumber = 0;
  let column = 0;
  let rowOpen: XmlOpen | undefined;
  let rowCells: LayoutCell[] | undefined;
  let cellOpen: XmlOpen | undefined;
  let cellRow = 0;
  let cellColumn = 0;
  let formula: { open: XmlOpen; text: string } | undefined;
  let formulaDone: LayoutFormula | undefined;
  scanXml(xml, {
    open(e) {
      depth++;
      if (depth === 1) prefix = e.prefix ? `${e.prefix}:` : '';
      if (!SML.has(e.uri)) return;
      if (cellOpen) {
        if (e.local === 'f') formula = { open: e, text: '' };
        return;
      }
      if (e.local === 'sheetData' && depth === 2) inSheetData = true;
      else if (e.local === 'dimension' && depth === 2) dimension = { start: e.start, openEnd: e.end, closeStart: e.end, end: e.end, selfClosing: e.selfClosing, open: e };
      else if (e.local === 'col' && depth === 3) {
        const style = Number(attribute(e, 'style') ?? 0);
        if (style) columnStyles.push({ min: Number(attribute(e, 'min')), max: Number(attribute(e, 'max')), style });
      } else if (inSheetData && e.local === 'row' && depth === 3) {
        const r = Number(attribute(e, 'r'));
        rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
        column = 0;
        rowOpen = e;
        rowCells = wantedRows.has(rowNumber) ? [] : undefined;
      } else if (rowOpen && e.local === 'c' && depth === 4) {
        const at = parseA1(attribute(e, 'r') ?? '');
        cellRow = rowNumber;
        cellColumn = at ? at.column : column + 1;
        column = cellColumn;
        cellOpen = e;
        formulaDone = undefined;
      }
    },
    close({ open: e, start, end }) {
      depth--;
      if (!SML.has(e.uri)) return;
      if (cellOpen && e !== cellOpen) {
        if (e.local === 'f' && formula) {
          formulaDone = { type: attribute(formula.open, 't'), sharedIndex: attribute(formula.open, 'si'), text: formula.text };
          formula = undefined;
        }
        return;
      }
      const span = { start: e.start, openEnd: e.end, closeStart: start, end, selfClosing: e.selfClosing };
      if (cellOpen && e === cellOpen) {
        const cell: LayoutCell = { ...span, row: cellRow, column: cellColumn, hasAddress: attribute(e, 'r') !== undefined, open: e, formula: formulaDone };
        rowCells?.push(cell);
        if (formulaDone?.type === 'shared' && formulaDone.text === '') sharedFollowers.push(cell);
        cellOpen = undefined;
      } else if (rowOpen && e === rowOpen) {
        rows.push({ ...span, row: rowNumber, hasAddress: attribute(e, 'r') !== undefined, open: e, cells: rowCells });
        rowOpen = undefined;
        rowCells = undefined;
      } else if (e.local === 'sheetData' && depth === 1) {
        sheetData = span;
        inSheetData = false;
      }
    },
    text(t) {
      if (formula) formula.text += t;
    },
  }, source);
  return { prefix, sheetData, dimension, columnStyles, rows, sharedFollowers };
}
