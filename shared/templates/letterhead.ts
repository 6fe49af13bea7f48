import type { TemplateOptions } from './template-options';
import { SheetBuilder } from './sheet-builder';
import type { CellSpec } from './sheet-spec';

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
 * The header block of Nghị định 30/2020/NĐ-CP, Phụ lục I: issuing body top left, national name and
 * motto top right, then the appendix title in bold capitals and the italic reference line. Every
 * line is an ordinary cell, so staff edit it like any text.
 */
export function addLetterhead(b: SheetBuilder, options: TemplateOptions, titleLines: readonly string[], reference: string, notice?: string): void {
  const split = Math.max(2, Math.floor(b.width * 0.4));
  const [body1, body2] = issuingBody(options);
  const pair = (left: CellSpec, right: CellSpec): (CellSpec | null)[] => {
    const cells: (CellSpec | null)[] = Array.from({ length: b.width }, () => null);
    cells[0] = left;
    cells[split] = right;
    return cells;
  };
  const r1 = b.add('letterhead', pair(
    { value: body1, style: { bold: true, align: 'center', size: 12 } },
    { value: NATIONAL_NAME, style: { bold: true, align: 'center', size: 12 } },
  ));
  const r2 = b.add('letterhead', pair(
    { value: body2, style: { bold: true, align: 'center', size: 12 } },
    { value: MOTTO, style: { bold: true, align: 'center', size: 13 } },
  ));
  for (const r of [r1, r2]) {
    b.merge(r, 1, r, split);
    b.merge(r, split + 1, r, b.width);
  }
  b.add('blank', []);
  titleLines.forEach((line, i) => {
    b.addSpanning('title', { value: i === 0 ? line : upper(line), style: { bold: true, align: 'center', size: i === 0 ? 13 : 14, wrap: true } });
  });
  b.addSpanning('reference', { value: reference, style: { italic: true, align: 'center', wrap: true } });
  // Tall enough for the wrapped note: about 110 characters a line across a landscape page, 15 points a line.
  if (notice) b.addSpanning('reference', { value: notice, style: { italic: true, align: 'left', wrap: true } }, 1, b.width, Math.ceil(notice.length / 110) * 15 + 4);
  b.add('blank', []);
}

/** "(Ban hành kèm theo Kế hoạch số …/KH-UBND ngày … tháng … năm 2026 của UBND …)". */
export function referenceLine(kind: string, symbol: string, year: number, options: TemplateOptions): string {
  return `(Ban hành kèm theo ${kind} số      /${symbol} ngày      tháng      năm ${year} của ${issuerName(options)})`;
}
