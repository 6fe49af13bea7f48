/**
 * Text as a host must be handed it so that it stays text. Excel's `formulas`/`values` and Sheets'
 * `setValues` read a string as if the user typed it, in the US locale for Excel
 * (https://github.com/OfficeDev/office-js/issues/1559): "1." becomes the number 1, "100%" the number
 * 1, "1/2" a date, "TRUE" a boolean, "=…" a formula. A leading apostrophe is the spreadsheet's own
 * "this is text" mark and is not stored, so every string gets one (a string already starting with
 * an apostrophe keeps it, behind the mark). The empty string clears the cell and gets none.
 */
export function asTypedText(text: string): string {
  return text === '' ? '' : `'${text}`;
}
