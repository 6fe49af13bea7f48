import { activeSetOf, allSetsOf, asStoredSets, withActiveSet, withAddedSet, type CriteriaSet, type CriteriaSetResult, type StoredSets } from '../../shared';

const KEY = 'cchc.sets';
const CHUNK = 8000;

/**
 * The spreadsheet's criteria sets live in its document properties, so whoever opens it next scores
 * with the same set. A value holds at most 9 kB, hence the chunks; all are read in one call.
 */
function read(): StoredSets {
  const props = PropertiesService.getDocumentProperties().getProperties();
  const count = Number(props[`${KEY}.count`] ?? '0');
  let json = '';
  for (let i = 0; i < count; i++) json += props[`${KEY}.${i}`] ?? '';
  try {
    return asStoredSets(count ? JSON.parse(json) : null);
  } catch {
    return asStoredSets(null);
  }
}

function write(stored: StoredSets): void {
  const json = JSON.stringify(stored);
  const chunks: Record<string, string> = {};
  const count = Math.ceil(json.length / CHUNK);
  for (let i = 0; i < count; i++) chunks[`${KEY}.${i}`] = json.slice(i * CHUNK, (i + 1) * CHUNK);
  chunks[`${KEY}.count`] = String(count);
  PropertiesService.getDocumentProperties().setProperties(chunks);
}

export const allSets = (): CriteriaSet[] => allSetsOf(read());
export const activeSet = (): CriteriaSet => activeSetOf(read());
export const setActive = (id: string): void => write(withActiveSet(read(), id));

export function addSet(input: unknown): CriteriaSetResult {
  const { result, stored } = withAddedSet(read(), input);
  if (result.ok) write(stored);
  return result;
}
