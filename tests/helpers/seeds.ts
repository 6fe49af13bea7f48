import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The domain's shared folder lives beside the repository (../shared), not inside it. */
export const SHARED_DIR = process.env.CCHC_SHARED_DIR ?? resolve(__dirname, '../../../shared');

export function seedText(id: '000' | '001' | '002' | '003' | '004'): string {
  const dir = join(SHARED_DIR, 'seeds');
  const file = readdirSync(dir).find((f) => f.startsWith(`${id}_`));
  if (!file) throw new Error(`seed ${id} not found in ${dir}`);
  return readFileSync(join(dir, file), 'utf8');
}

/**
 * The rows of a tab-separated table in a seed, from the line after its header to the end of the
 * table, with repeated header rows (page breaks) and blank lines dropped, as a user's sheet has them.
 */
export function seedTable(
  id: '000' | '001' | '003' | '004',
  headerStart: string,
  occurrence = 1,
  /** Tables broken by footnote lines (seed 004) end here instead of at the first line without a tab. */
  stopAt?: RegExp,
): string[][] {
  const lines = seedText(id).split('\n');
  let seen = 0;
  let start = -1;
  lines.forEach((line, i) => {
    if (start < 0 && line.startsWith(headerStart) && ++seen === occurrence) start = i;
  });
  if (start < 0) throw new Error(`header "${headerStart}" not found in seed ${id}`);
  const header = lines[start] ?? '';
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '') continue;
    if (stopAt?.test(line)) break;
    if (!line.includes('\t')) {
      if (stopAt) continue;
      break;
    }
    if (line === header) continue;
    rows.push(line.split('\t'));
  }
  return rows;
}
