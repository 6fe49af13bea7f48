import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanResidue, parseRuleText, readCell, validateTable, type ScoreLayout } from '../shared';
import { runCli } from '../cli/main';
import { measure, measureAsync, type Measurement } from './measure';

/** One hostile input at half and at full size: the ratio shows how time grows (about 2 for linear, 4 for quadratic). */
export interface Doubling {
  readonly half: Measurement;
  readonly full: Measurement;
}

export function doublingReport(d: Doubling): string {
  const ratio = d.full.medianMs / Math.max(d.half.medianMs, 1e-3);
  return `${d.full.name.padEnd(74)} ${d.half.medianMs.toFixed(1).padStart(9)} ms → ${d.full.medianMs.toFixed(1).padStart(9)} ms   doubling ×${ratio.toFixed(2)}`;
}

const LAYOUT: ScoreLayout = { kind: 'score', firstRow: 2, firstColumn: 1, decimal: ',', columns: { code: 0, name: 1, max: 2, self: 3, appraised: 4 } };

function emptyColumnBlock(rows: number): unknown[][] {
  return Array.from({ length: rows }, (_, i) => [`${1 + (i % 7)}.${Math.floor(i / 7) + 1}`, 'Tiêu chí', 2, 1, null]);
}

/** A sheet with a value in A1 and one in column XFD of the given row: a few KB on disk, a vast used range. */
async function wideSparse(path: string, lastRow: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Trang tính1');
  ws.getCell('A1').value = 1;
  ws.getCell(lastRow, 16_384).value = 2;
  await wb.xlsx.writeFile(path);
}

export async function adversarialBenchmarks(): Promise<Doubling[]> {
  const pairs: Doubling[] = [];
  const pair = (name: string, unit: string, size: number, job: (n: number) => () => unknown, runs = 3): Doubling => ({
    half: measure(name, size / 2, unit, job(size / 2), runs),
    full: measure(name, size, unit, job(size), runs),
  });
  pairs.push(pair('rule text of " -" repeats, 0,5 → 1 MB (parseRuleText)', 'chars', 1_048_576, (n) => {
    const text = ' -'.repeat(n / 2);
    return () => parseRuleText(text, 2, '1.1');
  }));
  pairs.push(pair('"<sup>" then spaces, 0,5 → 1 MB (cleanResidue)', 'chars', 1_048_576, (n) => {
    const text = `<sup>${' '.repeat(n - 5)}`;
    return () => cleanResidue(text);
  }, 9));
  pairs.push(pair('nines, 0,5 → 1 MB in one cell (readCell)', 'chars', 1_048_576, (n) => {
    const text = `${'9'.repeat(n - 1)}x`;
    return () => readCell(text);
  }, 9));
  pairs.push(pair('score table with an empty column, 50 000 → 100 000 rows (validateTable)', 'rows', 100_000, (n) => {
    const block = emptyColumnBlock(n);
    return () => validateTable(block, LAYOUT);
  }));
  const dir = mkdtempSync(join(tmpdir(), 'cchc-bench-adversarial-'));
  try {
    const half = join(dir, 'xfd524288.xlsx');
    const full = join(dir, 'xfd1048576.xlsx');
    await wideSparse(half, 524_288);
    await wideSparse(full, 1_048_576);
    const quiet = { out: () => undefined, err: () => undefined };
    const name = 'wide sparse sheet, A1 and XFD524288 → XFD1048576 (cchc check)';
    pairs.push({
      half: await measureAsync(name, 524_288, 'rows', () => runCli(['check', half], quiet), 3),
      full: await measureAsync(name, 1_048_576, 'rows', () => runCli(['check', full], quiet), 3),
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return pairs;
}
