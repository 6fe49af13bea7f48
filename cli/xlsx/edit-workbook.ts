import { dropCachedResults } from './cached-results';
import { CellStyles } from './cell-styles';
import { patchRowHeights, patchSheetCells, type CellEdit } from './sheet-cells';
import { WorkbookPackage } from './workbook-package';
import { escapeText } from './xml-text';

export interface SheetEdits {
  /** The worksheet's name, as the workbook lists it. */
  readonly sheet: string;
  readonly edits: readonly CellEdit[];
  /** Rows to make at least this tall (points), where written or typed text wraps over more lines. */
  readonly rowHeights?: readonly { readonly row: number; readonly height: number }[];
}

/**
 * A copy of an .xlsx file with only the given cells written, and what those cells need: a cell
 * format for a number format we add. Every other part of the package (other sheets, charts,
 * drawings, images, comments, sparklines, extLst, custom properties) is kept as it was; formulas
 * are computed again when the copy is opened (their cached results go where they may be stale). With nothing to write, the copy is the input itself.
 */
export async function editWorkbook(input: Uint8Array, sheets: readonly SheetEdits[]): Promise<Uint8Array> {
  const todo = sheets.filter((s) => s.edits.length > 0);
  if (todo.length === 0) return input;
  const pkg = await WorkbookPackage.open(input);
  const stylesPart = await pkg.workbookPartOfType('styles');
  const styles = new CellStyles(stylesPart ? await pkg.text(stylesPart) : undefined);
  const edited = new Set<string>();
  for (const { sheet, edits, rowHeights } of todo) {
    const part = await pkg.sheetPart(sheet);
    const xml = part ? await pkg.text(part) : undefined;
    if (!part || xml === undefined) throw new Error(`worksheet "${sheet}" not found in the package`);
    pkg.setText(part, dropCachedResults(patchRowHeights(patchSheetCells(xml, edits, styles), rowHeights ?? [])));
    edited.add(part);
  }
  // Formulas of other sheets that name an edited sheet lose their cached results too.
  const names = todo.map((s) => escapeText(s.sheet).toLocaleLowerCase('vi'));
  for (const part of await pkg.sheetParts()) {
    if (edited.has(part)) continue;
    const xml = await pkg.text(part);
    if (xml === undefined) continue;
    const lower = xml.toLocaleLowerCase('vi');
    if (names.some((n) => lower.includes(n))) pkg.setText(part, dropCachedResults(xml));
  }
  const stylesXml = styles.toXml();
  if (stylesPart && stylesXml !== undefined) pkg.setText(stylesPart, stylesXml);
  await pkg.recalculateOnOpen();
  return pkg.toBuffer();
}
