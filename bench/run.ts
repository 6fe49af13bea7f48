import { coreBenchmarks } from './core';
import { report } from './measure';

/** `npm run bench`: figures to compare between commits, never asserted in tests. */
function main(): void {
  console.log(`CCHC benchmark — node ${process.version}, ${new Date().toISOString()}`);
  for (const m of coreBenchmarks()) console.log(report(m));
}

main();
