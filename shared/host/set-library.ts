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

/** What a host read back, as stored sets, the problems to show, and whether the active set itself could not be read. */
export interface StoredSetsRead {
  readonly stored: StoredSets;
  readonly problems: readonly Problem[];
  /**
   * Set when the set the workbook had active cannot be read (the stored value is damaged, the host
   * refused the read, or the active set fails validation): the panel falls back to the example set
   * and says so, the functions answer with this problem rather than another set's points.
   */
  readonly unreadable?: Problem;
}

let lastRead: { readonly raw: unknown; readonly result: StoredSetsRead } | undefined;

/**
 * Whatever a host read back (nothing, JSON text, an object written by another version, or a file
 * edited by hand) as stored sets: every set is validated again as when it was loaded, and one that
 * fails is left out with a problem naming it, so scoring never throws on it. The last answer is
 * kept, as custom functions ask on every call.
 */
export function storedSetsOf(raw: unknown): StoredSetsRead {
  if (lastRead && lastRead.raw === raw) return lastRead.result;
  const result = readStored(raw);
  lastRead = { raw, result };
  return result;
}

/** A host's read that failed (a quota, a service refused, settings not loaded): nothing can be trusted. */
export function unreadableStore(detail: string, detailVi: string): StoredSetsRead {
  const p = unreadable('?', detail, detailVi);
  return { stored: EMPTY_STORED_SETS, problems: [p], unreadable: p };
}

function readStored(raw: unknown): StoredSetsRead {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return unreadableStore('not JSON', 'không phải JSON');
    }
  }
  if (value === null || value === undefined) return { stored: EMPTY_STORED_SETS, problems: [] };
  const s = value as { active?: unknown; sets?: unknown };
  if (typeof s !== 'object' || typeof s.active !== 'string' || !Array.isArray(s.sets)) {
    return unreadableStore('not a list of sets', 'không phải danh sách bộ chỉ số');
  }
  const sets: CriteriaSet[] = [];
  const problems: Problem[] = [];
  let lost: Problem | undefined;
  for (const item of s.sets as unknown[]) {
    const checked = validateCriteriaSet(item);
    if (checked.ok) {
      sets.push(checked.set);
      continue;
    }
    const first = checked.problems.find((p) => p.severity === 'error') ?? checked.problems[0];
    const o = item && typeof item === 'object' ? item as { name?: unknown; id?: unknown } : {};
    const name = typeof o.name === 'string' ? o.name : '?';
    const [detail, detailVi] = [first ? formatProblem(first, 'en') : 'invalid', first ? formatProblem(first, 'vi') : 'không hợp lệ'];
    const isActive = typeof o.id === 'string' && o.id === s.active;
    const p = isActive ? unreadable(name, detail, detailVi) : damaged(name, detail, detailVi);
    if (isActive) lost = p;
    problems.push(p);
  }
  // An active id no set answers to (a set lost from the list) is as unreadable as a damaged one.
  if (!lost && s.active !== DEFAULT_CRITERIA_SET.id && !sets.some((x) => x.id === s.active)) {
    lost = unreadable(s.active, 'the active set is missing', 'không còn bộ đang dùng trong tệp');
    problems.push(lost);
  }
  const active = sets.some((x) => x.id === s.active) ? s.active : DEFAULT_CRITERIA_SET.id;
  return lost ? { stored: { active, sets }, problems, unreadable: lost } : { stored: { active, sets }, problems };
}

function damaged(name: string, detail: string, detailVi: string): Problem {
  return problem('stored_set_invalid', 'warning', { name, detail, detailVi });
}

function unreadable(name: string, detail: string, detailVi: string): Problem {
  return problem('stored_set_unreadable', 'error', { name, detail, detailVi });
}

/** The set the custom functions score by, or the problem they answer with when the active set cannot be read. */
export function functionSetOf(read: StoredSetsRead): { ok: true; set: CriteriaSet } | { ok: false; problem: Problem } {
  return read.unreadable ? { ok: false, problem: read.unreadable } : { ok: true, set: activeSetOf(read.stored) };
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

/**
 * The stored sets without one set (the panel's "remove", after the officer confirms): the example
 * set cannot be removed; removing the active set makes the example set active.
 */
export function withoutSet(stored: StoredSets, id: string): StoredSets {
  if (!stored.sets.some((s) => s.id === id)) throw new Error(`Không có bộ chỉ số "${id}" để xóa.`);
  const sets = stored.sets.filter((s) => s.id !== id);
  return { active: stored.active === id ? DEFAULT_CRITERIA_SET.id : stored.active, sets };
}

/** Pasted JSON as a value, or a problem saying it is not JSON. */
export function parseSetJson(text: string): { ok: true; value: unknown } | { ok: false; result: CriteriaSetResult } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, result: { ok: false, problems: [describeJsonError(text, e)] } };
  }
}
