/**
 * The order `manage.py migrate` applies a Django project's migrations to an empty database, walked
 * as Django walks it, because any other order that respects the dependencies can still differ
 * where it matters: NetBox's core.0017 adds a column to a table that extras.0117 renames into core,
 * and only Django's own walk runs the rename first.
 *
 * Django (db/migrations/executor.py `migration_plan`, graph.py `leaf_nodes`, `iterative_dfs`):
 * the targets are the leaf nodes (migrations no migration of their own app depends on), sorted by
 * (app label, name); for each target in turn, a depth-first walk of its dependencies appends every
 * migration not yet planned after its parents, pushing the parents in sorted order onto a stack, so
 * the greatest parent is walked first. Dependencies outside the graph (apps of installed packages)
 * are left out: their own migrations never interleave with the project's.
 */
export function djangoPlan<T extends { key: string; app: string; name: string }>(nodes: readonly T[], parents: (n: T) => readonly string[]): T[] {
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  // Django's Node sorts by its (app_label, name) tuple: compare the app first, then the name.
  const sortKey = (n: T) => `${n.app}\0${n.name}`;
  const cmp = (a: T, b: T) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0);
  const parentsOf = new Map<T, T[]>();
  const sameAppChild = new Set<T>();
  for (const n of nodes) {
    const ps = [...new Set(parents(n))].filter((p) => p !== n.key).flatMap((p) => byKey.get(p) ?? []);
    parentsOf.set(n, ps.sort(cmp));
    for (const p of ps) if (p.app === n.app) sameAppChild.add(p);
  }
  const planned = new Set<T>();
  const out: T[] = [];
  for (const leaf of nodes.filter((n) => !sameAppChild.has(n)).sort(cmp)) {
    const onPath = new Set<T>();
    const stack: [T, boolean][] = [[leaf, false]];
    while (stack.length) {
      const [n, processed] = stack.pop()!;
      if (planned.has(n)) continue;
      if (processed) {
        planned.add(n);
        onPath.delete(n);
        out.push(n);
      } else if (!onPath.has(n)) {
        // A node met again before its parents are done is in a cycle (Django refuses the graph): not walked twice.
        onPath.add(n);
        stack.push([n, true]);
        for (const p of parentsOf.get(n)!) stack.push([p, false]);
      }
    }
  }
  // Migrations only a cycle reaches: last, in name order, as the replay reports them.
  out.push(...nodes.filter((n) => !planned.has(n)).sort(cmp));
  return out;
}
