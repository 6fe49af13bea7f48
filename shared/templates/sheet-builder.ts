import { a1 } from '../sheet/a1';
import type { CellSpec, ConditionalFormatSpec, RowKind, RowSpec, ValidationSpec } from './sheet-spec';

/** Collects rows, merges, validations and formats in sheet order; row numbers are 1-based, as formulas need them. */
export class SheetBuilder {
  readonly rows: RowSpec[] = [];
  readonly merges: string[] = [];
  readonly validations: ValidationSpec[] = [];
  readonly conditionalFormats: ConditionalFormatSpec[] = [];

  /** The first row printed: rows above it hold notes for the screen only. */
  printFrom = 1;

  constructor(readonly width: number) {}

  /** The sheet row the next added row will occupy. */
  get nextRow(): number {
    return this.rows.length + 1;
  }

  add(kind: RowKind, cells: readonly (CellSpec | null)[], height?: number): number {
    this.rows.push(height === undefined ? { kind, cells } : { kind, cells, height });
    return this.rows.length;
  }

  /** One cell spanning columns `from`..`to` of a new row. */
  addSpanning(kind: RowKind, cell: CellSpec, from = 1, to = this.width, height?: number): number {
    const cells: (CellSpec | null)[] = Array.from({ length: from - 1 }, () => null);
    cells.push(cell);
    const row = this.add(kind, cells, height);
    if (to > from) this.merge(row, from, row, to);
    return row;
  }

  merge(row1: number, col1: number, row2: number, col2: number): void {
    this.merges.push(`${a1(row1, col1)}:${a1(row2, col2)}`);
  }
}

export function range(row1: number, col1: number, row2: number, col2: number): string {
  return `${a1(row1, col1)}:${a1(row2, col2)}`;
}
