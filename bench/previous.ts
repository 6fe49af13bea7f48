/**
 * Figures of main before issue 14 (commit 30898a3), on this 2-core machine: what `npm run bench`
 * prints each new figure beside, as a ratio. Sizes are exact; times are the medians issue 14 quotes.
 * Figures that can be measured again on the spot (the CLI through tsx, the unminified Code.js) are
 * measured live instead, in the same run.
 */
export const PREVIOUS = {
  label: 'main 30898a3',
  /** Its core is measured again in each run (bench/core.ts coreAt), where git has it. */
  commit: '30898a3',
  /** read 100 000 typed cells: 155 000 cells/s. */
  readCellsMs: 100_000 / 155_000 * 1000,
  scoreRowsMs: 149,
  validateRowsMs: 58,
  /** taskpane.js 61 541 + commands.js 42 772 + functions.js 12 008 + fabric.min.css 29 302 + taskpane.html 1 136, gzip -9. */
  excelPageGzip: 146_759,
  codeJsRaw: 581_562,
  codeJsGzip: 135_404,
  /** By measurement name (bench/workbooks.ts): main's own bench, run on main's sources. */
  workbooks: {
    'write the largest template (bo-chi-so, 63 rows)': { label: 'main 30898a3', value: 109.4 },
    'cchc score a 2 000-row workbook (read, score, write)': { label: 'main 30898a3', value: 1950 },
  } as Readonly<Record<string, { label: string; value: number } | undefined>>,
} as const;

/** The figures issue 14 asks for ("done when"), printed beside the ratios. */
export const TARGETS = {
  readCellsPerSecond: 1_000_000,
  scoreRowsMs: 15,
  validateRowsMs: 5,
  cliStartRatio: 4,
  excelPageGzip: 70 * 1024,
  codeJsRaw: 250 * 1024,
} as const;
