import type { RuleSheetKind } from './rule-sheet-kind';
import { isBlank, num, numberIn, pointsLiteral } from './formula-parts';

/**
 * A ratio says "nothing happened" with a denominator of zero, as the core reads it; any other rule
 * gets a tick in the second cell. Wrapped around a manual rule it stays manual: the self score is
 * typed when something happened.
 */
export const whenNothingSheet: RuleSheetKind<'when-nothing'> = {
  kind: 'when-nothing',
  shape(rule, ctx) {
    const inner = ctx.shape(rule.rule);
    if (!inner) return undefined;
    const pts = num(rule.points).replace('.', ',');
    if (inner.second.kind === 'count') {
      return { ...inner, second: { ...inner.second, help: `${inner.second.help} Nhập 0 nếu ${rule.label.toLowerCase()} (được ${pts} điểm).` } };
    }
    return { ...inner, second: { kind: 'tick', label: rule.label, help: `Đánh dấu x nếu ${rule.label.toLowerCase()} (được ${pts} điểm).` } };
  },
  formula(rule, cells, ctx) {
    const inner = ctx.formula(rule.rule, cells);
    if (inner === undefined) return undefined;
    const b = cells.second;
    const nothing = rule.rule.kind === 'ratio' ? `AND(ISNUMBER(${b}),${b}=0)` : `${b}<>""`;
    return `IF(${nothing},${pointsLiteral(rule.points, ctx.rounding)},${inner})`;
  },
  read(rule, values, ctx) {
    const inner = ctx.read(rule.rule, values);
    if (rule.rule.kind === 'ratio') {
      return numberIn(values.second) === 0 ? { ...inner, denominator: 0 } : inner;
    }
    return isBlank(values.second) ? inner : { ...inner, nothingHappened: true };
  },
};
