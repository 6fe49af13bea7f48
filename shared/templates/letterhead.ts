import { placeOfUnit } from '../host/unit-name';
import type { TemplateOptions } from './template-options';
import { SheetBuilder } from './sheet-builder';
import type { CellSpec } from './sheet-spec';
import { textWidthPoints } from './text-metrics';

const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const PLACEHOLDER = '……………';

function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/** The issuing body's two lines (top left): "ỦY BAN NHÂN DÂN" over "HUYỆN VĨNH LINH"; a department sits under its province. */
const LEVEL_PLACEHOLDER: Readonly<Record<NonNullable<TemplateOptions['level']>, readonly [string, string]>> = {
  tinh: ['ỦY BAN NHÂN DÂN', `TỈNH ${PLACEHOLDER}`],
  so: [`UBND TỈNH ${PLACEHOLDER}`, `SỞ ${PLACEHOLDER}`],
  huyen: ['ỦY BAN NHÂN DÂN', `HUYỆN ${PLACEHOLDER}`],
  xa: ['ỦY BAN NHÂN DÂN', `XÃ ${PLACEHOLDER}`],
};

export function issuingBody(options: TemplateOptions): readonly [string, string] {
  const unit = options.unit?.trim();
  // Without a unit name the letterhead shows the level's shape for staff to fill in.
  if (!unit) return LEVEL_PLACEHOLDER[options.level ?? 'xa'];
  if (/^(sở|ban|văn phòng|thanh tra)(?=\s|$)/iu.test(unit)) {
    return [`UBND TỈNH ${upper(options.province?.trim() || PLACEHOLDER)}`, upper(unit)];
  }
  return ['ỦY BAN NHÂN DÂN', upper(unit.replace(/^(ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+/iu, ''))];
}

/** "UBND huyện Vĩnh Linh" as the reference line names the issuer. */
export function issuerName(options: TemplateOptions): string {
  const unit = options.unit?.trim();
  if (!unit) return `UBND xã ${PLACEHOLDER}`;
  if (/^(sở|ban|văn phòng|thanh tra|ubnd|ủy ban)/iu.test(unit)) return unit;
  return `UBND ${unit}`;
}

/**
 * A short rule drawn with em dashes, which join into one line in Times New Roman (1 em each, no side
 * bearing). Not underscores: a run of them reads as pasted Markdown, which Clean would take apart.
 */
const RULE_SIZE = 8;
function ruleOf(widthPoints: number): string {
  return '—'.repeat(Math.max(2, Math.round(widthPoints / RULE_SIZE)));
}

/** The two columns' halves of a letterhead or signature row: the left block ends at `split`. */
function splitOf(width: number): number {
  return Math.max(2, Math.floor(width * 0.4));
}

function pairCells(width: number, split: number, left: CellSpec | null, right: CellSpec | null): (CellSpec | null)[] {
  const cells: (CellSpec | null)[] = Array.from({ length: width }, () => null);
  cells[0] = left;
  cells[split] = right;
  return cells;
}

function mergePair(b: SheetBuilder, row: number, split: number): void {
  b.merge(row, 1, row, split);
  b.merge(row, split + 1, row, b.width);
}

/**
 * The header block of Nghị định 30/2020/NĐ-CP, Phụ lục I: issuing body top left, national name and
 * motto top right, each with its short rule below (under the motto as long as the motto, under the
 * body's name a third to a half of it), then the appendix title in bold capitals and the italic
 * reference line. Every line is an ordinary cell, so staff edit it like any text.
 *
 * A note about the set (partial, another level or year) goes on a row of its own above the letterhead,
 * outside the print area: staff see it on screen (the row is frozen with the header) and never have
 * to delete it before signing.
 */
export function addLetterhead(b: SheetBuilder, options: TemplateOptions, titleLines: readonly string[], reference: string, notice?: string): void {
  const split = splitOf(b.width);
  if (notice) {
    b.addSpanning('note', { value: notice, style: { italic: true, align: 'left', wrap: true } });
    b.printFrom = b.nextRow;
  }
  const [body1, body2] = issuingBody(options);
  const r1 = b.add('letterhead', pairCells(b.width, split,
    { value: body1, style: { bold: true, align: 'center', size: 12 } },
    { value: NATIONAL_NAME, style: { bold: true, align: 'center', size: 12 } },
  ));
  const r2 = b.add('letterhead', pairCells(b.width, split,
    { value: body2, style: { bold: true, align: 'center', size: 12 } },
    { value: MOTTO, style: { bold: true, align: 'center', size: 13 } },
  ));
  const rule = (text: string): CellSpec => ({ value: text, style: { align: 'center', size: RULE_SIZE } });
  const r3 = b.add('rule', pairCells(b.width, split, rule(ruleOf(textWidthPoints(body2, 12, true) * 0.4)), rule(ruleOf(textWidthPoints(MOTTO, 13, true)))));
  for (const r of [r1, r2, r3]) mergePair(b, r, split);
  titleLines.forEach((line, i) => {
    b.addSpanning('title', { value: i === 0 ? line : upper(line), style: { bold: true, align: 'center', size: i === 0 ? 13 : 14, wrap: true } });
  });
  b.addSpanning('reference', { value: reference, style: { italic: true, align: 'center', wrap: true } });
  b.add('blank', []);
}

/** Who signs a sheet sent on its own: the preparer on the left, the head on the right. */
export interface Signatories {
  readonly left: { readonly title: readonly string[]; readonly hint: string };
  readonly right: { readonly title: readonly string[]; readonly hint: string };
}

/** A unit's own sheet (its score sheet, its remediation plan): prepared by staff, signed and sealed by the head. */
export const UNIT_SIGNATORIES: Signatories = {
  left: { title: ['NGƯỜI LẬP BIỂU'], hint: '(Ký, ghi rõ họ tên)' },
  right: { title: ['THỦ TRƯỞNG ĐƠN VỊ'], hint: '(Ký, ghi rõ họ tên, đóng dấu)' },
};

/** The summary of units: prepared by the Sở Nội vụ's staff, signed for the appraisal council. */
export const COUNCIL_SIGNATORIES: Signatories = {
  left: { title: ['NGƯỜI LẬP BIỂU'], hint: '(Ký, ghi rõ họ tên)' },
  right: { title: ['TM. HỘI ĐỒNG THẨM ĐỊNH', 'CHỦ TỊCH'], hint: '(Ký, ghi rõ họ tên, đóng dấu)' },
};

/** Rows left empty for the signatures, as a typed document leaves about four lines. */
const SIGNING_ROWS = 4;

/**
 * The place and date line ("Vĩnh Linh, ngày …… tháng …… năm ……", the date left to fill) and the
 * signature block below the table of a sheet sent on its own (Nghị định 30/2020/NĐ-CP, Phụ lục I).
 * An appendix issued with a plan or a decision carries none: the document it goes with is signed.
 */
export function addSignatures(b: SheetBuilder, options: TemplateOptions, who: Signatories): void {
  const split = splitOf(b.width);
  const place = options.place?.trim() || placeOfUnit(options.unit, options.province) || PLACEHOLDER;
  b.add('blank', []);
  const dateRow = b.add('signature', pairCells(b.width, split, null,
    { value: `${place}, ngày …… tháng …… năm ……`, style: { italic: true, align: 'center' } }));
  b.merge(dateRow, split + 1, dateRow, b.width);
  const lines = Math.max(who.left.title.length, who.right.title.length);
  for (let i = 0; i < lines; i++) {
    const cell = (text: string | undefined): CellSpec | null => (text ? { value: text, style: { bold: true, align: 'center' } } : null);
    const r = b.add('signature', pairCells(b.width, split, cell(who.left.title[i]), cell(who.right.title[i])));
    mergePair(b, r, split);
  }
  const hint = b.add('signature', pairCells(b.width, split,
    { value: who.left.hint, style: { italic: true, align: 'center' } }, { value: who.right.hint, style: { italic: true, align: 'center' } }));
  mergePair(b, hint, split);
  for (let i = 0; i < SIGNING_ROWS; i++) b.add('signature', []);
}

/** "(Ban hành kèm theo Kế hoạch số …/KH-UBND ngày … tháng … năm 2026 của UBND …)". */
export function referenceLine(kind: string, symbol: string, year: number, options: TemplateOptions): string {
  return `(Ban hành kèm theo ${kind} số      /${symbol} ngày      tháng      năm ${year} của ${issuerName(options)})`;
}
