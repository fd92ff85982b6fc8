import type { Dialect } from '../../model/dialect.js';
import type { PyBranch, PyCond, PyModule, PyStmt, PyValue } from '../../python/reader.js';

/*
 * Alembic revisions branch on the database they run against:
 *   if op.get_context().dialect.name == "postgresql": …
 *   bind = op.get_bind()
 *   if bind.engine.name in ("mysql", "mariadb"): …
 * A set has one dialect, so such a test is decided without running anything: the branch that
 * runs is mapped like the rest of upgrade(), the others are not. Any other test stays opaque.
 */

/** The connection, its context or its dialect: `op.get_bind()`, `op.get_context().dialect`, `context.get_bind().engine` … */
const HANDLE = /^(?:op|context|alembic\.op|alembic\.context)\.(?:get_bind|get_context)\(\)(?:\.(?:bind|connection|engine|dialect))*(?:\.name)?$/;
/** The dialect's name read from a handle: `….dialect.name`, `….engine.name`, `….url.get_backend_name()`. */
const NAME = /^(?:op|context|alembic\.op|alembic\.context)\.(?:get_bind|get_context)\(\)(?:\.(?:bind|connection))?(?:(?:\.engine\.dialect|\.engine|\.dialect)\.name|(?:\.engine)?\.url\.get_backend_name\(\))$/;
/**
 * The database URL: the `sqlalchemy.url` option, or a bind's URL as a string. It starts with the
 * dialect's name, then `+driver` or `://`.
 */
const URL = /^(?:(?:alembic\.)?context\.config\.get_main_option\((['"])sqlalchemy\.url\1\)|str\((?:op|context|alembic\.op|alembic\.context)\.(?:get_bind|get_context)\(\)(?:\.(?:bind|connection))?(?:\.engine)?\.url\))$/;
/** The URL's driver name: the dialect's name, then `+driver` or nothing. */
const DRIVER = /^(?:op|context|alembic\.op|alembic\.context)\.(?:get_bind|get_context)\(\)(?:\.(?:bind|connection))?(?:\.engine)?\.url\.drivername$/;
/** `x.startswith('a')` or `x.startswith(('a', 'b'))`, spaces removed. */
const STARTSWITH = /^(.+)\.startswith\(\(?((?:(['"])[\w+:/.-]*\3,?)+)\)?\)$/;

/**
 * The names SQLAlchemy may give the set's database. A MariaDB server is `mysql` through the
 * mysql drivers and `mariadb` through a `mariadb://` URL, so a test telling them apart is
 * undecided there.
 */
export function sqlalchemyNames(d: Dialect): string[] {
  return d === 'mariadb' ? ['mysql', 'mariadb'] : [d];
}

/** Variable names read by the tests of the `if` statements anywhere in a body. */
export function namesInTests(body: readonly PyStmt[], mod: PyModule, out = new Set<string>()): Set<string> {
  for (const s of body) {
    if (s.t === 'with' || s.t === 'def' || s.t === 'class') namesInTests(s.body, mod, out);
    if (s.t !== 'other' || !s.branches) continue;
    for (const b of s.branches) {
      if (b.test) for (const m of mod.text(b.test).matchAll(/(?<![.\w])[A-Za-z_]\w*/g)) out.add(m[0]);
      namesInTests(b.body, mod, out);
    }
  }
  return out;
}

export class DialectTests {
  /** Local names bound to a handle (`bind = op.get_bind()`), with the expression they stand for. */
  private handles = new Map<string, string>();

  constructor(
    private mod: PyModule,
    private names: readonly string[],
    /** Local constants substituted, the way the mapper reads every other value. */
    private literal: (v: PyValue) => PyValue | undefined,
    /** Names some `if` test reads: only these assignments are taken as part of a dialect test. */
    private tested: ReadonlySet<string>,
  ) {}

  /** Local names bound to a decided dialect test (`is_sqlite = bind.dialect.name == 'sqlite'`). */
  private conds = new Map<string, PyCond>();

  /**
   * Records `bind = op.get_bind()` (or `name = bind.dialect.name`, `url = context.config.get_main_option("sqlalchemy.url")`,
   * `is_pg = name == 'postgresql'` …) when a test reads it; false otherwise.
   */
  bind(targets: readonly string[], value: PyValue, cond?: PyCond): boolean {
    if (targets.length !== 1 || !this.tested.has(targets[0])) return false;
    if (cond) {
      if (this.decide(cond) === undefined) return false;
      this.conds.set(targets[0], cond);
      return true;
    }
    const text = this.expand(value);
    if (!HANDLE.test(text) && !URL.test(text) && !DRIVER.test(text)) return false;
    this.handles.set(targets[0], text);
    return true;
  }

  /**
   * The branch that runs on the set's database: a branch, `null` when no branch runs, or
   * undefined when a test that must be decided first cannot be.
   */
  choose(branches: readonly PyBranch[]): PyBranch | null | undefined {
    for (const b of branches) {
      const v = b.test ? this.decide(b.test) : true;
      if (v === undefined) return undefined;
      if (v) return b;
    }
    return null;
  }

  private decide(c: PyCond): boolean | undefined {
    const results = this.names.map((n) => this.test(c, n));
    return results.every((r) => r === results[0]) ? results[0] : undefined;
  }

  private test(c: PyCond, name: string): boolean | undefined {
    switch (c.t) {
      case 'and': {
        const [l, r] = [this.test(c.left, name), this.test(c.right, name)];
        return l === false || r === false ? false : l && r ? true : undefined;
      }
      case 'or': {
        const [l, r] = [this.test(c.left, name), this.test(c.right, name)];
        return l === true || r === true ? true : l === false && r === false ? false : undefined;
      }
      case 'not': {
        const v = this.test(c.cond, name);
        return v === undefined ? undefined : !v;
      }
      case 'value': {
        if (c.value.t === 'name' && this.conds.has(c.value.name)) return this.test(this.conds.get(c.value.name)!, name);
        const prefix = STARTSWITH.exec(this.mod.text(c.value).replace(/\s+/g, ''));
        if (prefix) return startsWith(this.expandText(prefix[1]), [...prefix[2].matchAll(/(['"])(.*?)\1/g)].map((m) => m[2]), name);
        const v = this.literal(c.value);
        return v?.t === 'bool' ? v.value : undefined;
      }
      case 'compare': {
        // Either side may hold the dialect's name.
        const [expr, other] = this.isName(c.left) ? [c.left, c.right] : this.isName(c.right) && (c.op === '==' || c.op === '!=') ? [c.right, c.left] : [undefined, undefined];
        if (!expr || !other) return undefined;
        const lit = this.literal(other);
        if (c.op === '==' || c.op === '!=') {
          if (lit?.t !== 'str') return undefined;
          return (lit.value === name) === (c.op === '==');
        }
        if (c.op === 'in' || c.op === 'not in') {
          const values = lit?.t === 'list' ? lit.items.map((i) => this.literal(i)) : undefined;
          if (!values || !values.every((i) => i?.t === 'str')) return undefined;
          return values.some((i) => i?.t === 'str' && i.value === name) === (c.op === 'in');
        }
        return undefined;
      }
    }
  }

  private isName(v: PyValue): boolean {
    return NAME.test(this.expand(v));
  }

  /** The expression's text without spaces, with a leading local handle replaced by what it stands for. */
  private expand(v: PyValue): string {
    return this.expandText(this.mod.text(v).replace(/\s+/g, ''));
  }

  private expandText(text: string): string {
    const root = /^[A-Za-z_]\w*/.exec(text)?.[0];
    const handle = root !== undefined ? this.handles.get(root) : undefined;
    return handle !== undefined ? handle + text.slice(root!.length) : text;
  }
}

/**
 * `x.startswith(prefix, …)` where x reads the dialect's name, its URL or its driver name (the name,
 * then `+driver`, or `://` for a URL); undefined when x is something else or a prefix names a driver.
 */
function startsWith(receiver: string, prefixes: string[], name: string): boolean | undefined {
  const url = URL.test(receiver);
  if (!url && !DRIVER.test(receiver) && !NAME.test(receiver)) return undefined;
  const one = (p: string): boolean | undefined => {
    if (name.startsWith(p)) return true;
    if (!p.startsWith(name) || NAME.test(receiver)) return false;
    const rest = p.slice(name.length);
    if (rest.startsWith('+')) return undefined; // the driver is not known
    return url && '://'.startsWith(rest);
  };
  const results = prefixes.map(one);
  return results.includes(true) ? true : results.includes(undefined) ? undefined : false;
}
