import { cleanResidue } from '../../numbers/clean-residue';
import { foldDiacritics } from '../../text/fold-diacritics';

export interface DecisionColumns {
  /** STT / TT / Mã; absent when the numbering sits at the start of the name. */
  readonly code?: number | undefined;
  readonly name: number;
  readonly max: number;
  readonly evidence?: number | undefined;
  /** Ghi chú, Hướng dẫn chấm, Cách tính: where footnote formulas and conditions also appear. */
  readonly notes?: number | undefined;
}

export interface DecisionHeader {
  /** 0-based index of the (first) header row. */
  readonly row: number;
  /** 0-based index of the first row after the header, its second row and the numbered column row. */
  readonly bodyStart: number;
  readonly columns: DecisionColumns;
  /** The folded label of the name column, to skip the header where it repeats at a page break. */
  readonly nameLabel: string;
}

const SCAN_ROWS = 40;
const text = (v: unknown): string => (v === null || v === undefined ? '' : cleanResidue(String(v)));
const fold = (v: unknown): string => foldDiacritics(text(v)).replace(/[.:]+$/, '');

const isCode = (k: string): boolean => /^(stt|tt|so tt|so thu tu|ma|ma so|ma tieu chi|ma chi so|ky hieu)$/.test(k);
const isName = (k: string): boolean => /tieu chi|noi dung|linh vuc|chi so/.test(k) && !/^diem/.test(k) && !isCode(k);
/** 2 for the maximum named as such, 1 for a bare "Điểm" that a second header row may refine. */
const maxStrength = (k: string): number => (/^diem (toi da|chuan)|^(diem )?toi da$|^thang diem/.test(k) ? 2 : k === 'diem' || k === 'so diem' ? 1 : 0);
const isEvidence = (k: string): boolean => /kiem chung|tai lieu/.test(k);
const isNotes = (k: string): boolean => /ghi chu|huong dan|cach tinh|cach cham|phuong phap/.test(k);

/**
 * Finds the header of a decision's criteria table in the first rows of a pasted block: one or two
 * header rows ("Điểm" over "Điểm tối đa"), then an optional numbered column row ("1 2 3 4" or
 * "(1) (2) (3)"). Linear in the cells scanned.
 */
export function findDecisionHeader(values: readonly (readonly unknown[])[]): DecisionHeader | undefined {
  const limit = Math.min(values.length, SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const first = values[r] ?? [];
    const second = values[r + 1] ?? [];
    const width = Math.max(first.length, second.length);
    let code: number | undefined;
    let name: number | undefined;
    let max: number | undefined;
    let maxScore = 0;
    let evidence: number | undefined;
    let notes: number | undefined;
    const secondIsHeader = isSecondHeaderRow(first, second);
    for (let c = 0; c < width; c++) {
      const labels = [fold(first[c]), secondIsHeader ? fold(second[c]) : ''].filter((k) => k !== '');
      for (const k of labels) {
        if (code === undefined && isCode(k)) code = c;
        else if (name === undefined && isName(k)) name = c;
        else if (maxStrength(k) > maxScore) { max = c; maxScore = maxStrength(k); }
        else if (evidence === undefined && isEvidence(k)) evidence = c;
        else if (notes === undefined && isNotes(k)) notes = c;
      }
    }
    if (name === undefined || max === undefined) continue;
    let bodyStart = r + (secondIsHeader ? 2 : 1);
    if (isNumberedRow(values[bodyStart] ?? [])) bodyStart++;
    return { row: r, bodyStart, columns: { code, name, max, evidence, notes }, nameLabel: fold(first[name]) };
  }
  return undefined;
}

/** The second row of a two-row header: words only, and nothing in the name column (a data row names its criterion). */
function isSecondHeaderRow(first: readonly unknown[], second: readonly unknown[]): boolean {
  const cells = second.map(fold).filter((k) => k !== '');
  if (cells.length === 0) return false;
  if (cells.some((k) => /^[\d(]/.test(k) || isName(k))) return false;
  return cells.some((k) => maxStrength(k) > 0 || /^diem|^tu cham|^tu danh gia|^tham dinh/.test(k)) && first.length > 0;
}

/** "1 | 2 | 3 | 4" or "(1) | (2) | (3)": the column numbers some tables print under the header. */
export function isNumberedRow(row: readonly unknown[]): boolean {
  const cells = row.map((v) => text(v)).filter((t) => t !== '');
  if (cells.length < 2) return false;
  let previous = 0;
  for (const cell of cells) {
    const m = /^\(?(\d{1,2})\)?$/.exec(cell);
    if (!m) return false;
    const n = Number(m[1]);
    if (n <= previous) return false;
    previous = n;
  }
  return true;
}
