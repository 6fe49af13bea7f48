import { formatNumber, formatPercent, type Language } from './format-number';
import { MESSAGES } from './messages';
import type { Problem } from './problem';

/** The sentence a user reads, prefixed by the cell or criterion it belongs to. */
export function formatProblem(p: Problem, language: Language = 'vi'): string {
  const param = (key: string): string | number | undefined => p.params[key];
  const text = MESSAGES[p.code][language]({
    n: (key) => {
      const v = param(key);
      return typeof v === 'number' ? formatNumber(v, language) : String(v ?? '');
    },
    pct: (key) => {
      const v = param(key);
      return typeof v === 'number' ? formatPercent(v, language) : String(v ?? '');
    },
    s: (key) => {
      const v = param(key);
      return typeof v === 'number' ? formatNumber(v, language) : String(v ?? '');
    },
  });
  const where = p.cell
    ? (language === 'vi' ? `Ô ${p.cell}: ` : `Cell ${p.cell}: `)
    : p.criterion
      ? (language === 'vi' ? `Tiêu chí ${p.criterion}: ` : `Criterion ${p.criterion}: `)
      : '';
  return where + text.trim();
}
