import { a1, parseA1 } from '../../shared/sheet/a1';
import { FileProblem } from '../file-problem';
import { SML } from '../xml/namespaces';
import { attribute, type XmlOpen } from '../xml/scan-xml';
import { decodeCellText } from '../xml/xml-text';
import { serialToDate } from './number-formats';
import { MAX_COLUMNS, MAX_GRID_CELLS, MAX_ROWS, type SheetGrid } from './sheet-grid';
import type { SharedStrings } from './shared-strings';
import { shiftFormula } from './shift-formula';
import { streamPart } from './stream-part';
import type { WorkbookPackage } from './workbook-package';

export interface SheetContext {
  readonly strings: SharedStrings;
  readonly isDate: (style: number) => boolean;
  readonly date1904: boolean;
}

/** Rows that hold no cell share one frozen empty row: a stray value far down costs no memory per empty row. */
const EMPTY_ROW: unknown[] = Object.freeze([]) as unknown as unknown[];

interface CellState {
  row: number;
  column: number;
  type: string | undefined;
  style: number;
  value: string;
  inValue: boolean;
  inlineText: string;
  inInline: number;
  richRuns: boolean;
  phonetic: number;
  formula: string;
  inFormula: boolean;
  formulaType: string | undefined;
  sharedIndex: string | undefined;
  hasFormula: boolean;
  hasValue: boolean;
}

/**
 * Reads a worksheet part into the plain 2-D arrays the core takes from every host, parsing the XML
 * as it inflates. Values are what the cell shows (a formula's cached result), formulas are spelled
 * out for every cell of a shared formula, merged cells show their value once (in the top-left
 * cell), rows and cells without an address follow the previous one (ECMA-376 Part 1, §18.3.1.73,
 * §18.3.1.4). A row or column past Excel's grid is refused at once, naming the cell.
 */
export function readSheet(pkg: WorkbookPackage, name: string, part: string, context: SheetContext): SheetGrid {
  const values: unknown[][] = [];
  const formulas: (string | null)[][] = [];
  const rowHeights: (number | undefined)[] = [];
  const widths: { min: number; max: number; width: number }[] = [];
  const merges: string[] = [];
  const richCells: string[] = [];
  const masters = new Map<string, { row: number; column: number; formula: string }>();
  let cells = 0;
  let rowNumber = 0;
  let rowValues: unknown[] | undefined;
  let rowFormulas: (string | null)[] | undefined;
  let previousColumn = 0;
  let inSheetData = false;
  let cell: CellState | undefined;
  let rowOutside: number | undefined;

  const outside = (where: string): FileProblem => new FileProblem(
    `Tệp "${pkg.file}", trang tính "${name}": ô ${where} nằm ngoài giới hạn của bảng tính (${MAX_ROWS.toLocaleString('vi-VN')} dòng, cột XFD). Tệp bị hỏng hoặc được tạo sai; hãy mở bằng Excel, xoá ô đó rồi lưu lại.`,
    `"${pkg.file}", sheet "${name}": cell ${where} lies outside a spreadsheet's grid (${MAX_ROWS.toLocaleString('en-US')} rows, column XFD). The file is damaged or badly made; open it in Excel, delete that cell and save.`,
  );
  const tooWide = (farthest: string): FileProblem => new FileProblem(
    `Tệp "${pkg.file}", trang tính "${name}": dữ liệu trải quá rộng (đến ô ${farthest}), vượt giới hạn ${MAX_GRID_CELLS.toLocaleString('vi-VN')} ô mà công cụ đọc được ` +
      `(đếm từ cột A đến ô cuối của từng dòng). Hãy xoá các ô thừa nằm xa bảng rồi lưu lại và chạy lại.`,
    `"${pkg.file}", sheet "${name}": the data spreads too far (to ${farthest}), beyond the ${MAX_GRID_CELLS.toLocaleString('en-US')} cells this tool reads ` +
      `(counted from column A to each row's last cell). Delete the stray cells far from the table, save, and run again.`,
  );

  const startRow = (e: XmlOpen): void => {
    const r = attribute(e, 'r');
    const n = r === undefined ? rowNumber + 1 : Number(r);
    if (!Number.isInteger(n) || n < 1) throw outside(`ở dòng "${r ?? ''}"`);
    if (n > MAX_ROWS) {
      // Said at its first cell, which names itself; a row with no cell is named by its first column.
      rowOutside = n;
      return;
    }
    rowNumber = n;
    previousColumn = 0;
    // Rows come in order in every writer; a row given twice or out of order joins the row it names.
    while (values.length < n) {
      values.push(EMPTY_ROW);
      formulas.push(EMPTY_ROW as (string | null)[]);
      rowHeights.push(undefined);
    }
    const index = n - 1;
    rowValues = values[index] === EMPTY_ROW ? [] : values[index];
    rowFormulas = formulas[index] === EMPTY_ROW ? [] : formulas[index];
    values[index] = rowValues ?? [];
    formulas[index] = rowFormulas ?? [];
    const ht = attribute(e, 'ht');
    if (ht !== undefined && Number.isFinite(Number(ht))) rowHeights[index] = Number(ht);
  };

  const finishCell = (c: CellState): void => {
    if (!rowValues || !rowFormulas) return;
    let formula: string | null = null;
    if (c.hasFormula) {
      if (c.formula !== '') {
        formula = c.formula;
        if (c.formulaType === 'shared' && c.sharedIndex !== undefined) masters.set(c.sharedIndex, { row: c.row, column: c.column, formula: c.formula });
      } else if (c.formulaType === 'shared' && c.sharedIndex !== undefined) {
        const master = masters.get(c.sharedIndex);
        if (master) formula = shiftFormula(master.formula, c.row - master.row, c.column - master.column);
      }
    }
    const value = cellValue(c, context);
    if (!formula && (c.type === 'inlineStr' ? c.richRuns : c.type === 's' && context.strings.rich.has(Number(c.value)))) richCells.push(a1(c.row, c.column));
    const column = c.column;
    cells += Math.max(0, column - rowValues.length);
    if (cells > MAX_GRID_CELLS) throw tooWide(a1(c.row, column));
    while (rowValues.length < column - 1) {
      rowValues.push(null);
      rowFormulas.push(null);
    }
    if (rowValues.length >= column) {
      rowValues[column - 1] = value;
      rowFormulas[column - 1] = formula;
    } else {
      rowValues.push(value);
      rowFormulas.push(formula);
    }
  };

  streamPart(pkg, part, {
    open(e) {
      if (!SML.has(e.uri)) return;
      if (cell) {
        if (e.local === 'v') cell.inValue = true;
        else if (e.local === 'f') {
          cell.inFormula = true;
          cell.hasFormula = true;
          cell.formulaType = attribute(e, 't');
          cell.sharedIndex = attribute(e, 'si');
        } else if (e.local === 'is') cell.inInline++;
        else if (e.local === 'rPh') cell.phonetic++;
        return;
      }
      switch (e.local) {
        case 'sheetData':
          inSheetData = true;
          break;
        case 'row':
          if (inSheetData) startRow(e);
          break;
        case 'c': {
          if (!inSheetData) break;
          if (rowOutside !== undefined) throw outside(attribute(e, 'r') ?? `A${rowOutside}`);
          if (!rowValues) startRow({ ...e, attributes: {} });
          const r = attribute(e, 'r');
          const at = r === undefined ? undefined : parseA1(r);
          let column = at ? at.column : previousColumn + 1;
          if (r !== undefined && !at) {
            const letters = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(r);
            throw outside(letters ? r : `"${r}"`);
          }
          if (at && at.row !== rowNumber) {
            // A cell that names another row than its row element: its own address wins, as Excel reads it.
            if (at.row > MAX_ROWS) throw outside(r ?? '');
            startRow({ ...e, attributes: { r: { name: 'r', prefix: '', local: 'r', uri: '', value: String(at.row) } } });
            column = at.column;
          }
          if (column > MAX_COLUMNS) throw outside(r ?? a1(rowNumber, column));
          previousColumn = column;
          const s = Number(attribute(e, 's') ?? 0);
          cell = {
            row: rowNumber, column, type: attribute(e, 't'), style: Number.isInteger(s) ? s : 0, value: '', inValue: false, inlineText: '', inInline: 0, richRuns: false,
            phonetic: 0, formula: '', inFormula: false, formulaType: undefined, sharedIndex: undefined, hasFormula: false, hasValue: false,
          };
          break;
        }
        case 'col': {
          const min = Number(attribute(e, 'min'));
          const max = Number(attribute(e, 'max'));
          const width = Number(attribute(e, 'width'));
          if (Number.isInteger(min) && Number.isInteger(max) && Number.isFinite(width) && attribute(e, 'width') !== undefined) widths.push({ min, max: Math.min(max, MAX_COLUMNS), width });
          break;
        }
        case 'mergeCell': {
          const ref = attribute(e, 'ref');
          if (ref) merges.push(ref);
          break;
        }
        default:
      }
    },
    close({ open: e }) {
      if (!SML.has(e.uri)) return;
      if (cell) {
        if (e.local === 'v') cell.inValue = false;
        else if (e.local === 'f') cell.inFormula = false;
        else if (e.local === 'is') cell.inInline--;
        else if (e.local === 'rPh') cell.phonetic--;
        else if (e.local === 'c') {
          finishCell(cell);
          cell = undefined;
        }
        return;
      }
      if (e.local === 'sheetData') inSheetData = false;
      else if (e.local === 'row') {
        if (rowOutside !== undefined) throw outside(`A${rowOutside}`);
        rowValues = undefined;
        rowFormulas = undefined;
      }
    },
    text(t) {
      if (!cell) return;
      if (cell.inFormula) cell.formula += t;
      else if (cell.inValue) {
        cell.value += t;
        cell.hasValue = true;
      } else if (cell.inInline > 0 && cell.phonetic === 0) {
        cell.inlineText += t;
        cell.hasValue = true;
      }
    },
  });

  // A merged range shows its value once, in its top-left cell, as every spreadsheet reports it; only cells that exist are visited.
  for (const ref of merges) {
    const [from, to] = ref.split(':');
    const a = parseA1(from ?? '');
    const b = parseA1(to ?? from ?? '');
    if (!a || !b) continue;
    const lastRow = Math.min(Math.max(a.row, b.row), values.length);
    for (let r = Math.min(a.row, b.row); r <= lastRow; r++) {
      const rowV = values[r - 1];
      const rowF = formulas[r - 1];
      if (!rowV || !rowF || rowV === EMPTY_ROW) continue;
      const lastColumn = Math.min(Math.max(a.column, b.column), rowV.length);
      for (let c = Math.min(a.column, b.column); c <= lastColumn; c++) {
        if (r === Math.min(a.row, b.row) && c === Math.min(a.column, b.column)) continue;
        rowV[c - 1] = null;
        rowF[c - 1] = null;
      }
    }
  }
  // Widths only up to the farthest filled column: a stray cell far right costs one short array, not a column object each.
  const width = values.reduce((m, r) => Math.max(m, r.length), 0);
  const columnWidths: (number | undefined)[] = Array.from({ length: width }, () => undefined);
  for (const w of widths) for (let c = w.min; c <= Math.min(w.max, width); c++) columnWidths[c - 1] = w.width;
  return { name, values, formulas, columnWidths, rowHeights, richCells };
}

function cellValue(c: CellState, context: SheetContext): unknown {
  switch (c.type) {
    case 's': {
      const text = context.strings.strings[Number(c.value)];
      return c.hasValue && text !== undefined ? text : null;
    }
    case 'inlineStr':
      return c.hasValue ? decodeCellText(c.inlineText) : null;
    case 'str':
      return c.hasValue ? decodeCellText(c.value) : null;
    case 'b':
      return c.hasValue ? c.value.trim() === '1' || c.value.trim() === 'true' : null;
    case 'e':
      return c.hasValue ? c.value : null;
    case 'd': {
      const d = new Date(c.value);
      return c.hasValue && !Number.isNaN(d.getTime()) ? d : null;
    }
    default: {
      if (!c.hasValue || c.value.trim() === '') return null;
      const n = Number(c.value);
      if (!Number.isFinite(n)) return c.value;
      return context.isDate(c.style) ? serialToDate(n, context.date1904) : n;
    }
  }
}
