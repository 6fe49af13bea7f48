import {
  activeSetOf, allSetsOf, chunksByBytes, functionSetOf, storedSetsOf, unreadableStore, utf8Length, withActiveSet, withAddedSet, withoutSet,
  type CriteriaSet, type CriteriaSetResult, type Problem, type StoredSets, type StoredSetsRead,
} from '../../shared';

const KEY = 'cchc.sets';
/**
 * Google documents 9 kB per property value (https://developers.google.com/apps-script/guides/services/quotas)
 * and a measured maximum of 8 066 bytes has been reported
 * (https://gist.github.com/tanaikech/8b057d10fb5f2af014794e57b021c6aa); counted in UTF-8 bytes, where
 * a Vietnamese letter takes two or three. 8 000 bytes keeps a margin under both.
 */
export const CHUNK_BYTES = 8000;
/** "Properties value size: 9 kB / val, 500 kB / property store" (https://developers.google.com/apps-script/guides/services/quotas). */
export const STORE_BYTES = 500 * 1024;
/** How long a save waits for another editor's save to finish. */
const LOCK_WAIT_MS = 10_000;

/**
 * The spreadsheet's criteria sets live in its document properties, so whoever opens it next scores
 * with the same set; the JSON is split over several values, all read in one call.
 */
function readRaw(props: Record<string, string>): string | null {
  const count = Number(props[`${KEY}.count`] ?? '0');
  let json = '';
  for (let i = 0; i < count; i++) json += props[`${KEY}.${i}`] ?? '';
  return count ? json : null;
}

/** A read the service refuses (a quota, an outage) is a set that cannot be read, said as such. */
function read(): StoredSetsRead {
  let props: Record<string, string>;
  try {
    props = PropertiesService.getDocumentProperties().getProperties();
  } catch (e) {
    return unreadableStore(e instanceof Error ? e.message : String(e), 'Google Sheets không cho đọc phần lưu trữ của tệp');
  }
  return storedSetsOf(readRaw(props));
}

/** Writes the new chunks, then removes chunks a longer earlier set left (they count toward the 500 kB a document may hold). */
function write(stored: StoredSets): void {
  const pieces = chunksByBytes(JSON.stringify(stored), CHUNK_BYTES);
  const chunks: Record<string, string> = {};
  pieces.forEach((piece, i) => { chunks[`${KEY}.${i}`] = piece; });
  chunks[`${KEY}.count`] = String(pieces.length);
  const props = PropertiesService.getDocumentProperties();
  const stale = Object.keys(props.getProperties()).filter((k) => k.startsWith(`${KEY}.`) && !(k in chunks));
  props.setProperties(chunks);
  for (const key of stale) props.deleteProperty(key);
}

/**
 * Every save holds the document lock and reads the sets again inside it, so two editors importing at
 * once both keep their set: the second waits, then changes what the first saved
 * (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock(),
 * https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)).
 */
function update(change: (stored: StoredSets) => StoredSets): void {
  const lock = LockService.getDocumentLock();
  if (lock && !lock.tryLock(LOCK_WAIT_MS)) throw new Error('Một người khác đang lưu bộ chỉ số của tệp này; hãy thử lại sau ít giây.');
  try {
    // Read without the fallback: if the service refuses the read, nothing is written over what could not be seen.
    const current = storedSetsOf(readRaw(PropertiesService.getDocumentProperties().getProperties())).stored;
    const next = change(current);
    if (next !== current) write(next);
  } finally {
    lock?.releaseLock();
  }
}

export const allSets = (): CriteriaSet[] => allSetsOf(read().stored);
export const activeSet = (): CriteriaSet => activeSetOf(read().stored);
/** The set the functions score by, or the problem they answer with. */
export const setForFunctions = (): ReturnType<typeof functionSetOf> => functionSetOf(read());
/** Sets stored in the document that could not be used, each as a problem for the panel. */
export const storedSetProblems = (): readonly Problem[] => read().problems;
export const setActive = (id: string): void => update((stored) => withActiveSet(stored, id));
export const removeSet = (id: string): void => update((stored) => withoutSet(stored, id));

/** Bytes the sets take in the document's property store, out of its 500 kB. */
export function storeUsage(): { bytes: number; limit: number } {
  const props = PropertiesService.getDocumentProperties().getProperties();
  const bytes = Object.entries(props).filter(([k]) => k.startsWith(`${KEY}.`)).reduce((n, [k, v]) => n + utf8Length(k) + utf8Length(v), 0);
  return { bytes, limit: STORE_BYTES };
}

export function addSet(input: unknown): CriteriaSetResult {
  let result: CriteriaSetResult | undefined;
  update((stored) => {
    const added = withAddedSet(stored, input);
    result = added.result;
    return added.stored;
  });
  if (!result) throw new Error('unreachable');
  return result;
}
