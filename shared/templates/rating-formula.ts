import type { RatingBand } from '../criteria/criteria-set';

/**
 * Excel refuses a formula holding a text constant longer than 255 characters ("Text values in
 * formulas are limited to 255 characters":
 * https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3),
 * so a longer label is written as pieces joined with "&", each within the limit.
 */
const MAX_TEXT_CONSTANT = 255;

export function textConstant(text: string): string {
  // Counted in UTF-16 units as Excel counts them, never splitting a surrogate pair.
  const pieces: string[] = [];
  let current = '';
  for (const ch of text) {
    if (current.length + ch.length > MAX_TEXT_CONSTANT) {
      pieces.push(current);
      current = '';
    }
    current += ch;
  }
  if (current || pieces.length === 0) pieces.push(current);
  return pieces.map((p) => `"${p.replace(/"/g, '""')}"`).join('&');
}

/** Nested IFs from the highest band down, so the sheet rates itself without the add-in. */
export function ratingFormula(indexCell: string, scale: readonly RatingBand[]): string {
  const bands = [...scale].sort((a, b) => b.min - a.min);
  let formula = '""';
  for (const band of [...bands].reverse()) formula = `IF(${indexCell}>=${band.min},${textConstant(band.label)},${formula})`;
  return `IF(${indexCell}="","",${formula})`;
}
