/** What every host reads from a sheet: its name, the values it shows, and the formula of each cell (or null). */
export interface Grid {
  readonly name: string;
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly (string | null)[])[];
  /** Column widths in characters, where the host reads them (the .xlsx reader does). */
  readonly columnWidths?: readonly (number | undefined)[];
  /** Row heights in points, undefined where the row keeps the default. */
  readonly rowHeights?: readonly (number | undefined)[];
}
