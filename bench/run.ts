import { coreBenchmarks } from './core';
import { report } from './measure';
import { workbookBenchmarks } from './workbooks';

/** `npm run bench`: figures to compare between commits, never asserted in tests. */
async function main(): Promise<void> {
  console.log(`CCHC benchmark — node ${process.version}, ${new Date().toISOString()}`);
  for (const m of coreBenchmarks()) console.log(report(m));
  for (const m of await workbookBenchmarks()) console.log(report(m));
}

void main();
