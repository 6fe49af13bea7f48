// Points every worker's temp directory (and LibreOffice's and Chromium's, which follow TMPDIR) at
// one folder for this run, so the teardown can tell whether a test left anything behind.
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

module.exports = async function globalSetup() {
  const root = mkdtempSync(join(tmpdir(), 'cchc-test-run-'));
  process.env.CCHC_TEST_TMP = root;
  process.env.TMPDIR = root;
  process.env.TMP = root;
  process.env.TEMP = root;
};
