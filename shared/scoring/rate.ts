import type { CriteriaSet } from '../criteria/criteria-set';

/** The label of the highest band whose threshold the index reaches. */
export function rate(index: number, scale: CriteriaSet['scale']): string | null {
  const sorted = [...scale].sort((a, b) => b.min - a.min);
  return sorted.find((band) => index >= band.min - 1e-9)?.label ?? null;
}
