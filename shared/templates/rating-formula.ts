import type { RatingBand } from '../criteria/criteria-set';
import { textConstant } from '../rules/sheet/formula-parts';

/** Nested IFs from the highest band down, so the sheet rates itself without the add-in. */
export function ratingFormula(indexCell: string, scale: readonly RatingBand[]): string {
  const bands = [...scale].sort((a, b) => b.min - a.min);
  let formula = '""';
  for (const band of [...bands].reverse()) formula = `IF(${indexCell}>=${band.min},${textConstant(band.label)},${formula})`;
  return `IF(${indexCell}="","",${formula})`;
}
