/** A bound of a target or a band: `value` is a fraction for percentages (0.8 for 80 %). */
export type Comparator = 'gt' | 'gte' | 'lt' | 'lte' | 'eq';

export type Unit = 'percent' | 'number';

export type TargetBound =
  | { readonly op: Comparator; readonly value: number }
  | { readonly op: 'between'; readonly min: number; readonly max: number };

export interface Ratio {
  readonly numerator: number;
  readonly denominator: number;
  /** The multiplier in "(8/112)*1=0,07": the criterion's maximum. */
  readonly factor?: number;
  /** The result the author wrote after "="; a fraction when it carried a percent sign. */
  readonly stated?: { readonly value: number; readonly percent: boolean };
  /** The noun that follows ("nhiệm vụ", "hồ sơ"). */
  readonly item?: string;
  /** The ratio as it appears in the text, for messages. */
  readonly text: string;
}

export type ScalarValue =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'percent'; readonly value: number }
  | { readonly kind: 'target'; readonly bound: TargetBound; readonly unit: Unit; readonly item?: string };

export type CellValue =
  | { readonly kind: 'empty' }
  | ScalarValue
  | { readonly kind: 'count'; readonly value: number; readonly item: string; readonly note?: string }
  | { readonly kind: 'per-level'; readonly entries: readonly { readonly level: string; readonly value: ScalarValue }[] }
  | { readonly kind: 'ratio'; readonly ratio: Ratio }
  | { readonly kind: 'text'; readonly text: string; readonly ratios: readonly Ratio[] }
  | { readonly kind: 'invalid'; readonly text: string };

export type CellKind = CellValue['kind'];
