/**
 * Control characters that reach a terminal act instead of showing: ESC starts sequences that set
 * the window title, clear the screen, move the cursor or hide text; CR rewrites the line; C1 codes
 * (U+0080–U+009F) are the same commands in one character on many terminals; the bidirectional
 * overrides and isolates reorder what is shown. A cell, a sheet name or a file name can hold any
 * of them (a workbook's `_x001B_` is an ESC once read), so every line cchc prints passes here.
 * Line feeds and tabs stay: cchc's own messages use them, and they show as what they are.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * Each unsafe character becomes its JSON escape, `\u001b`: readable in text, and in JSON output
 * (where JSON.stringify already escapes C0 but leaves DEL, C1 and the bidi controls raw) it is the
 * same string, so the output stays valid JSON with the same values.
 */
export function terminalSafe(line: string): string {
  return line.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
