import type { DecimalSeparator } from '../numbers/parse-decimal';
import { cleanResidue } from '../numbers/clean-residue';
import { foldDiacritics } from '../text/fold-diacritics';
import type { ScoreColumn, ScoreLayout, TargetLayout } from '../validate/table-layout';

export type FoundTable =
  | { readonly kind: 'score'; readonly headerRow: number; readonly layout: ScoreLayout; readonly block: unknown[][] }
  | { readonly kind: 'target'; readonly headerRow: number; readonly layout: TargetLayout; readonly block: unknown[][] };

const SCORE_ROLES: readonly (readonly [ScoreColumn, (h: string) => boolean])[] = [
  ['code', (h) => /^(stt|tt|so tt|ma|ma so|ma tieu chi)$/.test(h)],
  ['name', (h) => h.includes('tieu chi') || h.includes('linh vuc') || h.includes('noi dung')],
  ['max', (h) => h.includes('diem chuan') || h.includes('diem toi da')],
  ['self', (h) => h.includes('tu danh gia') || h.includes('tu cham')],
  ['appraised', (h) => h.includes('tham dinh') && !h.includes('y kien')],
  ['deduction', (h) => h.includes('bi tru') || h.includes('diem tru')],
  ['opinion', (h) => h.includes('y kien')],
  ['responsible', (h) => h.includes('chiu trach nhiem')],
  ['evidence', (h) => h.includes('kiem chung')],
  ['result', (h) => h.startsWith('ket qua thuc hien')],
  ['resultBase', (h) => h.startsWith('tong so')],
];

const SCAN_ROWS = 60;

function fold(value: unknown): string {
  if (value === null || value === undefined) return '';
  return foldDiacritics(cleanResidue(String(value))).replace(/[.:]+$/, '');
}

/**
 * Finds the table in a sheet the way staff lay it out: the header row anywhere in the first rows,
 * header rows repeated at page breaks, a numbered column row (1, 2, 3 …), blank rows between. The
 * block keeps the sheet's row numbering; rows that are not data come back empty.
 */
export function findTable(values: readonly (readonly unknown[])[], decimal: DecimalSeparator = ','): FoundTable | undefined {
  const limit = Math.min(values.length, SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const headers = headersOf(values[r]);
    const score = scoreColumns(headers);
    if (score) {
      return { kind: 'score', headerRow: r + 1, layout: { kind: 'score', firstRow: r + 2, firstColumn: 1, decimal, columns: score }, block: bodyAfter(values, r) };
    }
  }
  for (let r = 0; r < limit; r++) {
    const headers = headersOf(values[r]);
    const target = targetColumns(headers);
    if (target) {
      return { kind: 'target', headerRow: r + 1, layout: { kind: 'target', firstRow: r + 2, firstColumn: 1, decimal, columns: target }, block: bodyAfter(values, r) };
    }
  }
  return undefined;
}

/** Array.from, not map: a sparse row (holes where a host read nothing) must give '' for each hole, not skip it. */
function headersOf(row: readonly unknown[] | undefined): string[] {
  return Array.from(row ?? [], fold);
}

function scoreColumns(headers: readonly string[]): Partial<Record<ScoreColumn, number>> | undefined {
  const columns: Partial<Record<ScoreColumn, number>> = {};
  headers.forEach((h, i) => {
    if (!h) return;
    const role = SCORE_ROLES.find(([r, test]) => columns[r] === undefined && test(h))?.[0];
    if (role) columns[role] = i;
  });
  const ok = columns.code !== undefined && columns.max !== undefined && (columns.self !== undefined || columns.appraised !== undefined);
  return ok ? columns : undefined;
}

function targetColumns(headers: readonly string[]): TargetLayout['columns'] | undefined {
  const code = headers.findIndex((h) => /^(stt|tt)$/.test(h));
  const name = headers.findIndex((h) => h.includes('chi tieu') || h.includes('noi dung') || h.includes('muc tieu'));
  const unit = headers.findIndex((h) => /^(don vi|don vi tinh|dvt)$/.test(h));
  const values = headers
    .map((h, i) => [h, i] as const)
    .filter(([h, i]) => i !== name && i !== code && !/co quan|don vi|ghi chu|san pham|linh vuc/.test(h) &&
      (/nam \d{4}|\bnam n\b|den nam|du kien|chi tieu dat|ket qua/.test(h)))
    .map(([, i]) => i);
  if (code < 0 || name < 0 || values.length === 0) return undefined;
  return { code, name, ...(unit >= 0 ? { unit } : {}), values };
}

/** The rows below the header, with repeated headers and numbered column rows blanked so they read as nothing. */
function bodyAfter(values: readonly (readonly unknown[])[], headerIndex: number): unknown[][] {
  const header = (values[headerIndex] ?? []).map(fold).join('|');
  let last = values.length - 1;
  while (last > headerIndex && (values[last] ?? []).every((v) => fold(v) === '')) last--;
  return values.slice(headerIndex + 1, last + 1).map((row) => {
    // Most rows of a sheet with a stray far cell are empty: no folding, no allocation beyond the row itself.
    if (row.every(isBlank)) return [];
    const folded = row.map(fold);
    if (folded.join('|') === header) return [];
    if (isColumnNumberRow(row)) return [];
    return [...row];
  });
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

function isColumnNumberRow(row: readonly unknown[]): boolean {
  const filled = row.map((v) => (v === null || v === undefined ? '' : String(v).trim())).filter((v) => v !== '');
  return filled.length >= 3 && filled.every((v, i) => v === String(i + 1));
}
