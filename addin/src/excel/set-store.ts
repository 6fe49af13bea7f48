import {
  activeSetOf, allSetsOf, functionSetOf, storedSetsOf, unreadableStore, utf8Length, withActiveSet, withAddedSet, withoutSet,
  type CriteriaSet, type CriteriaSetResult, type Problem, type StoredSets, type StoredSetsRead,
} from '../../../shared';

const KEY = 'cchc.sets';

/**
 * The workbook's criteria sets live in its settings, so whoever opens the file next scores with the
 * same set, and the custom functions (same runtime) read the active one synchronously. The settings
 * are "automatically loaded … when the add-in is activated" and kept in memory
 * (https://learn.microsoft.com/javascript/api/office/office.settings): a copy another co-author saved
 * since is only seen after refreshAsync, so every save refreshes first and settingsChanged refreshes too.
 */
function settings(): Office.Settings | undefined {
  // Outside Office (a browser preview) there are no settings: the built-in set applies.
  return typeof Office === 'undefined' ? undefined : Office.context?.document?.settings;
}

function readStored(): StoredSetsRead {
  const bag = settings();
  if (!bag) return storedSetsOf(null);
  let raw: unknown;
  try {
    raw = bag.get(KEY);
  } catch (e) {
    // A read Office refuses is a set that cannot be read, said as such, never the example set in silence.
    return unreadableStore(e instanceof Error ? e.message : String(e), 'Excel không cho đọc phần cài đặt của tệp');
  }
  // Validated as when it was loaded: a settings value edited by hand or written by another version is a problem the panel shows.
  return storedSetsOf(raw);
}

export function readStoredSets(): StoredSets {
  return readStored().stored;
}

export const storedSetProblems = (): readonly Problem[] => readStored().problems;

/** The set the functions score by, or the problem they answer with. */
export const setForFunctions = (): ReturnType<typeof functionSetOf> => functionSetOf(readStored());

/** Bytes of the stored value as JSON; Microsoft documents no limit for a workbook's settings, so none is claimed. */
export const storeUsage = (): { bytes: number } => ({ bytes: utf8Length(JSON.stringify(readStoredSets())) });

function settingsCall(run: (done: (r: Office.AsyncResult<void>) => void) => void): Promise<void> {
  return new Promise((resolve, reject) => run((r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(r.error.message)))));
}

/** Reads the settings saved in the document again (https://learn.microsoft.com/javascript/api/office/office.settings#office-office-settings-refreshasync-member(1)). */
async function refresh(): Promise<void> {
  const bag = settings();
  if (bag && typeof bag.refreshAsync === 'function') await settingsCall((done) => bag.refreshAsync((r) => done(r as unknown as Office.AsyncResult<void>)));
}

/** Re-reads what co-authors saved, changes it, and saves: one co-author's new set is never lost to another's. */
async function update(change: (stored: StoredSets) => StoredSets): Promise<void> {
  await refresh();
  const bag = settings();
  if (!bag) throw new Error('Không có phần cài đặt của tệp để lưu bộ chỉ số.');
  const current = readStoredSets();
  const next = change(current);
  if (next === current) return;
  bag.set(KEY, next);
  await settingsCall((done) => bag.saveAsync(done));
}

export const allSets = (): CriteriaSet[] => allSetsOf(readStoredSets());
export const activeSet = (): CriteriaSet => activeSetOf(readStoredSets());
export const setActive = (id: string): Promise<void> => update((stored) => withActiveSet(stored, id));
export const removeSet = (id: string): Promise<void> => update((stored) => withoutSet(stored, id));

export async function addSet(input: unknown): Promise<CriteriaSetResult> {
  let result: CriteriaSetResult | undefined;
  await update((stored) => {
    const added = withAddedSet(stored, input);
    result = added.result;
    return added.stored;
  });
  if (!result) throw new Error('unreachable');
  return result;
}

/**
 * settingsChanged fires when a co-author saves the settings (Excel on the web, co-authoring:
 * https://learn.microsoft.com/javascript/api/office/office.settingschangedeventargs): the in-memory
 * copy is refreshed and `onChange` runs (the functions recalculate by the set now stored).
 */
export function watchStoredSets(onChange: () => void): void {
  const bag = settings();
  if (!bag || typeof bag.addHandlerAsync !== 'function') return;
  bag.addHandlerAsync(Office.EventType.SettingsChanged, () => {
    void refresh().then(onChange, onChange);
  });
}
