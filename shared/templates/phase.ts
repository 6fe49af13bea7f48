/** The five-year phases of the national reform programme (2021–2025, 2026–2030, …) a year falls in. */
export function phaseOf(year: number): { readonly first: number; readonly last: number } {
  const first = 2021 + Math.floor((year - 2021) / 5) * 5;
  return { first, last: first + 4 };
}
