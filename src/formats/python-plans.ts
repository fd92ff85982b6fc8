import { isAlembicConfig, isAlembicVersionPath } from './alembic.js';
import { djangoProjectDirs, isDjangoMigrationPath } from './django.js';
import { FORMAT_SPECS } from './registry.js';
import { dirOf, isUnder } from './paths.js';

export interface PythonPlan {
  dir: string;
  format: 'django' | 'alembic';
  paths: string[];
}

/**
 * Django projects (every app's `migrations/NNNN_*.py` under one project root, with apps.py and
 * settings modules) and Alembic environments (each folder holding a `versions/` folder of
 * revision scripts, with the alembic.ini files above it), found by path alone.
 */
export function pythonPlans(candidates: readonly string[]): PythonPlan[] {
  const plans: PythonPlan[] = [];
  for (const [dir] of djangoProjectDirs(candidates)) {
    plans.push({ dir, format: 'django', paths: candidates.filter((p) => FORMAT_SPECS.django.owns(dir, p)) });
  }
  const envDirs = new Set(candidates.filter((p) => isAlembicVersionPath(p) && !isDjangoMigrationPath(p)).map((p) => dirOf(dirOf(p))));
  for (const dir of envDirs) {
    const inis = candidates.filter((p) => isAlembicConfig(p) && p.endsWith('.ini') && isUnder(dir, dirOf(p)));
    plans.push({ dir, format: 'alembic', paths: [...candidates.filter((p) => FORMAT_SPECS.alembic.owns(dir, p) && dirOf(dirOf(p)) === dir), ...inis] });
  }
  return plans;
}

/** A configured folder's Python format, by its files' names. */
export function guessPythonFormat(inside: readonly string[]): 'django' | 'alembic' | undefined {
  if (inside.some(isDjangoMigrationPath)) return 'django';
  if (inside.some(isAlembicVersionPath)) return 'alembic';
  return undefined;
}
