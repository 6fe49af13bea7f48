import { DEFAULT_CRITERIA_SET } from '../criteria/default-set';
import type { CriteriaSet } from '../criteria/criteria-set';
import { validateCriteriaSet, type CriteriaSetResult } from '../criteria/validate-criteria-set';
import { problem } from '../problems/problem';

/** The criteria sets a workbook carries and which one is active; each host stores it its own way. */
export interface StoredSets {
  readonly active: string;
  readonly sets: readonly CriteriaSet[];
}

export const EMPTY_STORED_SETS: StoredSets = { active: DEFAULT_CRITERIA_SET.id, sets: [] };

/** Whatever a host read back (possibly nothing, or something else) as stored sets. */
export function asStoredSets(raw: unknown): StoredSets {
  const s = raw as StoredSets | null | undefined;
  return s && typeof s.active === 'string' && Array.isArray(s.sets) ? s : EMPTY_STORED_SETS;
}

/** The built-in set first, then the workbook's own. */
export function allSetsOf(stored: StoredSets): CriteriaSet[] {
  return [DEFAULT_CRITERIA_SET, ...stored.sets];
}

export function activeSetOf(stored: StoredSets): CriteriaSet {
  return allSetsOf(stored).find((s) => s.id === stored.active) ?? DEFAULT_CRITERIA_SET;
}

/** Misuse (an id the panel never offered) throws; the panel only offers listed ids. */
export function withActiveSet(stored: StoredSets, id: string): StoredSets {
  if (!allSetsOf(stored).some((s) => s.id === id)) throw new Error(`Không có bộ chỉ số "${id}".`);
  return { ...stored, active: id };
}

/** Validates a set and, when it is sound, adds (or replaces) it and makes it the active one. */
export function withAddedSet(stored: StoredSets, input: unknown): { result: CriteriaSetResult; stored: StoredSets } {
  const result = validateCriteriaSet(input);
  if (!result.ok) return { result, stored };
  return { result, stored: { active: result.set.id, sets: [...stored.sets.filter((s) => s.id !== result.set.id), result.set] } };
}

/** Pasted JSON as a value, or a problem saying it is not JSON. */
export function parseSetJson(text: string): { ok: true; value: unknown } | { ok: false; result: CriteriaSetResult } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, result: { ok: false, problems: [problem('set_invalid', 'error', { path: 'JSON', detail, detailVi: `JSON không hợp lệ: ${detail}` })] } };
  }
}
