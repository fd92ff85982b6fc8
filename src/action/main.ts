import * as core from '@actions/core';
import { MigraError } from '../model/errors.js';
import { run } from './run.js';

/** Entry point of the GitHub Action (bundled to dist/index.js). */
run().catch((e: unknown) => {
  if (e instanceof MigraError) {
    core.setFailed(`Migra: ${e.message}`);
  } else {
    core.debug((e as Error)?.stack ?? String(e));
    core.setFailed(`Migra failed: ${(e as Error)?.message ?? String(e)}`);
  }
});
