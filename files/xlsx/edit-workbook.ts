import { dropCachedResults, formulasMention } from './cached-results';
import { CellStyles } from './cell-styles';
import { patchRowHeights, patchSheetCells, type CellEdit } from './sheet-cells';
import { WorkbookPackage } from './workbook-package';

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
 * drawings, images, comments, sparklines, extLst, custom properties, macros) is kept as it was;
 * formulas are computed again when the copy is opened: their cached results go wherever they may
 * be stale (the edited sheets, and every sheet whose formulas name one of them, transitively). A
 * template comes back as the workbook Excel would save from it. With nothing to write, the copy is
 * the input itself.
 */
export function editWorkbook(input: Uint8Array, sheets: readonly SheetEdits[], file = ''): Uint8Array {
  const todo = sheets.filter((s) => s.edits.length > 0);
  if (todo.length === 0) return input;
  const pkg = WorkbookPackage.open(input, file);
  const stylesPart = pkg.workbookPartOfType('styles');
  const styles = new CellStyles(stylesPart ? pkg.text(stylesPart) : undefined, { file, part: stylesPart ?? 'styles' });
  const edited = new Set<string>();
  for (const { sheet, edits, rowHeights } of todo) {
    const part = pkg.sheetPart(sheet);
    const xml = part ? pkg.text(part) : undefined;
    if (!part || xml === undefined) throw new Error(`worksheet "${sheet}" not found in the package`);
    const source = { file, part };
    pkg.setText(part, dropCachedResults(patchRowHeights(patchSheetCells(xml, edits, styles, source), rowHeights ?? [], source), source));
    edited.add(part);
  }
  // Formulas of other sheets that name a changed sheet lose their cached results too, and so on for the sheets that name those.
  const changedNames = todo.map((s) => s.sheet);
  for (let grew = true; grew;) {
    grew = false;
    for (const entry of pkg.sheets()) {
      if (!entry.part || edited.has(entry.part)) continue;
      const xml = pkg.text(entry.part);
      const source = { file, part: entry.part };
      if (xml === undefined || !formulasMention(xml, changedNames, source)) continue;
      pkg.setText(entry.part, dropCachedResults(xml, source));
      edited.add(entry.part);
      changedNames.push(entry.name);
      grew = true;
    }
  }
  const stylesXml = styles.toXml();
  if (stylesPart && stylesXml !== undefined) pkg.setText(stylesPart, stylesXml);
  pkg.recalculateOnOpen();
  pkg.saveTemplateAsWorkbook();
  return pkg.toBytes();
}
