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

/**
 * The level a unit's name says it is at: "xã Triệu Sơn", "phường 1", "thị trấn Hồ Xá" are communes;
 * "huyện", "quận", "thị xã" districts; "tỉnh" a province; "Sở Nội vụ" a department. A "thành phố" is
 * a province's or a district's, so its name alone says nothing: undefined, as for any other name.
 */
export function levelOfUnit(unit: string | undefined): 'tinh' | 'so' | 'huyen' | 'xa' | undefined {
  const folded = lower((unit ?? '').trim().replace(/\s+/g, ' ')).replace(/^(ubnd|ủy ban nhân dân|uỷ ban nhân dân) /u, '');
  const starts = (words: readonly string[]): boolean => words.some((w) => folded === w || folded.startsWith(`${w} `));
  if (starts(['xã', 'phường', 'thị trấn'])) return 'xa';
  if (starts(['huyện', 'quận', 'thị xã'])) return 'huyen';
  if (starts(['tỉnh'])) return 'tinh';
  if (starts(AGENCIES)) return 'so';
  return undefined;
}

/**
 * The place a document is signed at, from the unit's name: "huyện Vĩnh Linh" and "UBND xã Triệu Sơn"
 * sign at "Vĩnh Linh" and "Triệu Sơn"; a department signs where its province is. Undefined when the
 * name holds no place (the officer fills it in).
 */
export function placeOfUnit(unit: string | undefined, province?: string): string | undefined {
  const text = (unit ?? '').trim().replace(/\s+/g, ' ').replace(/^(ubnd|ủy ban nhân dân|uỷ ban nhân dân) /iu, '');
  const folded = lower(text);
  if (AGENCIES.some((a) => folded.startsWith(`${a} `))) return province?.trim() || undefined;
  const level = PLACE_LEVELS.find((l) => folded.startsWith(`${l} `));
  if (!level) return undefined;
  const place = text.slice(level.length).trim();
  if (place === '' || /[…]|\.{3}/.test(place)) return undefined;
  // Typed in capitals ("XÃ TRIỆU SƠN"), the place is written as running text does.
  return place === place.toLocaleUpperCase('vi') ? place.split(' ').map(capitalise).join(' ') : place;
}
