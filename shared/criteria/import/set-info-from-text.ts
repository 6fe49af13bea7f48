import type { UnitLevel } from '../criteria-set';
import { foldDiacritics } from '../../text/fold-diacritics';

/** What a decision's title lines say about the set: "Quyết định số 1880/QĐ-UBND ngày 28/11/2013 của UBND tỉnh Cà Mau". */
export interface SetInfo {
  readonly province?: string | undefined;
  readonly level?: UnitLevel | undefined;
  readonly year?: number | undefined;
  readonly decision?: string | undefined;
  readonly effectiveDate?: string | undefined;
  readonly name?: string | undefined;
}

const DECISION = /(Quyết định\s+(?:số\s+)?\d+\s*\/\s*[\p{L}\d-]+(?:\s+ngày\s+\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}|\s+ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})?(?:\s+của\s+(?:UBND|Ủy ban nhân dân|Chủ tịch UBND)\s+tỉnh\s+[\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*)*)?)/u;
const DATE_SLASH = /ngày\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/u;
const DATE_WORDS = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;
const PROVINCE = /(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+tỉnh\s+([\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*)*)/u;
const YEAR = /năm\s+(20\d{2})/u;

/** Reads the first lines of a pasted table or the paragraphs above a decision's table. Whatever is not said stays undefined. */
export function setInfoFromText(lines: readonly string[]): SetInfo {
  const all = lines.join('\n');
  const decision = DECISION.exec(all)?.[1]?.replace(/\s+/g, ' ').trim();
  const date = DATE_SLASH.exec(all) ?? DATE_WORDS.exec(all);
  const effectiveDate = date ? `${date[3]}-${(date[2] ?? '').padStart(2, '0')}-${(date[1] ?? '').padStart(2, '0')}` : undefined;
  const province = PROVINCE.exec(all)?.[1]?.trim();
  const folded = foldDiacritics(all);
  const level: UnitLevel | undefined = /cap xa|xa, phuong|phuong, xa|xa, thi tran/.test(folded) ? 'xa'
    : /cap huyen|huyen, thi xa|huyen, thanh pho/.test(folded) ? 'huyen'
      : /so, ban, nganh|cac so|co quan chuyen mon/.test(folded) ? 'so'
        : /cap tinh/.test(folded) ? 'tinh' : undefined;
  const yearText = YEAR.exec(all)?.[1] ?? date?.[3];
  const year = yearText === undefined ? undefined : Number(yearText);
  const title = lines.map((l) => l.trim()).find((l) => /^(BỘ\s+)?(TIÊU CHÍ|CHỈ SỐ)/u.test(l));
  return { province, level, year, decision, effectiveDate, ...(title ? { name: title } : {}) };
}
