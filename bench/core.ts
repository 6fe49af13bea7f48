import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { ScoreLayout, ScoreRowInput } from '../shared';
import { measure, type Measurement } from './measure';

/** What the benchmarks call of a core: today's, or an earlier commit's (same names since issue 14 began). */
type Core = Pick<typeof import('../shared'), 'DEFAULT_CRITERIA_SET' | 'readCell' | 'scoreTable' | 'validateTable'>;

const ROOT = join(__dirname, '..');

/**
 * The core as the CLI ships it: one esbuild bundle (cli/build-bundle.js), not the sources through
 * tsx, whose keep-names wrappers around every function cost about 7 % in profiles of the readers.
 */
export function shippedCore(): Core {
  return bundledCore(join(ROOT, 'shared/index.ts'));
}

/**
 * The core of an earlier commit, bundled the same way, to measure beside today's in the same run:
 * this machine's speed moves by half between hours (a fixed loop took 38 ms, then 60 ms), so only
 * figures of one run compare. Undefined where git or the commit is missing (a shallow clone).
 */
export function coreAt(commit: string): Core | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-bench-'));
  try {
    const archive = spawnSync('git', ['archive', '--format=tar', commit, 'shared'], { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 });
    if (archive.status !== 0) return undefined;
    if (spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout }).status !== 0) return undefined;
    return bundledCore(join(dir, 'shared/index.ts'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Bundles a core from its index, built in memory and loaded from a temporary file removed at once. */
function bundledCore(entry: string): Core {
  const [bundle] = buildSync({
    entryPoints: [entry], bundle: true, platform: 'node', target: 'node20', format: 'cjs', write: false, logLevel: 'error',
    // An earlier commit's sources sit in a temporary folder: its packages (zod) come from this checkout.
    nodePaths: [join(ROOT, 'node_modules')],
  }).outputFiles;
  const dir = mkdtempSync(join(tmpdir(), 'cchc-bench-'));
  try {
    const file = join(dir, 'core.js');
    writeFileSync(file, bundle?.contents ?? '');
    return require(file) as Core;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Cells as staff type them, in the proportions the seeds show: numbers, percentages, targets, text. */
const TYPED = [
  '100%', '92,8%', '> 80%', 'Tối thiểu 80', 'từ 99% trở lên', 'Cấp huyện: 60% Cấp xã: >40%', '2,00', '0,85', '-1,15', '0.25',
  '$(8/112)*1=0,07$', '1 sáng kiến (được chọn nhân rộng)', '14.678 hồ sơ', '<p>Đồng ý với kết quả tự đánh giá của Đơn vị</p>',
  'Thực hiện theo Kế hoạch số 98/KH-UBND ngày 31/10/2022 của UBND tỉnh', '8O%', '',
];

function scoreRows(count: number): ScoreRowInput[] {
  const leaves = ['1.1.3', '1.4.1', '3.4', '3.11.1', '3.12.1', '6.1.1', '1.2', '7.2'];
  return Array.from({ length: count }, (_, i) => {
    const code = leaves[i % leaves.length] ?? '1.2';
    return { code, max: 2, self: 2, appraised: (i % 200) / 100, evidence: { numerator: i % 42, denominator: 42 } };
  });
}

/**
 * The score table as the text-heavy worst case: every number stored as text, so each number cell also
 * yields a "number stored as text" problem. Kept beside the typed block below to show that cost.
 */
function scoreBlock(rows: number): string[][] {
  return Array.from({ length: rows }, (_, i) => [
    `${1 + (i % 7)}.${Math.floor(i / 7) + 1}`, 'Tiêu chí', '2,00', i % 97 === 0 ? '0.25' : '2', `${(i % 200) / 100}`.replace('.', ','),
    `-${((200 - (i % 200)) / 100)}`.replace('.', ','), i % 13 === 0 ? '$325/408=79.66\\%$' : 'Đồng ý', 'Phòng Nội vụ',
  ]);
}

/**
 * The same table as a vi-VN Excel or Google Sheets hands it over: numbers typed into a cell are stored as
 * numbers, and Range.values gives them as JavaScript numbers
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member); the CLI
 * reads numbers from the .xlsx the same way. Only what staff type as prose (the evidence) stays text.
 * This is the table issue 14's validation target is about.
 */
function typedScoreBlock(rows: number): unknown[][] {
  return Array.from({ length: rows }, (_, i) => [
    `${1 + (i % 7)}.${Math.floor(i / 7) + 1}`, 'Tiêu chí', 2, i % 97 === 0 ? 0.25 : 2, (i % 200) / 100,
    -(200 - (i % 200)) / 100, i % 13 === 0 ? '$325/408=79.66\\%$' : 'Đồng ý', 'Phòng Nội vụ',
  ]);
}

/** One core benchmark, to be measured on today's core and on an earlier one alike. */
export interface CoreJob {
  readonly name: string;
  readonly items: number;
  readonly unit: string;
  readonly run: () => unknown;
}

export function coreJobs(core: Core): CoreJob[] {
  const { DEFAULT_CRITERIA_SET, readCell, scoreTable, validateTable } = core;
  const cells = Array.from({ length: 100_000 }, (_, i) => TYPED[i % TYPED.length]);
  const rows = scoreRows(10_000);
  const block = scoreBlock(2_000);
  const typedBlock = typedScoreBlock(2_000);
  const layout: ScoreLayout = {
    kind: 'score', firstRow: 5, firstColumn: 1, decimal: ',',
    columns: { code: 0, name: 1, max: 2, self: 3, appraised: 4, deduction: 5, opinion: 6, responsible: 7 },
  };
  return [
    { name: 'read 100 000 typed cells', items: cells.length, unit: 'cells', run: () => cells.map((c) => readCell(c, { decimal: ',' })) },
    { name: 'score 10 000 rows (default set, ratio rules)', items: rows.length, unit: 'rows', run: () => scoreTable(rows, { set: DEFAULT_CRITERIA_SET }) },
    { name: 'validate a 2 000-row score table', items: typedBlock.length, unit: 'rows', run: () => validateTable(typedBlock, layout) },
    { name: 'validate the same table, numbers stored as text', items: block.length, unit: 'rows', run: () => validateTable(block, layout) },
  ];
}

export function measureJob(job: CoreJob): Measurement {
  return measure(job.name, job.items, job.unit, job.run);
}
