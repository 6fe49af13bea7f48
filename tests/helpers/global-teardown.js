// Fails the run when a test left a file or folder in the temp directory, naming it; removes the run's folder either way.
const { readdirSync, rmSync } = require('node:fs');

module.exports = async function globalTeardown() {
  const root = process.env.CCHC_TEST_TMP;
  if (!root) return;
  let left = [];
  try {
    left = readdirSync(root);
  } finally {
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  }
  if (left.length > 0) {
    throw new Error(`Tests left ${left.length} item(s) in the temp directory: ${left.join(', ')}. Make them with tests/helpers/temp-dir.ts (removed after each file).`);
  }
};
