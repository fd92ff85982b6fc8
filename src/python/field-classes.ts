import type { PyModule, PyStmt } from './reader.js';
import { readPythonOnce } from './read-once.js';

/*
 * Field classes a Django project defines (`class CounterCacheField(models.BigIntegerField)`,
 * NetBox's `class MACAddressField(models.Field)` with `db_type()` returning 'macaddr'), read
 * statically from the project's field modules so a migration that uses one maps to the column
 * Django writes. Read by the formats stage (which sees the project's files) and resolved by the
 * Python front end (which knows Django's own fields).
 */

/** One class as written: its bases, and the literal its `db_type()` / `get_internal_type()` returns. */
export interface FieldClassSource {
  bases: string[];
  dbType?: string;
  internalType?: string;
}

/** Classes by every dotted name a migration may call them by (`utilities.fields.ColorField`, `fields.ColorField`) and by bare name. */
export type FieldClassIndex = Record<string, FieldClassSource>;

/** Modules that hold a project's field classes by Django convention: `fields.py`, `fields/*.py`. */
export const FIELD_MODULE = /(?:^|\/)fields(?:\.py|\/[^/]+\.py)$/;

export function readFieldClasses(files: readonly { path: string; text: string }[]): FieldClassIndex {
  const out: FieldClassIndex = {};
  const bare = new Map<string, FieldClassSource | null>();
  for (const f of files) {
    if (!FIELD_MODULE.test(f.path)) continue;
    const mod = readPythonOnce(f.text);
    const parts = f.path.replace(/\.py$/, '').replace(/\/__init__$/, '').split('/');
    for (const s of mod.body) {
      if (s.t !== 'class') continue;
      const bases = s.bases.flatMap((b) => (b.t === 'name' ? [b.name] : []));
      const cls: FieldClassSource = { bases };
      const dbType = returnedLiteral(mod, s.body, 'db_type');
      if (dbType) cls.dbType = dbType;
      const internal = returnedLiteral(mod, s.body, 'get_internal_type');
      if (internal) cls.internalType = internal;
      for (let i = 0; i < parts.length; i++) out[`${parts.slice(i).join('.')}.${s.name}`] = cls;
      // A bare name (`from utilities.fields import ColorField`) only when one module defines it.
      bare.set(s.name, bare.has(s.name) ? null : cls);
    }
  }
  for (const [name, cls] of bare) if (cls && !(name in out)) out[name] = cls;
  return out;
}

/** `def name(self, …): return 'literal'`: the literal, when the method's only return is one. */
function returnedLiteral(mod: PyModule, body: readonly PyStmt[], name: string): string | undefined {
  const def = body.find((s): s is Extract<PyStmt, { t: 'def' }> => s.t === 'def' && s.name === name);
  if (!def) return undefined;
  const returns = [...mod.text(def).matchAll(/^\s*return\b(.*)$/gm)];
  const m = returns.length === 1 ? /^\s*['"]([\w ()]+)['"]\s*$/.exec(returns[0][1]) : null;
  return m ? m[1] : undefined;
}
