// Removes the run's temporary folder made by global-setup.cjs, with whatever a test left in it.
const { rmSync } = require('node:fs');

module.exports = async () => {
  const dir = process.env.MIGRA_TESTS_TMPDIR;
  if (dir) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
};
