import type { RuleSheetKind } from './rule-sheet-kind';
import { num, numberIn, roundExpr } from './formula-parts';

/** max × a ÷ b, within 0..max as the core clamps it; nothing while a count is missing or the denominator is not positive. */
export const ratioSheet: RuleSheetKind<'ratio'> = {
  kind: 'ratio',
  shape: (rule) => ({
    main: { kind: 'count', help: `Tử số: ${rule.numeratorLabel ?? 'số đã thực hiện, đã hoàn thành'}.` },
    second: { kind: 'count', help: `Mẫu số: ${rule.denominatorLabel ?? 'tổng số phải thực hiện, được giao'}.` },
  }),
  formula(_rule, { main: a, second: b }, ctx) {
    const points = roundExpr(`${num(ctx.max)}*MIN(1,MAX(0,${a}/${b}))`, ctx.rounding);
    return `IF(OR(${a}="",${b}=""),"",IF(${b}<=0,"",${points}))`;
  },
  read(_rule, { main, second }) {
    const numerator = numberIn(main);
    const denominator = numberIn(second);
    return numerator === undefined || denominator === undefined ? undefined : { numerator, denominator };
  },
};
