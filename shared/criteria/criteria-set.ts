import { z } from 'zod/mini';
import { ruleSchema, type Rule } from '../rules/rule';
import type { RoundingHabit } from '../numbers/rounding';
import { CRITERION_CODE } from './criterion-code';

/** tỉnh (province-level bodies), sở (departments), huyện (districts, up to 2024), xã (communes and wards). */
export type UnitLevel = 'tinh' | 'so' | 'huyen' | 'xa';

export interface CriterionNode {
  readonly code: string;
  readonly name: string;
  /** An area's short name for narrow column heads ("Thủ tục hành chính"); derived from the name when absent. */
  readonly short?: string | undefined;
  /** Điểm tối đa / điểm chuẩn. */
  readonly max: number;
  /** The scoring rule of a leaf; a leaf without one is scored by the council (manual). */
  readonly rule?: Rule | undefined;
  /** The rule as the decision prints it, kept for the "Cách tính" column. */
  readonly ruleText?: string | undefined;
  readonly note?: string | undefined;
  /** The numbering as the decision prints it where the code was derived ("a)", "II", "-"). */
  readonly printed?: string | undefined;
  /**
   * The decision's wording of when the leaf is not scored at all ("không được giao … thì không đánh
   * giá chấm điểm"): a unit marked so on its score sheet leaves both the points and the maximum.
   */
  readonly notApplicable?: string | undefined;
  /** Tài liệu kiểm chứng the decision asks for. */
  readonly evidence?: string | undefined;
  readonly children?: readonly CriterionNode[] | undefined;
}

export interface RatingBand {
  readonly label: string;
  /** Lowest index (fraction) that earns this label, inclusive. */
  readonly min: number;
}

export interface CriteriaSet {
  readonly id: string;
  readonly name: string;
  readonly province: string;
  readonly level: UnitLevel;
  readonly year: number;
  /** The issuing decision, e.g. "Quyết định số 1325/QĐ-UBND ngày 23/6/2023 của UBND tỉnh Quảng Trị". */
  readonly decision: string;
  /** Where the set came from, shown to users so a built-in example is never mistaken for their province's. */
  readonly source?: string | undefined;
  readonly rounding: RoundingHabit;
  /** Điều tra xã hội học: its points join the appraised total in the index. */
  readonly survey?: { readonly name: string; readonly max: number } | undefined;
  /** Highest band first. */
  readonly scale: readonly RatingBand[];
  readonly areas: readonly CriterionNode[];
  /** The day the decision takes effect (ISO yyyy-mm-dd): a province may issue two sets in one year. */
  readonly effectiveDate?: string | undefined;
  /** False for a set that holds only part of its decision's criteria (the shipped example). */
  readonly complete?: boolean | undefined;
  /**
   * The decision's whole maximum when the set is partial: criteria the set lacks are taken as
   * earned in full, so the index is (this + deductions) ÷ this.
   */
  readonly fullMax?: number | undefined;
}

// No code generation: Apps Script and locked-down task panes may forbid it, and zod would otherwise probe with new Function.
z.config({ jitless: true });

// zod/mini: the same validation as zod's classic API, in a form a bundler can trim (about half the weight in the task pane).
const codeSchema = z.string().check(z.regex(CRITERION_CODE));
const text = (): z.ZodMiniString => z.string().check(z.minLength(1));

export const criterionSchema: z.ZodMiniType<CriterionNode> = z.lazy(() =>
  z.object({
    code: codeSchema,
    name: text(),
    short: z.optional(z.string()),
    max: z.number().check(z.minimum(0)),
    rule: z.optional(ruleSchema),
    ruleText: z.optional(z.string()),
    note: z.optional(z.string()),
    printed: z.optional(z.string()),
    notApplicable: z.optional(z.string()),
    evidence: z.optional(z.string()),
    children: z.optional(z.array(criterionSchema)),
  }),
);

export const criteriaSetSchema = z.object({
  id: text(),
  name: text(),
  province: text(),
  level: z.enum(['tinh', 'so', 'huyen', 'xa']),
  year: z.int().check(z.minimum(2000), z.maximum(2100)),
  decision: text(),
  source: z.optional(z.string()),
  rounding: z.enum(['half-up', 'truncate']),
  survey: z.optional(z.object({ name: text(), max: z.number().check(z.positive()) })),
  scale: z.array(z.object({ label: text(), min: z.number().check(z.minimum(0), z.maximum(1)) })).check(z.minLength(1)),
  areas: z.array(criterionSchema).check(z.minLength(1)),
  effectiveDate: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  complete: z.optional(z.boolean()),
  fullMax: z.optional(z.number().check(z.positive())),
});
