import { baseName, dirOf, joinPath, normalizePath } from './paths.js';

/**
 * What a Liquibase changelog (XML, YAML, JSON) points at, in document order: other changelogs
 * (`include file`, `includeAll path`) and raw SQL files run by a changeset (`sqlFile path`).
 * Read as a document (fast-xml-parser, yaml, JSON.parse), so comments, CDATA, block scalars and
 * rollback blocks are what they are, not text that looks like a reference.
 */
export interface ChangelogRef {
  kind: 'include' | 'includeAll' | 'sqlFile';
  ref: string;
  relative: boolean;
  /** sqlFile: the enclosing changeset's attributes. */
  runInTransaction?: boolean;
  dbms?: string;
  hasRollback?: boolean;
}

/** Master changelog names: `db.changelog-master.yaml`, `changelog.xml`, `changelog-root.json`, `master-changelog.sql` … */
const MASTER = /^(?:(?:db[.-])?(?:db)?changelog(?:[-_.](?:master|root|main))?|(?:master|root|main)[-_.]changelog)\.(?:xml|ya?ml|json|sql)$/i;
export const CHANGELOG_EXT = /\.(?:xml|ya?ml|json|sql)$/i;

export function isMasterChangelog(path: string): boolean {
  return MASTER.test(baseName(path));
}

let documents: typeof import('./changelog-documents.js') | undefined;

/** Load the XML and YAML parsers changelogRefs() needs (once; a run without Liquibase never does). */
export async function loadChangelogReaders(): Promise<void> {
  documents ??= await import('./changelog-documents.js');
}

function readers(): typeof import('./changelog-documents.js') {
  if (!documents) throw new Error('changelogRefs: call loadChangelogReaders() first');
  return documents;
}

export function changelogRefs(path: string, text: string): ChangelogRef[] {
  if (/\.xml$/i.test(path)) return treeRefs(xmlTree(text));
  if (/\.json$/i.test(path)) return treeRefs(jsonTree(text));
  if (/\.ya?ml$/i.test(path)) return treeRefs(yamlTree(text));
  return [];
}

/** Whether an XML/YAML/JSON file is a Liquibase changelog at all. */
export function isChangelogDocument(text: string): boolean {
  return /databaseChangeLog/.test(text);
}

/**
 * A changelog as the shape YAML and JSON changelogs have: an element is an object whose keys are
 * its attributes and whose `[CHILDREN]` are its child elements, each `{ tag: element }`, in order.
 * XML attributes and YAML keys then read the same way.
 */
type Node = unknown;
const CHILDREN = Symbol('children');

type XmlItem = Record<string, unknown> & { ':@'?: Record<string, string> };

function xmlTree(text: string): Node {
  let items: XmlItem[];
  try {
    items = readers().xml.parse(text) as XmlItem[];
  } catch {
    return undefined; // not well-formed: liquibase refuses it too
  }
  const convert = (list: XmlItem[]): Node[] =>
    list.flatMap((item) => {
      const tag = Object.keys(item).find((k) => k !== ':@' && !k.startsWith('#'));
      if (tag === undefined) return [];
      const element: Record<string | symbol, unknown> = { ...(item[':@'] ?? {}) };
      element[CHILDREN] = convert(item[tag] as XmlItem[]);
      return [{ [tag]: element }];
    });
  return convert(items);
}

/** Liquibase reads JSON changelogs with its YAML parser, so JSON that JSON.parse refuses may still be one. */
function jsonTree(text: string): Node {
  try {
    return JSON.parse(text) as Node;
  } catch {
    return yamlTree(text);
  }
}

function yamlTree(text: string): Node {
  try {
    return readers().parseAllDocuments(text).flatMap((d) => ('toJS' in d && !d.errors.length ? [d.toJS() as Node] : []));
  } catch {
    return undefined;
  }
}

const str = (v: unknown): string | undefined => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined);
const isTrue = (v: unknown) => str(v)?.toLowerCase() === 'true';

interface ChangesetContext {
  runInTransaction: boolean;
  dbms?: string;
  rollback: boolean;
}

/**
 * References in document order. `include` names a file, `includeAll` and `sqlFile` a path; a
 * sqlFile takes its changeset's runInTransaction, dbms (unless it has its own) and whether the
 * changeset has a rollback. What sits under `rollback` runs only on rollback, so it is skipped.
 */
function treeRefs(tree: Node): ChangelogRef[] {
  const out: ChangelogRef[] = [];
  const visit = (node: Node, changeset: ChangesetContext | undefined): void => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, changeset));
    if (node === null || typeof node !== 'object') return;
    const children = (node as Record<symbol, unknown>)[CHILDREN];
    for (const [key, value] of Object.entries(node)) {
      if (key === 'rollback') continue;
      const v = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
      if (key === 'changeSet' && v) {
        const dbms = str(v.dbms);
        visit(v, { runInTransaction: str(v.runInTransaction)?.toLowerCase() !== 'false', rollback: hasRollback(v), ...(dbms ? { dbms: dbms.toLowerCase() } : {}) });
      } else if ((key === 'include' || key === 'includeAll' || key === 'sqlFile') && v) {
        const ref = str(key === 'include' ? v.file : v.path)?.trim();
        if (!ref) continue;
        const r: ChangelogRef = { kind: key, ref, relative: isTrue(v.relativeToChangelogFile) };
        if (key === 'sqlFile' && changeset) {
          const dbms = str(v.dbms)?.toLowerCase() ?? changeset.dbms;
          Object.assign(r, { runInTransaction: changeset.runInTransaction, hasRollback: changeset.rollback, ...(dbms ? { dbms } : {}) });
        } else if (key === 'sqlFile' && str(v.dbms)) r.dbms = str(v.dbms)!.toLowerCase();
        out.push(r);
      } else visit(value, changeset);
    }
    if (Array.isArray(children)) visit(children, changeset);
  };
  visit(tree, undefined);
  return out;
}

/** A changeset's rollback: a `rollback` key (YAML, JSON) or a `<rollback>` child (XML), empty or not. */
function hasRollback(changeset: Record<string | symbol, unknown>): boolean {
  if ('rollback' in changeset) return true;
  const children = changeset[CHILDREN];
  return Array.isArray(children) && children.some((c) => c !== null && typeof c === 'object' && 'rollback' in c);
}

/**
 * The path a changelog reference names. Relative to the changelog when it says so; otherwise
 * liquibase looks it up on its search path (the classpath root in Spring Boot, the working
 * directory for the CLI), which is some folder above the changelog: the nearest one that has
 * the file wins, then any file whose path ends with the reference.
 */
export function resolveRef(from: string, ref: string, relative: boolean, exists: (path: string) => boolean, all: readonly string[], isDir = false): string | undefined {
  const clean = ref.replace(/^classpath\*?:/, '').replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
  if (clean === '') return undefined;
  const base = dirOf(from);
  if (relative || !clean.startsWith('/')) {
    const own = normalizePath(joinPath(base, clean));
    if (own !== undefined && exists(own)) return own;
  }
  const rooted = clean.replace(/^\/+/, '');
  for (let dir = base; ; dir = dirOf(dir)) {
    const p = normalizePath(joinPath(dir, rooted));
    if (p !== undefined && exists(p)) return p;
    if (dir === '') break;
  }
  if (!isDir) return all.find((p) => p.endsWith(`/${rooted}`));
  const hit = all.find((p) => p.includes(`/${rooted}/`));
  return hit && hit.slice(0, hit.indexOf(`/${rooted}/`) + rooted.length + 1);
}

