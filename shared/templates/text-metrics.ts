/**
 * How much room text takes in a cell, estimated without a font renderer so every host computes the
 * same row heights. Widths are Times New Roman advance widths in ems, counted a little wide (SAFETY)
 * so an estimate errs on the side of a spare line rather than text printed over the row below.
 */
const SAFETY = 1.06;

/** Times New Roman advance widths (ems) of the letters that are not the common 0,5. */
const WIDTHS: Readonly<Record<string, number>> = {
  ' ': 0.25, a: 0.444, c: 0.444, e: 0.444, f: 0.333, i: 0.278, j: 0.278, l: 0.278, m: 0.778, r: 0.333, s: 0.389,
  t: 0.278, w: 0.722, z: 0.444, I: 0.333, J: 0.389, E: 0.611, F: 0.556, L: 0.611, M: 0.889, P: 0.556, S: 0.556,
  T: 0.611, W: 0.944, '.': 0.25, ',': 0.25, ':': 0.278, ';': 0.278, '(': 0.333, ')': 0.333, '-': 0.333,
  '/': 0.278, '%': 0.833, '"': 0.408, "'": 0.18, '…': 1,
};

/** Advance width of one character in ems. */
function charWidth(ch: string): number {
  // Vietnamese letters are as wide as their base letter: "Ư" as "U", "ệ" as "e".
  const c = ch === 'đ' ? 'd' : ch === 'Đ' ? 'D' : (ch.normalize('NFD')[0] ?? ch);
  const known = WIDTHS[c];
  if (known !== undefined) return known;
  if (/[A-Z]/.test(c)) return 0.722;
  return 0.5;
}

/** Bold Times is about a twentieth wider than regular. */
export function textWidthPoints(text: string, size: number, bold: boolean): number {
  let ems = 0;
  for (const ch of text) ems += charWidth(ch);
  return ems * size * SAFETY * (bold ? 1.05 : 1);
}

/**
 * A column width in characters as points on paper: the .xlsx unit is the width of a digit of the
 * workbook's default font (7 pixels at 96 dpi) plus 5 pixels of padding (ECMA-376 Part 1,
 * §18.3.1.13 "col": width = Truncate([{Number of Characters} * {Maximum Digit Width} + {5 pixel padding}]/{Maximum Digit Width}*256)/256).
 */
export function columnWidthPoints(characters: number): number {
  return (characters * 7 + 5) * 0.75;
}

/**
 * The inverse of `columnWidthPoints`: a width a host reports in points (Excel's `format.columnWidth`)
 * as the .xlsx characters the sheet description and the score planner count in. Sheets reports
 * pixels: 1 px is 0,75 pt at 96 dpi, so a host passes `pixels * 0.75`.
 */
export function charactersOfPoints(points: number): number {
  return Math.max(0, (points / 0.75 - 5) / 7);
}

/** Room a cell leaves for its text: the spreadsheet keeps a small margin on either side. */
const CELL_MARGIN_POINTS = 4;

/** Lines a wrapped text takes in a cell `widthPoints` wide: words wrap at spaces, a longer word breaks anywhere. */
export function wrappedLines(text: string, size: number, bold: boolean, widthPoints: number): number {
  const room = Math.max(1, widthPoints - CELL_MARGIN_POINTS);
  const space = textWidthPoints(' ', size, bold);
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(/ +/).filter((w) => w !== '')) {
      const width = textWidthPoints(word, size, bold);
      const needed = used === 0 ? width : used + space + width;
      if (needed <= room) {
        used = needed;
        continue;
      }
      if (used > 0) lines++;
      // A word wider than the cell continues on as many lines as it fills.
      const extra = Math.max(0, Math.ceil(width / room) - 1);
      lines += extra;
      used = width - extra * room;
    }
  }
  return Math.max(1, lines);
}

/** Height of one printed line of text at `size` points, as spreadsheets space Times New Roman. */
export function lineHeightPoints(size: number): number {
  return size * 1.2;
}

/**
 * Points of row height for `lines` lines at `size` points, with room above and below the text (half
 * the size in all, and a point): a row just as tall as its lines prints them touching the borders,
 * and a spreadsheet centres the line box, whose descent sits lower than its ascent.
 */
export function rowHeightFor(lines: number, size: number): number {
  return Math.ceil(lines * lineHeightPoints(size) + size / 2 + 1);
}
