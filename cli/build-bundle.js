#!/usr/bin/env node
// Builds dist/cli/cchc.js, the one JavaScript file cli/bin/cchc.js runs, so no TypeScript is compiled
// when an officer types `npx cchc`. Run by `npm run build` and by `prepare` (so `npm ci` leaves a
// working CLI in a fresh clone).
//
// esbuild, not webpack or tsc: it is already installed (tsx runs on it), bundles the CLI in about
// half a second where the webpack configs take ten, and emits CommonJS for Node directly. tsc alone
// would leave ~150 files and zod's ~95 for Node to resolve and read one by one at every start.
//
// exceljs stays outside the bundle (a runtime dependency, loaded by files/xlsx/new-workbook.ts only when
// a command opens or writes a workbook). zod is bundled. The output is not minified: an unexpected
// error prints a stack trace whose names and file comments still point at the sources, and minifying
// saves no measurable start-up time (V8 parses function bodies lazily).
const path = require('path');

const root = path.resolve(__dirname, '..');
const outfile = path.join(root, 'dist/cli/cchc.js');

let esbuild;
try {
  esbuild = require('esbuild');
} catch {
  // `npm ci --omit=dev` has no esbuild; cli/bin/cchc.js then says how to build.
  if (process.argv.includes('--if-possible')) process.exit(0);
  throw new Error('esbuild is missing: run "npm ci" (with the development packages) first.');
}

esbuild.buildSync({
  entryPoints: [path.join(root, 'cli/main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['exceljs'],
  logLevel: 'warning',
});
