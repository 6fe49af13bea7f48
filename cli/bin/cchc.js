#!/usr/bin/env node
// Runs the TypeScript sources directly (tsx), so `npx cchc` works from a fresh `npm ci` with no build step.
require('tsx/cjs/api').register();
const { runCli } = require('../main.ts');

runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
}).then(
  (code) => { process.exitCode = code; },
  (error) => {
    process.stderr.write(`Lỗi không mong đợi / Unexpected error: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 3;
  },
);
