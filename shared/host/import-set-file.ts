import { documentGrid, type DocumentBlock } from '../criteria/import/document-grid';
import { findDecisionHeader } from '../criteria/import/find-decision-header';
import { importCriteriaTable, type ImportResult } from '../criteria/import/import-criteria-table';
import type { SetInfo } from '../criteria/import/set-info-from-text';
import type { Grid } from './grid';

/**
 * A decision's criteria table from its Word document: the table and what follows it, the paragraphs
 * before it telling the decision, province and year. Undefined when the document has no criteria
 * table. `cchc import-set` and the web page import a .docx through this one function.
 */
export function importSetFromDocument(blocks: readonly DocumentBlock[], defaultYear: number, info?: SetInfo): ImportResult | undefined {
  const grid = documentGrid(blocks);
  if (!grid) return undefined;
  return importCriteriaTable(grid.values, { info, context: grid.context, notes: grid.notes, defaultYear });
}

/** The criteria table pasted into a workbook: the first sheet whose rows hold the decision's header, with that sheet's name. */
export function importSetFromSheets(grids: Iterable<Pick<Grid, 'name' | 'values'>>, defaultYear: number, info?: SetInfo): { result: ImportResult; sheet: string } | undefined {
  for (const grid of grids) {
    if (findDecisionHeader(grid.values)) return { result: importCriteriaTable(grid.values, { info, defaultYear }), sheet: grid.name };
  }
  return undefined;
}
