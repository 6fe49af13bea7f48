import type { RatingBand } from '../criteria/criteria-set';

/** Nested IFs from the highest band down, so the sheet rates itself without the add-in. */
export function ratingFormula(indexCell: string, scale: readonly RatingBand[]): string {
  const bands = [...scale].sort((a, b) => b.min - a.min);
  const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  let formula = '""';
  for (const band of [...bands].reverse()) formula = `IF(${indexCell}>=${band.min},${quote(band.label)},${formula})`;
  return `IF(${indexCell}="","",${formula})`;
}
