import { DEFAULT_CRITERIA_SET, validateCriteriaSet, type CriteriaSet } from '../../shared';

const KEY = 'cchc.sets';
const CHUNK = 8000;

interface Stored {
  readonly active: string;
  readonly sets: readonly CriteriaSet[];
}

/**
 * Criteria sets live in the spreadsheet's document properties, so whoever opens it next scores with
 * the same set. Values are limited to 9 kB each, hence the chunks.
 */
function load(): Stored {
  // One call for every chunk: a long provincial set must not cost a call per 8 kB.
  const props = PropertiesService.getDocumentProperties().getProperties();
  const count = Number(props[`${KEY}.count`] ?? '0');
  if (!count) return { active: DEFAULT_CRITERIA_SET.id, sets: [] };
  let json = '';
  for (let i = 0; i < count; i++) json += props[`${KEY}.${i}`] ?? '';
  try {
    return JSON.parse(json) as Stored;
  } catch {
    return { active: DEFAULT_CRITERIA_SET.id, sets: [] };
  }
}

function save(stored: Stored): void {
  const json = JSON.stringify(stored);
  const chunks: Record<string, string> = {};
  const count = Math.ceil(json.length / CHUNK);
  for (let i = 0; i < count; i++) chunks[`${KEY}.${i}`] = json.slice(i * CHUNK, (i + 1) * CHUNK);
  chunks[`${KEY}.count`] = String(count);
  PropertiesService.getDocumentProperties().setProperties(chunks);
}

export function allSets(): CriteriaSet[] {
  return [DEFAULT_CRITERIA_SET, ...load().sets];
}

export function activeSet(): CriteriaSet {
  const stored = load();
  return allSets().find((s) => s.id === stored.active) ?? DEFAULT_CRITERIA_SET;
}

export function setActive(id: string): void {
  const stored = load();
  if (!allSets().some((s) => s.id === id)) throw new Error(`Không có bộ chỉ số "${id}".`);
  save({ ...stored, active: id });
}

/** Adds (or replaces) a validated set and makes it the active one. */
export function addSet(input: unknown): ReturnType<typeof validateCriteriaSet> {
  const result = validateCriteriaSet(input);
  if (!result.ok) return result;
  const stored = load();
  save({ active: result.set.id, sets: [...stored.sets.filter((s) => s.id !== result.set.id), result.set] });
  return result;
}
