/** What every host reads from a sheet: its name, the values it shows, and the formula of each cell (or null). */
export interface Grid {
  readonly name: string;
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly (string | null)[])[];
}
