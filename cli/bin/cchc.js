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

// `cchc score … | head -1`: once the reader has gone, further output has nowhere to go. The command
// still finishes (an output file being written is completed, never left half-written); it just stops printing.
const closed = { out: false, err: false };
process.stdout.on('error', () => { closed.out = true; });
process.stderr.on('error', () => { closed.err = true; });
const out = (line) => { if (!closed.out) process.stdout.write(line + '\n'); };
const err = (line) => { if (!closed.err) process.stderr.write(line + '\n'); };

const cli = load();
// Ctrl-C or SIGTERM: temp files removed, exit 130 or 143 (cli/fs/signal-cleanup.ts).
cli.installSignalCleanup();
const args = process.argv.slice(2);
const language = args.includes('--lang') && args[args.indexOf('--lang') + 1] === 'en' ? 'en' : 'vi';

/** Exit code 3: a fault of cchc itself. One plain line asking for a report, the stack only with CCHC_DEBUG=1. */
function internalError(error) {
  for (const line of cli.internalErrorLines(error, language, process.env.CCHC_DEBUG === '1')) err(line);
  process.exitCode = 3;
}
process.on('uncaughtException', internalError);
process.on('unhandledRejection', internalError);

cli.runCli(args, { out, err }).then(
  (code) => { process.exitCode = code; },
  internalError,
);
