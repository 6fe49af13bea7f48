import { fitScale, READABLE_SCALE } from './print-scale';
import { withRowHeights } from './row-heights';
import type { SheetBuilder } from './sheet-builder';
import type { SheetSpec, TableMeta } from './sheet-spec';
import type { TemplateOptions } from './template-options';

export interface FinishOptions {
  readonly templateId: string;
  readonly name: string;
  readonly columns: readonly number[];
  /** Columns the template keeps for itself, hidden (see SheetSpec.hiddenColumns). */
  readonly hiddenColumns?: { readonly first: number; readonly last: number };
  readonly table: TableMeta;
  /** Rows repeated on every printed page: the header rows and the numbered column row. */
  readonly repeatRows: { readonly first: number; readonly last: number };
}

/** Worksheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, '-').slice(0, 31);
}

const MARGINS = { top: 20, bottom: 20, left: 30, right: 15 } as const;

/**
 * A4, Nghị định 30 margins, Times New Roman, header frozen and repeated, one page wide; landscape
 * when the columns would print below a readable scale on a portrait page. Rows with wrapped text get
 * their heights here, once for every host.
 */
export function finishSheet(b: SheetBuilder, options: TemplateOptions, f: FinishOptions): SheetSpec {
  const orientation = options.orientation ?? (fitScale(f.columns, { orientation: 'portrait', margins: MARGINS }) >= READABLE_SCALE ? 'portrait' : 'landscape');
  return withRowHeights({
    templateId: f.templateId,
    name: sheetName(f.name),
    font: { name: 'Times New Roman', size: 12 },
    columns: f.columns,
    ...(f.hiddenColumns ? { hiddenColumns: f.hiddenColumns } : {}),
    rows: b.rows,
    merges: b.merges,
    frozen: { rows: f.repeatRows.last, columns: 0 },
    print: {
      paper: 'A4',
      orientation,
      margins: MARGINS,
      repeatRows: f.repeatRows,
      fitToWidth: true,
      pageNumbers: true,
      ...(b.printFrom > 1 ? { firstRow: b.printFrom } : {}),
    },
    validations: b.validations,
    conditionalFormats: b.conditionalFormats,
    table: f.table,
  });
}
