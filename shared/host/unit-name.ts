import type { Grid } from './grid';

/** Words that open a unit's line in the letterhead, lowercase in running text ("của UBND xã Triệu Sơn"). */
const PLACE_LEVELS = ['thành phố', 'thị xã', 'thị trấn', 'huyện', 'quận', 'xã', 'phường', 'tỉnh'] as const;
const AGENCIES = ['sở', 'ban', 'văn phòng', 'thanh tra'] as const;

const lower = (s: string): string => s.toLocaleLowerCase('vi');
const capitalise = (word: string): string => (word ? word.charAt(0).toLocaleUpperCase('vi') + lower(word.slice(1)) : word);

/**
 * The unit a sheet belongs to, from the letterhead's second line as Nghị định 30 prints it in
 * capitals ("XÃ TRIỆU SƠN"), written back as running text does: the level in lowercase, the place
 * name with its capitals ("xã Triệu Sơn"). A letterhead still showing the template's dots
 * ("XÃ ……………") names no unit: undefined.
 */
export function unitOfSheet(grid: Pick<Grid, 'values'>): string | undefined {
  for (const row of grid.values.slice(0, 4)) {
    const v = row[0];
    if (typeof v !== 'string') continue;
    const text = v.trim().replace(/\s+/g, ' ');
    const folded = lower(text);
    const level = PLACE_LEVELS.find((l) => folded === l || folded.startsWith(`${l} `));
    const agency = AGENCIES.find((a) => folded.startsWith(`${a} `));
    if (!level && !agency) continue;
    if (/[…]|\.{3}/.test(text)) return undefined;
    if (level) return `${level} ${text.slice(level.length).trim().split(' ').map(capitalise).join(' ')}`;
    return text.split(' ').map((w, i) => (i > 0 && lower(w) === 'và' ? 'và' : capitalise(w))).join(' ');
  }
  return undefined;
}

/**
 * Labels for units that must stay apart even when their names agree: a unit without a name takes
 * its source's (file or sheet), and a name two units share is followed by each one's source.
 */
export function unitLabels(units: readonly { readonly name: string | undefined; readonly source: string }[]): string[] {
  const names = units.map((u) => u.name ?? u.source);
  const count = new Map<string, number>();
  for (const n of names) count.set(n, (count.get(n) ?? 0) + 1);
  return names.map((n, i) => ((count.get(n) ?? 0) > 1 && n !== units[i]?.source ? `${n} (${units[i]?.source ?? ''})` : n));
}
