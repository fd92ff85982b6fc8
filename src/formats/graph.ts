/**
 * Order the nodes of a migration graph (Django dependencies, Alembic down_revision) so that every
 * node comes after its parents; among nodes that are ready together, `tieKey` decides. Parents
 * that are not nodes of the graph are ignored; nodes caught in a cycle come last, by `tieKey`.
 */
export function topoOrder<T>(nodes: readonly T[], id: (n: T) => string, parents: (n: T) => readonly string[], tieKey: (n: T) => string): T[] {
  const byId = new Map(nodes.map((n) => [id(n), n]));
  const waiting = new Map<T, number>();
  const children = new Map<string, T[]>();
  for (const n of nodes) {
    const ps = [...new Set(parents(n))].filter((p) => byId.has(p) && p !== id(n));
    waiting.set(n, ps.length);
    for (const p of ps) children.set(p, [...(children.get(p) ?? []), n]);
  }
  const cmp = (a: T, b: T) => (tieKey(a) < tieKey(b) ? -1 : tieKey(a) > tieKey(b) ? 1 : 0);
  const ready = nodes.filter((n) => waiting.get(n) === 0).sort(cmp);
  const out: T[] = [];
  const done = new Set<T>();
  while (ready.length) {
    const n = ready.shift()!;
    out.push(n);
    done.add(n);
    for (const c of children.get(id(n)) ?? []) {
      const left = waiting.get(c)! - 1;
      waiting.set(c, left);
      if (left === 0) {
        ready.push(c);
        ready.sort(cmp);
      }
    }
  }
  out.push(...nodes.filter((n) => !done.has(n)).sort(cmp));
  return out;
}

/** Django DATABASES ENGINE or an SQLAlchemy URL scheme → dialect. */
export function dialectFromEngine(engine: string): 'postgresql' | 'mysql' | 'sqlite' | undefined {
  const e = engine.toLowerCase();
  if (/postg|psycopg|postgis|cockroach|asyncpg|pg8000/.test(e)) return 'postgresql';
  if (/mysql|mariadb/.test(e)) return 'mysql';
  if (/sqlite/.test(e)) return 'sqlite';
  return undefined;
}

/** Folders of installed packages and virtual environments: never the project's own migrations. */
export function isEnvPath(path: string): boolean {
  return path.split('/').some((s) => s === 'site-packages' || s === 'dist-packages' || s === '.venv' || s === 'venv' || s === '.tox' || s === '.eggs');
}
