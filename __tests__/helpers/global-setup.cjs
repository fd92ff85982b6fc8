// Every temporary folder the tests make (theirs, git's, the CLI's, npm's) goes under one folder of
// this run, removed by global-teardown.cjs: a failed or interrupted test leaves nothing in /tmp.
// Jest runs this before it starts the workers, which inherit TMPDIR (os.tmpdir() reads it).
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

module.exports = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'migra-tests-'));
  process.env.MIGRA_TESTS_TMPDIR = dir;
  process.env.TMPDIR = dir;
};
