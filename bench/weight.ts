import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { reportSize } from './measure';
import { PREVIOUS, TARGETS } from './previous';

const DIST = join(__dirname, '../dist');
const gzipped = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

/** What the Excel page and Apps Script load, as built by `npm run build`. */
export function weights(): string[] {
  const excel = join(DIST, 'excel');
  const own = readdirSync(excel).filter((f) => /\.(js|css|html)$/.test(f)).map((f) => join(excel, f));
  const css = readdirSync(join(excel, 'assets')).filter((f) => f.endsWith('.css')).map((f) => join(excel, 'assets', f));
  const files = [...own, ...css].map((f) => ({ name: relative(excel, f), raw: readFileSync(f).length, gzip: gzipped(f) }));
  const page = files.reduce((sum, f) => sum + f.gzip, 0);
  // Each file in bytes as well: a change to the page moves the total by a few hundred bytes, which the KB figure hides.
  const perFile = files.map((f) => `  ${f.name.padEnd(48)} ${f.gzip.toLocaleString('en-US').padStart(10)} B gzipped, ${f.raw.toLocaleString('en-US')} B raw`);
  const code = join(DIST, 'gas/Code.js');
  const prev = { label: PREVIOUS.label, value: 0 };
  return [
    reportSize(`Excel page, own JS+CSS+HTML gzipped (${own.length + css.length} files)`, page, { ...prev, value: PREVIOUS.excelPageGzip }, TARGETS.excelPageGzip),
    ...perFile,
    reportSize('Apps Script Code.js, raw', readFileSync(code).length, { ...prev, value: PREVIOUS.codeJsRaw }, TARGETS.codeJsRaw),
    reportSize('Apps Script Code.js, gzipped', gzipped(code), { ...prev, value: PREVIOUS.codeJsGzip }),
  ];
}
