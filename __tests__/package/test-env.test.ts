import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

// The suite's own hygiene: every temp folder lands in the run's folder, which global-teardown removes.
test('temporary folders of a test run go under one folder that the run removes', () => {
  const root = process.env.MIGRA_TESTS_TMPDIR;
  expect(root).toMatch(/migra-tests-/);
  expect(tmpdir()).toBe(root);
  expect(dirname(mkdtempSync(join(tmpdir(), 'migra-probe-')))).toBe(root);
});
