import type { RuleSheetKind } from './rule-sheet-kind';
import { num, numberIn, roundExpr } from './formula-parts';

/** Negative points per violation, up to the cap; the area's MAX(0, …) keeps the area from going below zero, as the core does. */
export const penaltySheet: RuleSheetKind<'penalty'> = {
  kind: 'penalty',
  shape: (rule) => ({
    main: { kind: 'count', help: `Số lần vi phạm; mỗi lần bị trừ ${num(rule.perItem).replace('.', ',')} điểm.` },
    second: { kind: 'none' },
  }),
  formula(rule, { main: n }, ctx) {
    const taken = `${n}*${num(rule.perItem)}`;
    const points = rule.cap === undefined ? `-(${taken})` : `-MIN(${num(rule.cap)},${taken})`;
    return `IF(${n}="","",IF(${n}<0,"",${roundExpr(points, ctx.rounding)}))`;
  },
  read(_rule, { main }) {
    const count = numberIn(main);
    return count === undefined ? undefined : { count };
  },
};
