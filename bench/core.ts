import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { ScoreLayout, ScoreRowInput } from '../shared';
import { measure, type Measurement } from './measure';

type Core = typeof import('../shared');

/**
 * The core as the CLI ships it: one esbuild bundle (cli/build-bundle.js), not the sources through
 * tsx, whose keep-names wrappers around every function cost about 7 % in profiles of the readers.
 * Built in memory, loaded from a temporary file that is removed at once.
 */
function shippedCore(): Core {
  const [bundle] = buildSync({
    entryPoints: [join(__dirname, '../shared/index.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', write: false, logLevel: 'warning',
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

export function coreBenchmarks(): Measurement[] {
  const { DEFAULT_CRITERIA_SET, readCell, scoreTable, validateTable } = shippedCore();
  const cells = Array.from({ length: 100_000 }, (_, i) => TYPED[i % TYPED.length]);
  const rows = scoreRows(10_000);
  const block = scoreBlock(2_000);
  const typedBlock = typedScoreBlock(2_000);
  const layout: ScoreLayout = {
    kind: 'score', firstRow: 5, firstColumn: 1, decimal: ',',
    columns: { code: 0, name: 1, max: 2, self: 3, appraised: 4, deduction: 5, opinion: 6, responsible: 7 },
  };
  return [
    measure('read 100 000 typed cells', cells.length, 'cells', () => cells.map((c) => readCell(c, { decimal: ',' }))),
    measure('score 10 000 rows (default set, ratio rules)', rows.length, 'rows', () => scoreTable(rows, { set: DEFAULT_CRITERIA_SET })),
    measure('validate a 2 000-row score table', typedBlock.length, 'rows', () => validateTable(typedBlock, layout)),
    measure('validate the same table, numbers stored as text', block.length, 'rows', () => validateTable(block, layout)),
  ];
}
