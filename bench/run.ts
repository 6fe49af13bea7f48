import { adversarialBenchmarks, doublingReport } from './adversarial';
import { coreAt, coreJobs, measureJob, shippedCore } from './core';
import { report, together, type Reference, type Target } from './measure';
import { hostCounts } from './hosts';
import { PREVIOUS, TARGETS } from './previous';
import { cliStart, customFunctionColdStart } from './start-up';
import { webPage } from './web-page';
import { weights } from './weight';
import { workbookBenchmarks } from './workbooks';

/**
 * Each core figure's target (issue 14's "done when") and the figure main 30898a3 had when the issue
 * set it. This machine's speed moves by half between hours, so the target is scaled by how fast main
 * 30898a3's own core runs the same job in this run: a target of 15 ms set where main took 149 ms is
 * 15 × (main now ÷ 149) ms now. The typed table had no figure of main's; the text table's factor serves.
 */
const CORE: Record<string, { target: { text: string; ms: number }; then: number; factorOf?: string }> = {
  'read 100 000 typed cells': {
    target: { text: `≥ ${TARGETS.readCellsPerSecond.toLocaleString('en-US')} cells/s`, ms: (100_000 / TARGETS.readCellsPerSecond) * 1000 },
    then: PREVIOUS.readCellsMs,
  },
  'score 10 000 rows (default set, ratio rules)': { target: { text: `≤ ${TARGETS.scoreRowsMs} ms`, ms: TARGETS.scoreRowsMs }, then: PREVIOUS.scoreRowsMs },
  'validate a 2 000-row score table': {
    target: { text: `≤ ${TARGETS.validateRowsMs} ms`, ms: TARGETS.validateRowsMs }, then: PREVIOUS.validateRowsMs,
    factorOf: 'validate the same table, numbers stored as text',
  },
};

/** The core's figures: today's core, then main 30898a3's on the same jobs. */
export function coreLines(): string[] {
  const now = coreJobs(shippedCore());
  const base = coreAt(PREVIOUS.commit);
  const then = base ? coreJobs(base) : undefined;
  // Each core in passes of its own, never run for run in turns: main's core allocates several times
  // more, and measured in turns its garbage and its entries in V8's shared caches slowed today's by a
  // quarter. The passes go today, main, main, today, so that the machine's drift over the block weighs
  // on both cores alike instead of on whichever comes first (with one pass each, two full runs right
  // after the build gave today's read ×0,20–0,21 of main's, runs of the core block alone ×0,11–0,18).
  const first = now.map(measureJob);
  const mains = then ? [then.map(measureJob), then.map(measureJob)] : undefined;
  const ours = now.map(measureJob).map((m, i) => together([first[i] ?? m, m]));
  const main = mains?.[0]?.map((m, i) => together([m, mains[1]?.[i] ?? m]));
  const measured = ours.map((m, i) => ({ m, old: main?.[i] }));
  const lines = measured.map(({ m, old }) => {
    const spec = CORE[m.name];
    const ref: Reference = old ? { label: `${PREVIOUS.label}, this run`, value: old.medianMs } : { label: PREVIOUS.label, value: spec?.then ?? m.medianMs };
    if (!spec) return report(m, ref);
    const factorSource = spec.factorOf ? measured.find((x) => x.m.name === spec.factorOf)?.old : old;
    // Without main's core here, the target is the figure as it stands.
    const factor = factorSource ? factorSource.medianMs / (spec.factorOf ? PREVIOUS.validateRowsMs : spec.then) : 1;
    const target: Target = { text: `${spec.target.text} where main took ${spec.then.toFixed(0)} ms; ≤ ${(spec.target.ms * factor).toFixed(1)} ms at this run's speed`, ms: spec.target.ms * factor };
    return report(m, ref, target);
  });
  if (!base) lines.push(`(main ${PREVIOUS.commit} is not in this clone: figures beside the issue's, which this machine's speed may move by half)`);
  return lines;
}

/**
 * `npm run bench`: figures to compare between commits, never asserted in tests. Each is printed
 * beside its previous or naive figure as a ratio (now / then: below 1 is smaller or faster).
 */
async function main(): Promise<void> {
  console.log(`CCHC benchmark — node ${process.version}, ${new Date().toISOString()}`);
  console.log('Each figure is followed by "vs <reference> <figure> ×<now / reference>": below ×1 is smaller or faster.');
  console.log(`Core (today's, then main ${PREVIOUS.commit}'s in the same run; targets scaled to this run's speed):`);
  for (const line of coreLines()) console.log(line);
  console.log('Workbooks (CLI, exceljs):');
  for (const m of await workbookBenchmarks()) console.log(report(m, PREVIOUS.workbooks[m.name]));
  console.log('Start-up:');
  for (const line of cliStart()) console.log(line);
  for (const line of customFunctionColdStart()) console.log(line);
  console.log('What the hosts load:');
  for (const line of weights()) console.log(line);
  console.log('The one-file web page:');
  for (const line of await webPage()) console.log(line);
  console.log('Adversarial inputs, each at half and full size (linear time doubles: ×2; quadratic: ×4):');
  for (const d of await adversarialBenchmarks()) console.log(doublingReport(d));
  console.log('Host round trips (largest template cham-diem with a set of N criteria; scoring N rows), beside one call per cell:');
  for (const line of await hostCounts()) console.log(line);
}

// Run as a script (`npm run bench`), not when another script imports coreLines.
if (require.main === module) void main();
