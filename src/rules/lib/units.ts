import type { MigrationFile, MigrationUnit } from '../../model/migration.js';

/** How the units of a file that is on the base branch changed (see MigrationFile.units). */
export interface UnitDiff {
  /** New at head, in file order: they run on every database, like a new migration. */
  added: MigrationUnit[];
  /** Same id, different text. */
  edited: { base: MigrationUnit; head: MigrationUnit }[];
  /** At base, gone at head. */
  removed: MigrationUnit[];
  /** A removed unit whose text is back under a new id: the tool runs it again where it ran. Also in added and removed. */
  renamed: { base: MigrationUnit; head: MigrationUnit }[];
  /** Same id at both commits (edited or not), in head order. */
  kept: { base: MigrationUnit; head: MigrationUnit }[];
}

/** The unit diff of a file at both commits; undefined unless both have units. */
export function diffUnits(base: MigrationFile | undefined, head: MigrationFile | undefined): UnitDiff | undefined {
  if (!base?.units || !head?.units) return undefined;
  const baseById = new Map(keyed(base.units).map(([k, u]) => [k, u]));
  const headKeys = new Set(keyed(head.units).map(([k]) => k));
  const out: UnitDiff = { added: [], edited: [], removed: [], renamed: [], kept: [] };
  for (const [k, h] of keyed(head.units)) {
    const b = baseById.get(k);
    if (!b) out.added.push(h);
    else {
      out.kept.push({ base: b, head: h });
      if (code(b.text) !== code(h.text)) out.edited.push({ base: b, head: h });
    }
  }
  out.removed = keyed(base.units).filter(([k]) => !headKeys.has(k)).map(([, u]) => u);
  const claimed = new Set<MigrationUnit>();
  for (const b of out.removed) {
    const h = out.added.find((a) => !claimed.has(a) && code(a.text) === code(b.text) && code(a.text) !== '');
    if (!h) continue;
    claimed.add(h);
    out.renamed.push({ base: b, head: h });
  }
  return out;
}

/** Units a reviewer must read statement by statement: new ones, and edited ones the tool runs again. */
export function unitsToReview(d: UnitDiff): MigrationUnit[] {
  const renamed = new Set(d.renamed.map((r) => r.head));
  return [...d.added.filter((u) => !renamed.has(u)), ...d.edited.filter((e) => e.head.rerunsOnChange).map((e) => e.head)];
}

/** Ids may repeat (an error for the tool); the n-th unit of an id pairs with the n-th. */
function keyed(units: readonly MigrationUnit[]): [string, MigrationUnit][] {
  const seen = new Map<string, number>();
  return units.map((u) => {
    const n = seen.get(u.id) ?? 0;
    seen.set(u.id, n + 1);
    return [n ? `${u.id}\0${n}` : u.id, u];
  });
}

function code(text: string): string {
  return text.replace(/\s+$/, '');
}
