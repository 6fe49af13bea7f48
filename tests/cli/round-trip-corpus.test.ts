import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { withCachedResults } from '../helpers/cached-results';
import { excelHabits } from '../helpers/excel-habits';
import { fillTemplate } from '../helpers/fill-template';
import { neutral } from '../helpers/neutral-output';
import { readParts } from '../helpers/package-parts';
import { cchc, type CliRun } from '../helpers/run-cli';
import { savedByLibreOffice } from '../helpers/saved-by-libreoffice';
import { sheetsDownloadShape } from '../helpers/sheets-download-shape';
import { formulasOf, gridOf, sheetsOf } from '../helpers/sheet-grid';
import { tempDir } from '../helpers/temp-dir';
import { asMacroWorkbook } from '../helpers/workbook-kinds';

/**
 * Issue 18, item 2: files as they come back. Every shipped example and every template (filled as an
 * officer fills it, and the scored copy of the score sheet), each in the forms an officer's computer
 * gives back: saved by LibreOffice, in the shape of a Google Sheets download, and with Excel's habits
 * (also as .xlsm). Each command gives on each form what it gives on the original; nothing that was a
 * formula becomes a value; no part of the input is missing from an output; every output opens in
 * LibreOffice. LibreOffice starts three times in all: the templates' results, the forms, the outputs.
 */
jest.setTimeout(900_000);

const ROOT = join(__dirname, '../..');
const dir = tempDir('cchc-corpus-');

interface Entry {
  /** A short name for the test title and the files. */
  readonly slug: string;
  readonly bytes: Buffer;
  /** import-set reads it (a decision's criteria table, or a Bộ chỉ số sheet). */
  readonly isSetTable: boolean;
}

const FORM_NAMES = ['LibreOffice', 'Google Sheets', 'Excel', 'Excel .xlsm'] as const;
type FormName = (typeof FORM_NAMES)[number];

const entries: Entry[] = [];
const files = new Map<string, Map<FormName | 'original', string>>();
/** Outputs written by the commands on each form, opened by LibreOffice in the last test. */
const outputs: string[] = [];

const examples = (): string[] => [
  ...readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.xlsx')).map((f) => join(ROOT, 'examples', f)),
  ...readdirSync(join(ROOT, 'examples/don-vi')).filter((f) => f.endsWith('.xlsx')).map((f) => join(ROOT, 'examples/don-vi', f)),
];

beforeAll(async () => {
  for (const path of examples()) {
    const slug = basename(path, '.xlsx');
    entries.push({ slug, bytes: readFileSync(path), isSetTable: slug === 'bo-chi-so' || slug.startsWith('quyet-dinh') });
  }
  // Every template the command line lists, written by it, then filled; the formulas' results cached
  // as a spreadsheet stores them once the officer has typed (LibreOffice computes them).
  const listed = await cchc('templates');
  const ids = listed.out.split('\n').map((l) => l.split(/\s+/)[0] ?? '').filter((id) => id !== '');
  expect(ids.length).toBeGreaterThanOrEqual(7);
  const filled: { slug: string; bytes: Buffer }[] = [];
  for (const id of ids) {
    const path = join(dir, `mau-${id}.xlsx`);
    const run = await cchc('template', id, '-o', path);
    expect([id, run.code]).toEqual([id, 0]);
    writeFileSync(path, fillTemplate(readFileSync(path)));
    filled.push({ slug: `mau-${id}`, bytes: readFileSync(path) });
    if (id === 'cham-diem') {
      // The score sheet once scored by the command line: a file the CLI wrote, coming back.
      const scored = join(dir, 'mau-cham-diem-da-cham.xlsx');
      expect((await cchc('score', path, '-o', scored)).code).toBeLessThan(2);
      filled.push({ slug: 'mau-cham-diem-da-cham', bytes: readFileSync(scored) });
    }
  }
  const computed = savedByLibreOffice(filled.map((f) => ({ name: `${f.slug}.xlsx`, bytes: f.bytes })));
  filled.forEach((f, i) => entries.push({ slug: f.slug, bytes: withCachedResults(f.bytes, computed[i] ?? Buffer.alloc(0)), isSetTable: f.slug === 'mau-bo-chi-so' }));

  const saved = savedByLibreOffice(entries.map((e) => ({ name: `${e.slug}.xlsx`, bytes: e.bytes })));
  entries.forEach((entry, i) => {
    const lo = saved[i] ?? Buffer.alloc(0);
    const forms = new Map<FormName | 'original', string>();
    const put = (form: FormName | 'original', bytes: Buffer, ext = 'xlsx'): void => {
      // One folder per form and the same file name in each: a unit named after its file ranks alike.
      const folder = join(dir, slugOf(form));
      mkdirSync(join(folder, 'ra'), { recursive: true });
      const path = join(folder, `${entry.slug}.${ext}`);
      writeFileSync(path, bytes);
      forms.set(form, path);
    };
    put('original', entry.bytes);
    put('LibreOffice', lo);
    put('Google Sheets', sheetsDownloadShape(entry.bytes, lo));
    const excel = excelHabits(entry.bytes, lo);
    put('Excel', excel);
    // Macros ride along on the files people score most.
    if (entry.slug.includes('cham-diem')) put('Excel .xlsm', asMacroWorkbook(excel), 'xlsm');
    files.set(entry.slug, forms);
  });
});

const extOf = (path: string): string => path.slice(path.lastIndexOf('.'));
const slugOf = (form: FormName | 'original'): string => (form === 'original' ? 'goc' : form.replace(/\W+/g, '-').toLowerCase());

/** One run of every command on a file: what each printed, the formulas and parts of what each wrote. */
interface Report {
  readonly said: Record<string, string>;
  readonly written: Record<string, string>;
}

async function runAll(input: string, isSetTable: boolean): Promise<Report> {
  const said: Record<string, string> = {};
  const written: Record<string, string> = {};
  const names: Record<string, string> = { [input]: '<tệp>' };
  const record = (name: string, run: CliRun, output?: string): void => {
    said[name] = neutral(`${run.code}\n${run.out}\n${run.err}`, output ? { ...names, [output]: '<ra>' } : names);
  };
  const ext = extOf(input);
  const folder = join(input, '..', 'ra');
  const slug = basename(input, ext);
  const out = (name: string): string => join(folder, `${slug}-${name}${ext}`);
  record('check --json', await cchc('check', input, '--json'));
  record('score --json', await cchc('score', input, '--json'));
  record('rank', await cchc('rank', input));
  record('rank --json', await cchc('rank', input, '--json'));
  const plan = join(folder, `${slug}-plan.xlsx`);
  record('plan', await cchc('plan', input, '-o', plan), plan);
  if (isSetTable) record('import-set --json', await cchc('import-set', input, '--json'));
  for (const [name, argv] of [
    ['check --fix -o', (o: string) => ['check', input, '--fix', '-o', o]],
    ['score -o', (o: string) => ['score', input, '-o', o]],
    ['clean -o', (o: string) => ['clean', input, '-o', o]],
  ] as const) {
    const output = out(name.split(' ')[0] ?? name);
    const run = await cchc(...argv(output));
    record(name, run, output);
    try {
      written[name] = readFileSync(output).toString('base64');
      outputs.push(output);
    } catch {
      written[name] = '';
    }
  }
  return { said, written };
}

/**
 * score --json lists each row's figures as read. A total the original holds as a formula with no
 * stored result reads as null there; the same total in a saved copy carries its result. Either is
 * right for such a row, so where the original says null the copy's figure is not compared; the
 * totals, index and problems always are.
 */
function withUncomputedAligned(mine: Record<string, string>, theirs: Record<string, string>): Record<string, string> {
  const key = 'score --json';
  const a = mine[key];
  const b = theirs[key];
  if (a === undefined || b === undefined) return mine;
  const [codeA, ...restA] = a.split('\n');
  const [codeB, ...restB] = b.split('\n');
  const jsonEnd = (lines: string[]): number => lines.lastIndexOf('}') + 1;
  try {
    const ja = JSON.parse(restA.slice(0, jsonEnd(restA)).join('\n')) as { rows?: Record<string, unknown>[] };
    const jb = JSON.parse(restB.slice(0, jsonEnd(restB)).join('\n')) as { rows?: Record<string, unknown>[] };
    (ja.rows ?? []).forEach((row, i) => {
      const other = jb.rows?.[i];
      if (!other) return;
      for (const field of Object.keys(row)) if (other[field] === null) row[field] = null;
    });
    if (codeA !== codeB) return mine;
    const text = [codeA, ...JSON.stringify(ja, null, 2).split('\n'), ...restA.slice(jsonEnd(restA))].join('\n');
    return { ...mine, [key]: text };
  } catch {
    return mine;
  }
}

const originals = new Map<string, Report>();
async function original(slug: string): Promise<Report> {
  const known = originals.get(slug);
  if (known) return known;
  const entry = entries.find((e) => e.slug === slug);
  const report = await runAll(files.get(slug)?.get('original') ?? '', entry?.isSetTable ?? false);
  originals.set(slug, report);
  return report;
}

const SLUGS = [
  ...examples().map((p) => basename(p, '.xlsx')),
  'mau-chi-tieu-cchc', 'mau-chi-tieu-tthc', 'mau-ke-hoach-giai-doan', 'mau-phan-cong-nhiem-vu', 'mau-phan-cong-muc-tieu',
  'mau-cham-diem', 'mau-bo-chi-so', 'mau-cham-diem-da-cham',
];
const CASES = SLUGS.flatMap((slug) => FORM_NAMES.filter((f) => f !== 'Excel .xlsm' || slug.includes('cham-diem')).map((form) => [slug, form] as const));

test('the corpus holds every example and every template the command line lists', async () => {
  const listed = (await cchc('templates')).out.split('\n').map((l) => `mau-${l.split(/\s+/)[0] ?? ''}`).filter((s) => s !== 'mau-');
  expect(entries.map((e) => e.slug).sort()).toEqual([...SLUGS].sort());
  expect(listed.every((s) => SLUGS.includes(s))).toBe(true);
});

describe.each(CASES)('%s, %s', (slug, form) => {
  let input: string;
  let mine: Report;
  let theirs: Report;
  beforeAll(async () => {
    input = files.get(slug)?.get(form) ?? '';
    const entry = entries.find((e) => e.slug === slug);
    theirs = await original(slug);
    mine = await runAll(input, entry?.isSetTable ?? false);
  });

  test('every command gives the problems and figures it gives on the original', () => {
    expect(withUncomputedAligned(mine.said, theirs.said)).toEqual(withUncomputedAligned(theirs.said, theirs.said));
  });

  test('nothing that was a formula becomes a value (check --fix -o, score -o, clean -o)', () => {
    const before = formulasOf(readFileSync(input));
    for (const [name, base64] of Object.entries(mine.written)) {
      if (base64 === '') continue;
      const after = formulasOf(Buffer.from(base64, 'base64'));
      expect([name, [...before.keys()].filter((cell) => !after.has(cell))]).toEqual([name, []]);
    }
  });

  test('every part of the input is in each output, and an .xlsm stays one', () => {
    const before = readParts(readFileSync(input));
    for (const [name, base64] of Object.entries(mine.written)) {
      if (base64 === '') continue;
      const after = readParts(Buffer.from(base64, 'base64'));
      // The calculation chain alone may go: it only orders recalculation (ECMA-376 Part 1 §18.6),
      // Excel rebuilds it, and a copy whose formulas changed asks for a full calculation without one.
      const missing = [...before.keys()].filter((p) => !after.has(p) && p !== 'xl/calcChain.xml');
      expect([name, missing]).toEqual([name, []]);
      if (form === 'Excel .xlsm') expect([name, after.get('xl/vbaProject.bin')?.equals(before.get('xl/vbaProject.bin') ?? Buffer.alloc(1))]).toEqual([name, true]);
    }
  });
});

test('every output opens in LibreOffice (one start for all)', () => {
  expect(outputs.length).toBeGreaterThan(0);
  const saved = savedByLibreOffice(outputs.map((o) => ({ name: basename(o), bytes: readFileSync(o) })));
  saved.forEach((bytes, i) => {
    const parts = readParts(bytes);
    expect([basename(outputs[i] ?? ''), sheetsOf(parts).length > 0]).toEqual([basename(outputs[i] ?? ''), true]);
  });
});

describe('Done when: the shipped example saved by LibreOffice', () => {
  let saved: string;
  beforeAll(() => {
    saved = files.get('cham-diem-vinh-linh-2023')?.get('LibreOffice') ?? '';
  });

  test('check lists D38, naming the totals it affects, and no total as an error of its own', async () => {
    const run = await cchc('check', saved, '--json');
    const problems = (JSON.parse(run.out) as { problems: { cell: string; severity: string; message: string }[] }).problems;
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.cell)).toEqual(['D38']);
    const d38 = problems.find((p) => p.cell === 'D38')?.message ?? '';
    for (const total of ['D36', 'D37', 'D55']) expect([total, d38.includes(total)]).toEqual([total, true]);
  });

  test('after check --fix -o every formula is still one, and LibreOffice recalculates −23,41 over 27 criteria, as score --json says', async () => {
    const fixed = join(dir, 'vinh-linh-lo-da-sua.xlsx');
    await cchc('check', saved, '--fix', '-o', fixed);
    const before = formulasOf(readFileSync(saved));
    const after = formulasOf(readFileSync(fixed));
    expect([...before.keys()].filter((cell) => !after.has(cell))).toEqual([]);
    const [recalculated] = savedByLibreOffice([{ name: 'da-sua.xlsx', bytes: readFileSync(fixed) }]);
    const parts = readParts(recalculated ?? Buffer.alloc(0));
    const grid = gridOf(parts, sheetsOf(parts)[0]?.part ?? '');
    const shown = (a: string): number => Number(grid.get(a)?.value);
    expect([grid.get('B55')?.value, shown('F55'), shown('E56'), shown('F58')]).toEqual(['Tổng cộng', -23.41, 0.4148, 27]);
    const json = JSON.parse((await cchc('score', fixed, '--json')).out) as { totals: { deduction: number; lost: number }; index: number };
    expect([json.totals.deduction, json.index, json.totals.lost]).toEqual([shown('F55'), shown('E56'), shown('F58')]);
  });
});
