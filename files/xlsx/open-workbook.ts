import { FileProblem } from '../file-problem';
import { Budget, MAX_INFLATED_BYTES } from '../zip/budget';
import { readDateFormats } from './cell-formats';
import { sniffFormat, notSpreadsheet } from './file-format';
import { readSheet, type SheetContext } from './read-sheet';
import { readSharedStrings } from './shared-strings';
import type { SheetGrid } from './sheet-grid';
import { WorkbookPackage, type SheetState, type WorkbookKind } from './workbook-package';

export interface SheetInfo {
  readonly name: string;
  readonly state: SheetState;
}

/** A workbook opened for reading: its sheets, which one it opens on, and each worksheet's grid on demand. */
export interface OpenedWorkbook {
  readonly file: string;
  readonly kind: WorkbookKind;
  /** Worksheets in workbook order (chart sheets left out). */
  readonly sheets: readonly SheetInfo[];
  /** The sheet the workbook opens on, when it is a worksheet. */
  readonly activeSheet: string | undefined;
  grid(sheet: string): SheetGrid;
}

/**
 * Opens an .xlsx (or .xlsm, .xltx) from its bytes. Anything that is not one gets the message of its
 * kind; a damaged or hostile package a message naming the part; every input is read within one
 * budget of inflated bytes. Grids are read when first asked for, so a command that needs one sheet
 * does not parse the others.
 */
export function openWorkbook(bytes: Uint8Array, file: string): OpenedWorkbook {
  const format = sniffFormat(bytes);
  if (format.kind !== 'xlsx') throw notSpreadsheet(file, format.kind);
  const budget = new Budget(file, MAX_INFLATED_BYTES);
  const pkg = WorkbookPackage.open(bytes, file, budget);
  const entries = pkg.sheets().filter((s) => s.part !== undefined);
  let context: SheetContext | undefined;
  const grids = new Map<string, SheetGrid>();
  const active = pkg.activeSheet();
  return {
    file,
    kind: pkg.kind(),
    sheets: entries.map((s) => ({ name: s.name, state: s.state })),
    activeSheet: active?.part ? active.name : undefined,
    grid(sheet) {
      const known = grids.get(sheet);
      if (known) return known;
      const entry = entries.find((s) => s.name === sheet);
      if (!entry?.part) {
        throw new FileProblem(`Tệp "${file}" không có trang tính "${sheet}".`, `"${file}" has no sheet "${sheet}".`);
      }
      context ??= { strings: readSharedStrings(pkg), isDate: readDateFormats(pkg), date1904: pkg.date1904() };
      const grid = readSheet(pkg, entry.name, entry.part, context);
      grids.set(sheet, grid);
      return grid;
    },
  };
}
