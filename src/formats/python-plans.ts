import { isAlembicConfig, isAlembicVersionPath } from './alembic.js';
import { inVersionDirs, type AlembicEnv } from './alembic-config.js';
import { djangoProjectDirs, isDjangoMigrationPath } from './django.js';
import { FORMAT_SPECS } from './registry.js';
import { dirOf, isUnder, joinPath } from './paths.js';

export interface PythonPlan {
  dir: string;
  format: 'django' | 'alembic';
  paths: string[];
  /** Alembic environments named by a config: the folders holding their revision scripts. */
  versionDirs?: { dirs: string[]; recursive: boolean };
}

/**
 * Django projects (every app's `migrations/NNNN_*.py` under one project root, with apps.py and
 * settings modules) and Alembic environments: first those an alembic.ini or pyproject.toml names
 * (`script_location` is the set, its revisions are in `version_locations`, else
 * `<script_location>/versions`), then each other folder holding a `versions/` folder of revision
 * scripts, with the alembic.ini files above it.
 */
export function pythonPlans(candidates: readonly string[], envs: readonly AlembicEnv[] = []): PythonPlan[] {
  const plans: PythonPlan[] = [];
  for (const [dir] of djangoProjectDirs(candidates)) {
    plans.push({ dir, format: 'django', paths: candidates.filter((p) => FORMAT_SPECS.django.owns(dir, p)) });
  }
  const inisAbove = (dir: string) => candidates.filter((p) => isAlembicConfig(p) && p.endsWith('.ini') && isUnder(dir, dirOf(p)));
  const claimed = new Set<string>();
  for (const env of envs) {
    const revisions = candidates.filter((p) => inVersionDirs(p, env.versionDirs, env.recursive));
    revisions.forEach((p) => claimed.add(p));
    // The ini naming the environment decides its dialect before any other ini above it.
    const sibling = joinPath(dirOf(env.config), 'alembic.ini');
    const inis = [...new Set([...(env.config.endsWith('.ini') ? [env.config] : []), ...candidates.filter((p) => p === sibling), ...inisAbove(env.dir)])];
    plans.push({ dir: env.dir, format: 'alembic', paths: [...revisions, ...inis], versionDirs: { dirs: env.versionDirs, recursive: env.recursive } });
  }
  const named = new Set(envs.map((e) => e.dir));
  const envDirs = new Set(candidates.filter((p) => isAlembicVersionPath(p) && !isDjangoMigrationPath(p) && !claimed.has(p)).map((p) => dirOf(dirOf(p))));
  for (const dir of envDirs) {
    if (named.has(dir)) continue;
    plans.push({ dir, format: 'alembic', paths: [...candidates.filter((p) => FORMAT_SPECS.alembic.owns(dir, p) && dirOf(dirOf(p)) === dir && !claimed.has(p)), ...inisAbove(dir)] });
  }
  return plans;
}

/** A configured folder's Python format, by its files' names. */
export function guessPythonFormat(inside: readonly string[]): 'django' | 'alembic' | undefined {
  if (inside.some(isDjangoMigrationPath)) return 'django';
  if (inside.some(isAlembicVersionPath)) return 'alembic';
  return undefined;
}
