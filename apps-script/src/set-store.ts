import { activeSetOf, allSetsOf, chunksByBytes, storedSetsOf, withActiveSet, withAddedSet, type CriteriaSet, type CriteriaSetResult, type Problem, type StoredSets } from '../../shared';

const KEY = 'cchc.sets';
/**
 * Google documents 9 kB per property value (https://developers.google.com/apps-script/guides/services/quotas)
 * and a measured maximum of 8 066 bytes has been reported
 * (https://gist.github.com/tanaikech/8b057d10fb5f2af014794e57b021c6aa); counted in UTF-8 bytes, where
 * a Vietnamese letter takes two or three. 8 000 bytes keeps a margin under both.
 */
export const CHUNK_BYTES = 8000;

/**
 * The spreadsheet's criteria sets live in its document properties, so whoever opens it next scores
 * with the same set; the JSON is split over several values, all read in one call.
 */
function readRaw(): { json: string | null; keys: string[] } {
  const props = PropertiesService.getDocumentProperties().getProperties();
  const count = Number(props[`${KEY}.count`] ?? '0');
  let json = '';
  for (let i = 0; i < count; i++) json += props[`${KEY}.${i}`] ?? '';
  return { json: count ? json : null, keys: Object.keys(props) };
}

function read(): { stored: StoredSets; problems: readonly Problem[] } {
  return storedSetsOf(readRaw().json);
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

export const allSets = (): CriteriaSet[] => allSetsOf(read().stored);
export const activeSet = (): CriteriaSet => activeSetOf(read().stored);
/** Sets stored in the document that could not be used, each as a problem for the panel. */
export const storedSetProblems = (): readonly Problem[] => read().problems;
export const setActive = (id: string): void => write(withActiveSet(read().stored, id));

export function addSet(input: unknown): CriteriaSetResult {
  const { result, stored } = withAddedSet(read().stored, input);
  if (result.ok) write(stored);
  return result;
}
