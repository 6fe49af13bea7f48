import type { RuleSheetKind } from './rule-sheet-kind';
import { num, numberIn, roundExpr } from './formula-parts';

/** MIN(max, n × points per item). */
export const countSheet: RuleSheetKind<'count'> = {
  kind: 'count',
  shape: (rule) => ({
    main: { kind: 'count', help: `Số lượng; mỗi trường hợp được ${num(rule.perItem).replace('.', ',')} điểm.` },
    second: { kind: 'none' },
  }),
  formula(rule, { main: n }, ctx) {
    return `IF(${n}="","",IF(${n}<0,"",${roundExpr(`MIN(${num(ctx.max)},${n}*${num(rule.perItem)})`, ctx.rounding)}))`;
  },
  read(_rule, { main }) {
    const count = numberIn(main);
    return count === undefined ? undefined : { count };
  },
};
