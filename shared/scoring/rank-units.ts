export interface UnitIndex {
  readonly unit: string;
  /** A fraction; null when the unit could not be scored (ranked last, unranked). */
  readonly index: number | null;
}

export interface RankedUnit extends UnitIndex {
  /** 1 for the highest index; units with the same index share a rank (1, 2, 2, 4). */
  readonly rank: number | null;
  /** "01/10", as letters announce it. */
  readonly rankLabel: string | null;
}

/**
 * Ranks units by index, highest first. Each unit comes back as given (with its file, sheet or
 * figures), so units are told apart by what they are, never by a name two of them may share.
 */
export function rankUnits<T extends UnitIndex>(units: readonly T[]): (T & RankedUnit)[] {
  const scored = units.filter((u): u is T & { index: number } => u.index !== null);
  const sorted = [...scored].sort((a, b) => b.index - a.index);
  const of = sorted.length;
  const width = Math.max(2, String(of).length);
  const pad = (n: number): string => String(n).padStart(width, '0');
  const ranked: (T & RankedUnit)[] = [];
  sorted.forEach((u, i) => {
    const previous = ranked[i - 1];
    const tie = previous !== undefined && previous.index !== null && Math.abs(previous.index - u.index) < 5e-5;
    const rank = tie && previous.rank !== null ? previous.rank : i + 1;
    ranked.push({ ...u, rank, rankLabel: `${pad(rank)}/${pad(of)}` });
  });
  const unscored = units.filter((u) => u.index === null).map((u) => ({ ...u, rank: null, rankLabel: null }));
  return [...ranked, ...unscored];
}
