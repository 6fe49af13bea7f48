import { coreBenchmarks } from './core';
import { report } from './measure';
import { hostCounts } from './hosts';
import { workbookBenchmarks } from './workbooks';

/** `npm run bench`: figures to compare between commits, never asserted in tests. */
async function main(): Promise<void> {
  console.log(`CCHC benchmark — node ${process.version}, ${new Date().toISOString()}`);
  for (const m of coreBenchmarks()) console.log(report(m));
  for (const m of await workbookBenchmarks()) console.log(report(m));
  console.log('Host round trips (largest template cham-diem with a set of N criteria; scoring N rows):');
  for (const line of await hostCounts()) console.log(line);
}

void main();
