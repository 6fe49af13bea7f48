import type { CriteriaSet, UnitLevel } from '../criteria/criteria-set';

export interface TemplateOptions {
  /** Năm N of the title; default: the current year (the host supplies it, the core has no clock). */
  readonly year: number;
  /** The unit as it signs: "huyện Vĩnh Linh", "xã Triệu Sơn", "Sở Nội vụ". */
  readonly unit?: string | undefined;
  readonly province?: string | undefined;
  /** Where the document is signed ("Vĩnh Linh"); default: the place in the unit's name. */
  readonly place?: string | undefined;
  readonly level?: UnitLevel | undefined;
  /** For cham-diem and bo-chi-so. */
  readonly set?: CriteriaSet | undefined;
  /** cham-diem: add the "Tài liệu kiểm chứng" column. */
  readonly withEvidence?: boolean | undefined;
  /** Default: portrait when the columns fit it at a readable scale, landscape otherwise. */
  readonly orientation?: 'portrait' | 'landscape' | undefined;
}
