import { activeSetOf, allSetsOf, storedSetsOf, withActiveSet, withAddedSet, type CriteriaSet, type CriteriaSetResult, type Problem, type StoredSets } from '../../../shared';

const KEY = 'cchc.sets';

/**
 * The workbook's criteria sets live in its settings, so whoever opens the file next scores with the
 * same set, and the custom functions (same runtime) read the active one synchronously.
 */
function readStored(): { stored: StoredSets; problems: readonly Problem[] } {
  let raw: unknown = null;
  try {
    raw = Office.context.document.settings.get(KEY);
  } catch {
    // Outside Office (a browser preview) there are no settings: the built-in set applies.
  }
  // Validated as when it was loaded: a settings value edited by hand or written by another version
  // falls back to the example set with a message instead of breaking scoring.
  return storedSetsOf(raw);
}

export function readStoredSets(): StoredSets {
  return readStored().stored;
}

export const storedSetProblems = (): readonly Problem[] => readStored().problems;

function write(stored: StoredSets): Promise<void> {
  Office.context.document.settings.set(KEY, stored);
  return new Promise((resolve, reject) => {
    Office.context.document.settings.saveAsync((r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(r.error.message))));
  });
}

export const allSets = (): CriteriaSet[] => allSetsOf(readStoredSets());
export const activeSet = (): CriteriaSet => activeSetOf(readStoredSets());
export const setActive = (id: string): Promise<void> => write(withActiveSet(readStoredSets(), id));

export async function addSet(input: unknown): Promise<CriteriaSetResult> {
  const { result, stored } = withAddedSet(readStoredSets(), input);
  if (result.ok) await write(stored);
  return result;
}
