import { DEFAULT_CRITERIA_SET, validateCriteriaSet, type CriteriaSet } from '../../../shared';

const KEY = 'cchc.sets';

interface Stored {
  readonly active: string;
  readonly sets: readonly CriteriaSet[];
}

/**
 * Criteria sets are stored in the workbook's settings, so whoever opens the file next scores with
 * the same set, and the custom functions (same runtime) read the active one synchronously.
 */
function load(): Stored {
  try {
    const stored = Office.context.document.settings.get(KEY) as Stored | null;
    if (stored && Array.isArray(stored.sets)) return stored;
  } catch {
    // Outside Office (tests, a browser preview) there are no settings: the built-in set applies.
  }
  return { active: DEFAULT_CRITERIA_SET.id, sets: [] };
}

function save(stored: Stored): Promise<void> {
  Office.context.document.settings.set(KEY, stored);
  return new Promise((resolve, reject) => {
    Office.context.document.settings.saveAsync((r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(r.error.message))));
  });
}

export function allSets(): CriteriaSet[] {
  return [DEFAULT_CRITERIA_SET, ...load().sets];
}

export function activeSet(): CriteriaSet {
  const stored = load();
  return allSets().find((s) => s.id === stored.active) ?? DEFAULT_CRITERIA_SET;
}

export async function setActive(id: string): Promise<void> {
  if (!allSets().some((s) => s.id === id)) throw new Error(`Không có bộ chỉ số "${id}".`);
  await save({ ...load(), active: id });
}

export async function addSet(input: unknown): Promise<ReturnType<typeof validateCriteriaSet>> {
  const result = validateCriteriaSet(input);
  if (!result.ok) return result;
  const stored = load();
  await save({ active: result.set.id, sets: [...stored.sets.filter((s) => s.id !== result.set.id), result.set] });
  return result;
}
