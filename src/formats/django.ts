import { migrationClass } from '../python/shapes.js';
import { FIELD_MODULE, readFieldClasses } from '../python/field-classes.js';
import { assignments, bool, items, lastPart, strings, type PyModule, type PyValue } from '../python/reader.js';
import type { Dialect } from '../model/dialect.js';
import type { MigrationFile } from '../model/migration.js';
import { dialectFromEngine, isEnvPath } from './graph.js';
import { djangoPlan } from './django-plan.js';
import { baseName, dirOf, isExcludedPath, isUnder } from './paths.js';
import type { FormatSpec, SourceFile } from './spec.js';
import { readPythonOnce } from '../python/read-once.js';

/** `<app>/migrations/NNNN_name.py` */
export const DJANGO_MIGRATION = /(?:^|\/)migrations\/\d{4}_\w*\.py$/;
const APPS = /(?:^|\/)apps\.py$/;
const SETTINGS = /(?:^|\/)(?:settings[^/]*\.py|settings\/[^/]+\.py)$/;

export function isDjangoMigrationPath(path: string): boolean {
  return DJANGO_MIGRATION.test(path) && !isExcludedPath(path) && !isEnvPath(path);
}

/** The folder of the app a migration file belongs to. */
export function djangoAppDir(path: string): string {
  return dirOf(dirOf(path));
}

/**
 * The root of the Django project a migration belongs to: the nearest folder above its app
 * holding manage.py; without one, `fallback` (the common parent of every app of the tree).
 */
export function djangoProjectDirs(paths: readonly string[]): Map<string, string[]> {
  const manage = paths.filter((p) => baseName(p) === 'manage.py' && !isExcludedPath(p) && !isEnvPath(p)).map(dirOf);
  const migrations = paths.filter(isDjangoMigrationPath);
  const groups = new Map<string, string[]>();
  const loose: string[] = [];
  for (const m of migrations) {
    const app = djangoAppDir(m);
    const root = manage.filter((d) => isUnder(app, d)).sort((a, b) => b.length - a.length)[0];
    if (root === undefined) loose.push(m);
    else groups.set(root, [...(groups.get(root) ?? []), m]);
  }
  if (loose.length) {
    const parents = loose.map((m) => dirOf(djangoAppDir(m)).split('/').filter(Boolean));
    let common = parents[0];
    for (const p of parents) {
      let i = 0;
      while (i < common.length && i < p.length && common[i] === p[i]) i++;
      common = common.slice(0, i);
    }
    const root = common.join('/');
    groups.set(root, [...(groups.get(root) ?? []), ...loose]);
  }
  return groups;
}

/** The files a Django set reads besides its migrations: apps.py (labels), settings modules (dialect, user model) and field modules (the project's field classes). */
function isCompanion(path: string): boolean {
  return (APPS.test(path) || SETTINGS.test(path) || FIELD_MODULE.test(path)) && !isExcludedPath(path) && !isEnvPath(path) && !isDjangoMigrationPath(path);
}

interface Node {
  file: SourceFile;
  mod: PyModule;
  app: string;
  name: string;
  key: string;
  deps: [string, string][];
  runBefore: [string, string][];
  replaces: string[];
  atomic: boolean;
}

function pair(v: PyValue, userApp: string): [string, string] | undefined {
  if (v.t === 'call' && lastPart(v.callee) === 'swappable_dependency') return [userApp, '__first__'];
  const s = strings(v);
  return s && s.length === 2 ? [s[0], s[1]] : undefined;
}

/** `AUTH_USER_MODEL = 'accounts.User'` in a settings module, as `accounts.user`. */
export function djangoUserModel(files: readonly SourceFile[]): string {
  for (const f of files) {
    if (!SETTINGS.test(f.path)) continue;
    const m = /^AUTH_USER_MODEL\s*=\s*['"](\w+)\.(\w+)['"]/m.exec(f.text);
    if (m) return `${m[1]}.${m[2].toLowerCase()}`;
  }
  return 'auth.user';
}

/**
 * The primary key class of models that do not declare one (and of the join tables of their
 * many-to-many fields): `default_auto_field` of an app's AppConfig, else the project's
 * `DEFAULT_AUTO_FIELD`, as the class name (`AutoField`).
 */
function djangoAutoFields(files: readonly SourceFile[], labels: ReadonlyMap<string, string>): { project?: string; apps: Map<string, string> } {
  const out: { project?: string; apps: Map<string, string> } = { apps: new Map() };
  for (const f of files) {
    if (SETTINGS.test(f.path)) {
      const m = /^DEFAULT_AUTO_FIELD\s*=\s*['"]([\w.]+)['"]/m.exec(f.text);
      if (m) out.project = lastPart(m[1]);
    } else if (APPS.test(f.path)) {
      const m = /^\s+default_auto_field\s*=\s*['"]([\w.]+)['"]/m.exec(f.text);
      if (m) out.apps.set(labels.get(dirOf(f.path)) ?? baseName(dirOf(f.path)), lastPart(m[1]));
    }
  }
  return out;
}

function autoFieldOf(app: string, a: { project?: string; apps: Map<string, string> }): { autoField?: string } {
  const cls = a.apps.get(app) ?? a.project;
  return cls ? { autoField: cls } : {};
}

/** The database of `DATABASES['default']['ENGINE']` when a settings module writes it as a literal. */
export function djangoSettingsDialect(files: readonly SourceFile[]): Dialect | undefined {
  for (const f of files) {
    if (!SETTINGS.test(f.path)) continue;
    const db = /DATABASES\s*=\s*\{[\s\S]*?['"]default['"]\s*:\s*\{([\s\S]*?)\}/.exec(f.text);
    const engine = db && /['"]ENGINE['"]\s*:\s*['"]([\w.]+)['"]/.exec(db[1]);
    const d = engine && dialectFromEngine(engine[1]);
    if (d) return d;
  }
  return undefined;
}

/** Where a migration cannot be reversed: RunPython without reverse_code, RunSQL without reverse_sql. */
function irreversibleOps(mod: PyModule, ops: readonly PyValue[]): { line: number; what: string }[] {
  const out: { line: number; what: string }[] = [];
  for (const op of ops) {
    if (op.t !== 'call') continue;
    const kind = lastPart(op.callee);
    if (kind === 'RunPython' && !(op.args[1] ?? op.kwargs.get('reverse_code'))) out.push({ line: mod.lineOf(op.from), what: 'RunPython without reverse_code' });
    if (kind === 'RunSQL' && !(op.args[1] ?? op.kwargs.get('reverse_sql'))) out.push({ line: mod.lineOf(op.from), what: 'RunSQL without reverse_sql' });
    if (kind === 'SeparateDatabaseAndState') out.push(...irreversibleOps(mod, items(op.kwargs.get('database_operations') ?? op.args[0]) ?? []));
  }
  return out;
}

/**
 * Django migrations. Every app of one project forms one set, replayed in the order of the
 * dependency graph (cross-app dependencies, swappable_dependency, __first__/__latest__,
 * run_before, squashed migrations standing in for what they replace); among migrations that are
 * ready together, by app label then name. Each runs in a transaction unless `atomic = False`.
 */
export const django: FormatSpec = {
  id: 'django',
  supportsDown: true,
  owns: (dir, path) => isUnder(path, dir) && (isDjangoMigrationPath(path) || isCompanion(path)),
  dialect: djangoSettingsDialect,
  build(_dir, files) {
    const labels = new Map<string, string>();
    for (const f of files) {
      if (!APPS.test(f.path)) continue;
      const m = /^\s+label\s*=\s*['"](\w+)['"]/m.exec(f.text);
      if (m) labels.set(dirOf(f.path), m[1]);
    }
    const userModel = djangoUserModel(files);
    const fieldClasses = readFieldClasses(files);
    const autoFields = djangoAutoFields(files, labels);
    const userApp = userModel.split('.')[0];
    const nodes: Node[] = [];
    for (const f of files) {
      if (!isDjangoMigrationPath(f.path)) continue;
      const mod = readPythonOnce(f.text);
      const cls = migrationClass(mod);
      // A file here without a readable Migration class stays in the set: Django refuses to load it
      // (BadMigrationError), and the front end reports it.
      const appDir = djangoAppDir(f.path);
      const app = labels.get(appDir) ?? baseName(appDir);
      const name = baseName(f.path).replace(/\.py$/, '');
      const a = cls ? assignments(cls.body) : new Map<string, PyValue>();
      const pairs = (v: PyValue | undefined): [string, string][] =>
        (items(v) ?? []).flatMap((i) => {
          const p = pair(i, userApp);
          return p ? [p] : [];
        });
      nodes.push({
        file: f,
        mod,
        app,
        name,
        key: `${app}.${name}`,
        deps: pairs(a.get('dependencies')),
        runBefore: pairs(a.get('run_before')),
        replaces: pairs(a.get('replaces')).map(([x, y]) => `${x}.${y}`),
        atomic: bool(a.get('atomic')) ?? true,
      });
    }
    // Squashed migrations stand in for the ones they replace (a database built from scratch runs the squash).
    const replaced = new Map<string, string>();
    for (const n of nodes) for (const r of n.replaces) replaced.set(r, n.key);
    const live = nodes.filter((n) => !replaced.has(n.key));
    const byApp = new Map<string, Node[]>();
    for (const n of live) byApp.set(n.app, [...(byApp.get(n.app) ?? []), n]);
    const keyOf = (app: string, name: string): string[] => {
      const inApp = byApp.get(app) ?? [];
      if (name === '__first__' || name === '__latest__') {
        // Django's loader ignores a migration's dependency on its own app's `__first__` (the user
        // app's first migration names swappable_dependency(AUTH_USER_MODEL), itself): not a parent.
        const withinParents = (n: Node) => n.deps.some(([a, m]) => a === app && m !== '__first__');
        const sorted = [...inApp].sort((x, y) => (x.name < y.name ? -1 : 1));
        if (name === '__first__') return sorted.filter((n) => !withinParents(n)).slice(0, 1).map((n) => n.key);
        return sorted.slice(-1).map((n) => n.key);
      }
      const k = `${app}.${name}`;
      return [replaced.get(k) ?? k];
    };
    const parents = new Map<Node, string[]>(live.map((n) => [n, n.deps.filter(([a, m]) => a !== n.app || m !== '__first__').flatMap(([a, m]) => keyOf(a, m))]));
    for (const n of live) {
      for (const [a, m] of n.runBefore) {
        for (const k of keyOf(a, m)) {
          const target = live.find((x) => x.key === k);
          if (target) parents.get(target)!.push(n.key);
        }
      }
    }
    const ordered = djangoPlan(live, (n) => parents.get(n) ?? []);
    return ordered.map((n): MigrationFile => {
      const cls = migrationClass(n.mod);
      const ops = cls ? (items(assignments(cls.body).get('operations')) ?? []) : [];
      const irreversible = irreversibleOps(n.mod, ops);
      const m = /^(\d+)_?(.*)$/s.exec(n.name);
      return {
        path: n.file.path,
        version: m ? m[1] : n.name,
        name: m ? m[2] : n.name,
        language: 'python',
        up: n.file.text,
        hasDown: irreversible.length === 0,
        transaction: n.atomic ? 'per-file' : 'none',
        blobId: n.file.blobId,
        graph: { format: 'django', app: n.app, id: n.key, parents: [...new Set((parents.get(n) ?? []).filter((p) => p !== n.key))], userModel, irreversible, ...(Object.keys(fieldClasses).length ? { fieldClasses } : {}), ...autoFieldOf(n.app, autoFields), ...(n.replaces.length ? { replaces: n.replaces } : {}) },
      };
    });
  },
};

