export type Language = 'vi' | 'en';

/** Vietnamese documents print "91,43" and "14.678"; English readers expect "91.43" and "14,678". */
export function formatNumber(value: number, language: Language, maxDecimals = 4): string {
  if (!Number.isFinite(value)) return String(value);
  const fixed = value.toFixed(maxDecimals).replace(/\.?0+$/, '');
  const [intPart = '0', decPart] = fixed.split('.');
  const negative = intPart.startsWith('-');
  const digits = negative ? intPart.slice(1) : intPart;
  const group = language === 'vi' ? '.' : ',';
  const decimal = language === 'vi' ? ',' : '.';
  const grouped = digits.length > 4 ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, group) : digits;
  return (negative ? '-' : '') + grouped + (decPart ? decimal + decPart : '');
}

/** A fraction shown as a percentage with two decimals, the way reports print an index. */
export function formatPercent(fraction: number, language: Language): string {
  const percent = Math.round(fraction * 10000) / 100;
  return formatNumber(percent, language, 2) + '%';
}

/** Points are always shown with two decimals, as score sheets print them ("2,00"). */
export function formatPoints(points: number, language: Language): string {
  const fixed = points.toFixed(2);
  return language === 'vi' ? fixed.replace('.', ',') : fixed;
}
