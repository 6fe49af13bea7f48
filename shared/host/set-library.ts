import { DEFAULT_CRITERIA_SET } from '../criteria/default-set';
import type { CriteriaSet } from '../criteria/criteria-set';
import { validateCriteriaSet, type CriteriaSetResult } from '../criteria/validate-criteria-set';
import { describeJsonError } from '../criteria/describe-set-issue';
import { formatProblem } from '../problems/format-problem';
import { problem, type Problem } from '../problems/problem';

/** The criteria sets a workbook carries and which one is active; each host stores it its own way. */
export interface StoredSets {
  readonly active: string;
  readonly sets: readonly CriteriaSet[];
}

export const EMPTY_STORED_SETS: StoredSets = { active: DEFAULT_CRITERIA_SET.id, sets: [] };

let lastRead: { readonly raw: unknown; readonly result: { stored: StoredSets; problems: readonly Problem[] } } | undefined;

/**
 * Whatever a host read back (nothing, JSON text, an object written by another version, or a file
 * edited by hand) as stored sets: every set is validated again as when it was loaded, and one that
 * fails is left out with a problem naming it, so scoring falls back to the example set instead of
 * throwing or silently rating nothing. The last answer is kept, as custom functions ask on every call.
 */
export function storedSetsOf(raw: unknown): { stored: StoredSets; problems: readonly Problem[] } {
  if (lastRead && lastRead.raw === raw) return lastRead.result;
  const result = readStored(raw);
  lastRead = { raw, result };
  return result;
}

function readStored(raw: unknown): { stored: StoredSets; problems: readonly Problem[] } {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return { stored: EMPTY_STORED_SETS, problems: [damaged('?', 'not JSON', 'không phải JSON')] };
    }
  }
  if (value === null || value === undefined) return { stored: EMPTY_STORED_SETS, problems: [] };
  const s = value as { active?: unknown; sets?: unknown };
  if (typeof s !== 'object' || typeof s.active !== 'string' || !Array.isArray(s.sets)) {
    return { stored: EMPTY_STORED_SETS, problems: [damaged('?', 'not a list of sets', 'không phải danh sách bộ chỉ số')] };
  }
  const sets: CriteriaSet[] = [];
  const problems: Problem[] = [];
  for (const item of s.sets as unknown[]) {
    const checked = validateCriteriaSet(item);
    if (checked.ok) {
      sets.push(checked.set);
      continue;
    }
    const first = checked.problems.find((p) => p.severity === 'error') ?? checked.problems[0];
    const name = item && typeof item === 'object' && typeof (item as { name?: unknown }).name === 'string' ? (item as { name: string }).name : '?';
    problems.push(damaged(name, first ? formatProblem(first, 'en') : 'invalid', first ? formatProblem(first, 'vi') : 'không hợp lệ'));
  }
  const active = sets.some((x) => x.id === s.active) ? s.active : DEFAULT_CRITERIA_SET.id;
  return { stored: { active, sets }, problems };
}

function damaged(name: string, detail: string, detailVi: string): Problem {
  return problem('stored_set_invalid', 'warning', { name, detail, detailVi });
}

/** The stored sets alone, for callers that do not report. */
export function asStoredSets(raw: unknown): StoredSets {
  return storedSetsOf(raw).stored;
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
    return { ok: false, result: { ok: false, problems: [describeJsonError(text, e)] } };
  }
}
