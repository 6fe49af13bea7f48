/**
 * Which cell formats show a number as a date or time, so the reader hands the core a date as every
 * spreadsheet shows it (the core reads a date as its ISO day). Built-in ids are those ECMA-376 Part 1,
 * §18.8.30 lists as dates and times (14–22, 45–47) and the East Asian date ids (27–36, 50–58).
 */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

export function isDateFormat(id: number, code: string | undefined): boolean {
  if (code === undefined) return BUILT_IN_DATES.has(id);
  // Only the first section (positive numbers) decides; quoted text, escaped characters and bracketed colours or conditions are not codes.
  const first = code.split(';')[0] ?? '';
  const bare = first.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[(?![hms]+\])[^\]]*\]/gi, '').replace(/_.|\*./g, '');
  if (/^general$/i.test(bare.trim()) || bare.trim() === '@') return false;
  return /[dmyhs]/i.test(bare);
}

/** An Excel serial day as a date (1900 system, or 1904 when the workbook says so), as exceljs read it before. */
export function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}
