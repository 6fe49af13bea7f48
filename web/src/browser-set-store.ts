import { activeSetOf, allSetsOf, storedSetsOf, withActiveSet, withAddedSet, type CriteriaSet, type CriteriaSetResult, type Problem, type StoredSets } from '../../shared';

const KEY = 'cchc-phu-luc.sets';

/**
 * The officer's criteria sets live in the browser's storage for this page, so the next visit scores
 * with the same set; validated again on every read, as the add-ins' stores do, so a value edited by
 * hand or written by another version falls back to the example set with a message.
 */
function read(): { stored: StoredSets; problems: readonly Problem[] } {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(KEY);
  } catch {
    // Storage refused (a private window with storage off): the built-in set applies.
  }
  return storedSetsOf(raw);
}

function write(stored: StoredSets): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(stored));
  } catch {
    throw new Error('Trình duyệt không cho lưu bộ chỉ số (bộ nhớ đầy hoặc bị tắt): bộ chỉ số chỉ dùng được đến khi đóng trang.');
  }
}

let session: StoredSets | undefined;
const current = (): StoredSets => session ?? read().stored;
const keep = (stored: StoredSets): void => {
  session = stored;
  write(stored);
};

export const storedSetProblems = (): readonly Problem[] => (session ? [] : read().problems);
export const allSets = (): CriteriaSet[] => allSetsOf(current());
export const activeSet = (): CriteriaSet => activeSetOf(current());
export const setActive = (id: string): void => keep(withActiveSet(current(), id));

export function addSet(input: unknown): CriteriaSetResult {
  const { result, stored } = withAddedSet(current(), input);
  if (result.ok) keep(stored);
  return result;
}

/** Removes a stored set; the built-in one cannot be removed, and the active set falls back to it. */
export function removeSet(id: string): void {
  const stored = current();
  const sets = stored.sets.filter((s) => s.id !== id);
  keep({ sets, active: sets.some((s) => s.id === stored.active) ? stored.active : activeSetOf({ active: '', sets: [] }).id });
}
