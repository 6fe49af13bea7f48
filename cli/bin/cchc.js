#!/usr/bin/env node
// Runs the prebuilt bundle dist/cli/cchc.js (made by `npm run build`, and by `prepare` on `npm ci`):
// no TypeScript is compiled at run time, and exceljs loads only for the commands that open a workbook.
// Where the bundle was never built (`npm ci --ignore-scripts`), the same sources run through tsx:
// slower to start, same behaviour. After editing cli/ or shared/, `npm run build:cli` refreshes it.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '../../dist/cli/cchc.js');

function load() {
  if (existsSync(bundle)) return require(bundle);
  try {
    require('tsx/cjs/api').register();
  } catch {
    process.stderr.write('Chưa dựng dòng lệnh: hãy chạy "npm ci" rồi "npm run build:cli".\nThe command line is not built: run "npm ci", then "npm run build:cli".\n');
    process.exit(3);
  }
  return require('../main.ts');
}

load().runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
}).then(
  (code) => { process.exitCode = code; },
  (error) => {
    process.stderr.write(`Lỗi không mong đợi / Unexpected error: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 3;
  },
);
