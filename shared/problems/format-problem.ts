import { criterionNoun } from '../criteria/criterion-noun';
import { formatNumber, formatPercent, type Language } from './format-number';
import { MESSAGES } from './messages';
import type { Problem } from './problem';

/**
 * The sentence a user reads, prefixed by the cell or criterion it belongs to. A code this catalogue
 * does not know (a sidebar and a server pasted from different versions) is shown as the code and
 * its parameters rather than failing the whole list.
 */
export function formatProblem(p: Problem, language: Language = 'vi'): string {
  const params: Readonly<Record<string, unknown>> = p.params && typeof p.params === 'object' ? p.params : {};
  const param = (key: string): string | number | undefined => {
    const v = params[key];
    return typeof v === 'number' || typeof v === 'string' ? v : v === undefined || v === null ? undefined : String(v);
  };
  const entry = Object.prototype.hasOwnProperty.call(MESSAGES, p.code) ? MESSAGES[p.code] : undefined;
  const render = entry?.[language];
  const text = !render
    ? `${String(p.code)}${Object.keys(params).length ? ` (${Object.entries(params).map(([k, v]) => `${k}: ${String(v)}`).join(', ')})` : ''}`
    : render({
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
    c: (key) => criterionNoun(String(param(key) ?? ''), language),
    C: (key) => criterionNoun(String(param(key) ?? ''), language, true),
  });
  const criterion = p.criterion ? criterionNoun(p.criterion, language, true) : '';
  const where = p.cell
    ? (language === 'vi' ? `Ô ${p.cell}` : `Cell ${p.cell}`) + (criterion ? ` (${criterion.charAt(0).toLowerCase()}${criterion.slice(1)}): ` : ': ')
    : criterion ? `${criterion}: ` : '';
  return where + text.trim().replace(/\s{2,}/g, ' ');
}
