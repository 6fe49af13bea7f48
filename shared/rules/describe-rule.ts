import { formatNumber } from '../problems/format-number';
import { parseBandCondition } from './parse-band-condition';
import type { Bound, Outcome, Rule } from './rule';

const pts = (n: number): string => formatNumber(n, 'vi');
const pct = (b: Bound): string => `${formatNumber(Math.round(b.value * 10000) / 100, 'vi', 2)}%`;

/**
 * The rule in the words a decision would print, for the "Cách tính" column; parseRuleText reads it
 * back to the same rule.
 */
export function describeRule(rule: Rule): string {
  switch (rule.kind) {
    case 'ratio': return 'Tỷ lệ';
    case 'manual': return 'Thủ công';
    case 'count': return `Mỗi trường hợp được ${pts(rule.perItem)} điểm`;
    case 'penalty': return `Mỗi vi phạm bị trừ ${pts(rule.perItem)} điểm${rule.cap === undefined ? '' : `, tối đa ${pts(rule.cap)}`}`;
    case 'levels':
    case 'bands': return rule.outcomes.map(describeOutcome).join(' / ');
    case 'when-nothing': {
      const inner = rule.rule.kind === 'manual' ? '' : ` / ${describeRule(rule.rule)}`;
      return `${rule.label}: ${pts(rule.points)}${inner}`;
    }
  }
}

function describeOutcome(o: Outcome): string {
  const points = `${pts(o.points)}${o.penalty ? ` điểm và bị trừ ${pts(o.penalty)} điểm` : ''}`;
  if (!o.lower && !o.upper) return `${o.label}: ${points}`;
  const read = parseBandCondition(o.label);
  const same = (a?: Bound, b?: Bound): boolean => (a === undefined && b === undefined) || (a !== undefined && b !== undefined && a.value === b.value && a.inclusive === b.inclusive);
  if (read && same(read.lower, o.lower) && same(read.upper, o.upper)) return `${o.label}: ${points}`;
  const lower = o.lower ? (o.lower.inclusive ? `từ ${pct(o.lower)}` : `trên ${pct(o.lower)}`) : '';
  const upper = o.upper ? (o.upper.inclusive ? `không quá ${pct(o.upper)}` : `dưới ${pct(o.upper)}`) : '';
  if (o.lower && o.upper && o.lower.inclusive && o.upper.inclusive) return `Từ ${pct(o.lower)} - ${pct(o.upper)}: ${points}`;
  if (o.lower && o.upper && o.lower.inclusive && !o.upper.inclusive) return `Từ ${pct(o.lower)} đến dưới ${pct(o.upper)}: ${points}`;
  const text = [lower, upper].filter(Boolean).join(' và ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}: ${points}`;
}
