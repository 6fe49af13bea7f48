/** What was done to a workbook, in the words its downloaded copy is named by. */
export type Change = 'fixed' | 'scored' | 'cleaned';

const WORDS: Readonly<Record<Change, string>> = { fixed: 'đã sửa', scored: 'đã chấm điểm', cleaned: 'đã làm sạch' };

/** The name without its extension ("vinh-linh" for "vinh-linh.xlsx"). */
export function baseName(fileName: string): string {
  return fileName.replace(/\.(xlsx|xlsm|xltx|xltm)$/i, '');
}

/**
 * The changed copy's name, after the input and what was done, in order: "vinh-linh (đã chấm
 * điểm).xlsx", "vinh-linh (đã sửa, đã chấm điểm).xlsx". The extension stays (a macro workbook keeps
 * its .xlsm), so the copy never takes the input's own name.
 */
export function changedName(fileName: string, changes: readonly Change[]): string {
  const ext = /\.(xlsx|xlsm|xltx|xltm)$/i.exec(fileName)?.[0] ?? '.xlsx';
  return `${baseName(fileName)} (${changes.map((c) => WORDS[c]).join(', ')})${ext}`;
}

/** A new workbook's name from its sheet's: characters no file system takes become "-". */
export function newFileName(title: string): string {
  return `${title.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-').trim() || 'CCHC'}.xlsx`;
}
