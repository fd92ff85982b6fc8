import { baseName, dirOf, joinPath, normalizePath } from './paths.js';

/**
 * What a Liquibase changelog (XML, YAML, JSON) points at, in document order: other changelogs
 * (`include file`, `includeAll path`) and raw SQL files run by a changeset (`sqlFile path`).
 * Read literally with patterns, not as a document: enough for the shapes changelogs take.
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

export function changelogRefs(path: string, text: string): ChangelogRef[] {
  if (/\.xml$/i.test(path)) return xmlRefs(text.replace(/<!--[\s\S]*?-->/g, ''));
  if (/\.(?:ya?ml|json)$/i.test(path)) return keyValueRefs(text);
  return [];
}

/** Whether an XML/YAML/JSON file is a Liquibase changelog at all. */
export function isChangelogDocument(text: string): boolean {
  return /databaseChangeLog/.test(text);
}

function xmlAttrs(s: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of s.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1], m[2] ?? m[3]);
  return out;
}

function xmlRefs(xml: string): ChangelogRef[] {
  const out: ChangelogRef[] = [];
  let changeset: Map<string, string> | undefined;
  let pendingSql: ChangelogRef[] = [];
  const closeChangeset = (body: string) => {
    const rollback = /<rollback\b/.test(body);
    for (const r of pendingSql) r.hasRollback = rollback;
    pendingSql = [];
  };
  let bodyStart = 0;
  for (const m of xml.matchAll(/<\s*(\/?)\s*(changeSet|include|includeAll|sqlFile)\b([^>]*?)\/?\s*>/g)) {
    const [, closing, tag, rest] = m;
    if (tag === 'changeSet') {
      if (closing) {
        closeChangeset(xml.slice(bodyStart, m.index));
        changeset = undefined;
      } else {
        changeset = xmlAttrs(rest);
        bodyStart = m.index! + m[0].length;
      }
      continue;
    }
    if (closing) continue;
    const a = xmlAttrs(rest);
    const ref = tag === 'include' ? a.get('file') : a.get('path');
    if (!ref) continue;
    const r: ChangelogRef = { kind: tag as ChangelogRef['kind'], ref, relative: a.get('relativeToChangelogFile') === 'true' };
    if (tag === 'sqlFile') {
      r.runInTransaction = changeset?.get('runInTransaction') !== 'false';
      const dbms = a.get('dbms') ?? changeset?.get('dbms');
      if (dbms) r.dbms = dbms.toLowerCase();
      r.hasRollback = false;
      pendingSql.push(r);
    }
    out.push(r);
  }
  return out;
}

/**
 * YAML and JSON changelogs by their keys, in order: `include:` / `includeAll:` / `sqlFile:` start
 * an entry, `file:` / `path:` / `relativeToChangelogFile:` fill it; `changeSet:` starts a changeset
 * whose `runInTransaction`, `dbms` and `rollback` keys belong to the sqlFile entries in it.
 */
function keyValueRefs(text: string): ChangelogRef[] {
  const out: ChangelogRef[] = [];
  let entry: ChangelogRef | undefined;
  let changeset: { runInTransaction: boolean; dbms?: string; rollback: boolean; files: ChangelogRef[] } | undefined;
  const flush = () => {
    if (entry?.ref) out.push(entry);
    entry = undefined;
  };
  const endChangeset = () => {
    if (changeset) for (const r of changeset.files) Object.assign(r, { runInTransaction: changeset.runInTransaction, hasRollback: changeset.rollback, ...(r.dbms ?? changeset.dbms ? { dbms: r.dbms ?? changeset.dbms } : {}) });
    changeset = undefined;
  };
  const clean = text.replace(/^\s*#.*$/gm, '');
  for (const m of clean.matchAll(/["']?\b(changeSet|include|includeAll|sqlFile|file|path|relativeToChangelogFile|runInTransaction|dbms|rollback)["']?[ \t]*:[ \t]*(?:"([^"]*)"|'([^']*)'|([^\s,{}[\]#]*))/g)) {
    const key = m[1];
    const value = (m[2] ?? m[3] ?? m[4] ?? '').trim();
    switch (key) {
      case 'changeSet':
        flush();
        endChangeset();
        changeset = { runInTransaction: true, rollback: false, files: [] };
        break;
      case 'include':
      case 'includeAll':
      case 'sqlFile':
        flush();
        entry = { kind: key, ref: '', relative: false };
        if (key === 'sqlFile') changeset?.files.push(entry);
        break;
      case 'file':
        if (entry?.kind === 'include') entry.ref = value;
        break;
      case 'path':
        if (entry && entry.kind !== 'include') entry.ref = value;
        break;
      case 'relativeToChangelogFile':
        if (entry) entry.relative = value.toLowerCase() === 'true';
        break;
      case 'runInTransaction':
        if (changeset) changeset.runInTransaction = value.toLowerCase() !== 'false';
        break;
      case 'dbms':
        if (entry?.kind === 'sqlFile') entry.dbms = value.toLowerCase();
        else if (changeset) changeset.dbms = value.toLowerCase();
        break;
      case 'rollback':
        if (changeset) changeset.rollback = true;
        break;
    }
  }
  flush();
  endChangeset();
  return out;
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

