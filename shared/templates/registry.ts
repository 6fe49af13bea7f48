import { buildBoChiSo } from './kinds/bo-chi-so';
import { buildChamDiem } from './kinds/cham-diem';
import { buildChiTieuCchc } from './kinds/chi-tieu-cchc';
import { buildChiTieuTthc } from './kinds/chi-tieu-tthc';
import { buildKeHoachGiaiDoan } from './kinds/ke-hoach-giai-doan';
import { buildPhanCongMucTieu, buildPhanCongNhiemVu } from './kinds/phan-cong';
import { phaseOf } from './phase';
import type { SheetSpec } from './sheet-spec';
import type { TemplateOptions } from './template-options';

export type TemplateId = 'chi-tieu-cchc' | 'chi-tieu-tthc' | 'ke-hoach-giai-doan' | 'phan-cong-nhiem-vu' | 'phan-cong-muc-tieu' | 'cham-diem' | 'bo-chi-so';

export interface TemplateEntry {
  readonly id: TemplateId;
  readonly title: { readonly vi: string; readonly en: string };
  /** The seed it was drawn from. */
  readonly seed: string;
  /** Whether the criteria set shapes it. */
  readonly usesSet: boolean;
  build(options: TemplateOptions): SheetSpec;
}

/** The standard Phụ lục templates of SPEC §2, in the order the task pane lists them; adding one is adding an entry. */
export const TEMPLATES: readonly TemplateEntry[] = [
  { id: 'chi-tieu-cchc', title: { vi: 'Kế hoạch thực hiện chỉ tiêu CCHC năm N, dự kiến đến năm N+2', en: 'Reform targets for year N, forecast to N+2' }, seed: '000', usesSet: false, build: buildChiTieuCchc },
  { id: 'chi-tieu-tthc', title: { vi: 'Chỉ tiêu cụ thể về cải cách thủ tục hành chính', en: 'Administrative-procedure reform targets' }, seed: '001', usesSet: false, build: buildChiTieuTthc },
  { id: 'ke-hoach-giai-doan', title: { vi: 'Mục tiêu CCHC giai đoạn 2021–2025, định hướng đến năm 2030', en: 'Reform goals 2021–2025, outlook to 2030' }, seed: '002', usesSet: false, build: buildKeHoachGiaiDoan },
  { id: 'phan-cong-nhiem-vu', title: { vi: 'Phân công thực hiện nhiệm vụ CCHC năm N', en: 'Assignment of reform tasks, year N' }, seed: '004 PL1', usesSet: false, build: buildPhanCongNhiemVu },
  { id: 'phan-cong-muc-tieu', title: { vi: 'Phân công thực hiện các mục tiêu CCHC năm N', en: 'Assignment of reform targets, year N' }, seed: '004 PL2', usesSet: false, build: buildPhanCongMucTieu },
  { id: 'cham-diem', title: { vi: 'Kết quả đánh giá Chỉ số CCHC', en: 'PAR Index score sheet' }, seed: '003', usesSet: true, build: buildChamDiem },
  { id: 'bo-chi-so', title: { vi: 'Bộ chỉ số (do tỉnh ban hành)', en: 'Criteria set issued by the province' }, seed: '—', usesSet: true, build: buildBoChiSo },
];

/**
 * The title as the officer will see it on the sheet: "năm N" becomes the year chosen, "N+2" the year
 * two on, and a phase title follows the five-year phase the year falls in.
 */
export function templateTitle(entry: Pick<TemplateEntry, 'title'>, language: 'vi' | 'en', year: number): string {
  const phase = phaseOf(year);
  return entry.title[language]
    .replace(/2021–2025/g, `${phase.first}–${phase.last}`)
    .replace(/(định hướng đến năm|outlook to) 2030/g, `$1 ${phase.last + 5}`)
    .replace(/N\+(\d)/g, (_m, k: string) => String(year + Number(k)))
    .replace(/\bN\b/g, String(year));
}


export function findTemplate(id: string): TemplateEntry | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
