import { z } from 'zod/mini';

/** One edge of a band; `value` is a fraction (0.9 for 90 %). */
export interface Bound {
  readonly value: number;
  readonly inclusive: boolean;
}

/** A named result of a rule with its points, as the decision prints it ("Ban hành kịp thời: 1"). */
export interface Outcome {
  readonly label: string;
  readonly points: number;
  /** Points taken away beyond zero ("bị 0 điểm và bị trừ 0,25 điểm"). */
  readonly penalty?: number | undefined;
  readonly lower?: Bound | undefined;
  readonly upper?: Bound | undefined;
}

export type Rule =
  | {
    readonly kind: 'ratio';
    /** The decision's wording of what is counted above and below the line ("Số lượng công việc hoàn thành"), shown as the input cells' help. */
    readonly numeratorLabel?: string | undefined;
    readonly denominatorLabel?: string | undefined;
  }
  | { readonly kind: 'bands'; readonly outcomes: readonly Outcome[] }
  | { readonly kind: 'levels'; readonly outcomes: readonly Outcome[] }
  | { readonly kind: 'count'; readonly perItem: number }
  | { readonly kind: 'manual' }
  | { readonly kind: 'penalty'; readonly perItem: number; readonly cap?: number | undefined }
  | { readonly kind: 'when-nothing'; readonly label: string; readonly points: number; readonly rule: Rule };

export type RuleKind = Rule['kind'];
export type RuleOf<K extends RuleKind> = Extract<Rule, { kind: K }>;

/** What the unit reports for one leaf; each rule kind reads the fields it needs. */
export interface RuleInput {
  readonly numerator?: number | undefined;
  readonly denominator?: number | undefined;
  /** A percentage as a fraction (0.425 for 42,5 %). */
  readonly fraction?: number | undefined;
  /** The outcome's label, or yes/no. */
  readonly outcome?: string | boolean | undefined;
  readonly count?: number | undefined;
  /** Points the council decided, for manual rules. */
  readonly points?: number | undefined;
  /** Nothing to score happened this year (no files, no complaints). */
  readonly nothingHappened?: boolean | undefined;
}

const boundSchema = z.object({ value: z.number(), inclusive: z.boolean() });
const positive = (): z.ZodMiniNumber => z.number().check(z.positive());
const notNegative = (): z.ZodMiniNumber => z.number().check(z.minimum(0));
const text = (): z.ZodMiniString => z.string().check(z.minLength(1));

const outcomeSchema = z.object({
  label: text(),
  points: notNegative(),
  penalty: z.optional(notNegative()),
  lower: z.optional(boundSchema),
  upper: z.optional(boundSchema),
});

export const ruleSchema: z.ZodMiniType<Rule> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('ratio'), numeratorLabel: z.optional(text()), denominatorLabel: z.optional(text()) }),
    z.object({ kind: z.literal('bands'), outcomes: z.array(outcomeSchema).check(z.minLength(1)) }),
    z.object({ kind: z.literal('levels'), outcomes: z.array(outcomeSchema).check(z.minLength(1)) }),
    z.object({ kind: z.literal('count'), perItem: positive() }),
    z.object({ kind: z.literal('manual') }),
    z.object({ kind: z.literal('penalty'), perItem: positive(), cap: z.optional(positive()) }),
    z.object({ kind: z.literal('when-nothing'), label: text(), points: notNegative(), rule: ruleSchema }),
  ]),
);
