import type { PrintSpec, SheetSpec } from './sheet-spec';
import { spanWidthPoints } from './row-heights';

const POINTS_PER_MM = 72 / 25.4;
const A4_MM = { short: 210, long: 297 } as const;

/** The smallest scale at which staff still read a 12-point table comfortably (about 10 points on paper). */
export const READABLE_SCALE = 0.8;

/** Width of the printable area between the margins, in points. */
export function printableWidthPoints(print: Pick<PrintSpec, 'orientation' | 'margins'>): number {
  const paper = print.orientation === 'landscape' ? A4_MM.long : A4_MM.short;
  return (paper - print.margins.left - print.margins.right) * POINTS_PER_MM;
}

/** The scale fit-to-width prints at: 1 when the columns fit the page, less when they must shrink. */
export function fitScale(columns: readonly number[], print: Pick<PrintSpec, 'orientation' | 'margins'>): number {
  const width = spanWidthPoints(columns, 1, columns.length);
  return Math.min(1, printableWidthPoints(print) / width);
}

export function sheetFitScale(spec: SheetSpec): number {
  return fitScale(spec.columns, spec.print);
}
