import type { Dialect } from '../model/dialect.js';
import type { MigrationFile } from '../model/migration.js';
import { CHANGELOG_EXT, changelogRefs, isChangelogDocument, isMasterChangelog, resolveRef, type ChangelogRef } from './liquibase-changelog.js';
import { fileTransaction, isFormattedSql, readFormattedSql, runsOn } from './liquibase-sql.js';
import { changesetUnits } from './liquibase-units.js';
import { baseName, isUnder } from './paths.js';
import type { FormatSpec, SourceFile } from './spec.js';

export { isFormattedSql } from './liquibase-sql.js';
export { isMasterChangelog } from './liquibase-changelog.js';

/** A master changelog worth a set: an XML/YAML/JSON changelog, or a formatted SQL one. */
export function isLiquibaseMaster(path: string, text: string): boolean {
  if (!isMasterChangelog(path)) return false;
  return path.toLowerCase().endsWith('.sql') ? isFormattedSql(text) : isChangelogDocument(text);
}

/** A file the changelogs run: a formatted SQL changelog, or raw SQL (`sqlFile`, an included plain .sql). */
interface Entry {
  file: SourceFile;
  raw?: Pick<ChangelogRef, 'runInTransaction' | 'dbms' | 'hasRollback'>;
}

/**
 * The files in the order liquibase runs them, from the master changelog: includes and sqlFile
 * references in document order, includeAll folders in path order (recursively), each file once.
 */
function fromMaster(master: SourceFile, files: readonly SourceFile[]): Entry[] {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const paths = files.map((f) => f.path).sort();
  const isDir = (p: string) => paths.some((q) => q.startsWith(`${p}/`));
  const seen = new Set<string>();
  const out: Entry[] = [];

  function walk(f: SourceFile): void {
    if (seen.has(f.path)) return;
    seen.add(f.path);
    if (!f.path.toLowerCase().endsWith('.sql')) {
      for (const r of changelogRefs(f.path, f.text)) follow(f, r);
      return;
    }
    // An included .sql file without the header is one raw SQL changeset (liquibase's SqlChangeLogParser).
    if (!isFormattedSql(f.text)) {
      out.push({ file: f, raw: { runInTransaction: true, hasRollback: false } });
      return;
    }
    const { includes, changesets } = readFormattedSql(f.text);
    const each = (before: boolean) => includes.filter((i) => i.beforeChangesets === before).forEach((i) => follow(f, { kind: i.kind, ref: i.ref, relative: false }));
    each(true);
    if (changesets.length) out.push({ file: f });
    each(false);
  }

  function follow(from: SourceFile, r: ChangelogRef): void {
    if (r.kind === 'includeAll') {
      const dir = resolveRef(from.path, r.ref, r.relative, isDir, paths, true);
      if (dir !== undefined) for (const p of paths) if (isUnder(p, dir) && p !== dir && CHANGELOG_EXT.test(p)) walk(byPath.get(p)!);
      return;
    }
    const path = resolveRef(from.path, r.ref, r.relative, (p) => byPath.has(p), paths);
    const target = path === undefined ? undefined : byPath.get(path);
    if (!target) return;
    if (r.kind !== 'sqlFile') return walk(target);
    // sqlFile runs the file as raw SQL, whatever its first line says.
    if (seen.has(target.path)) return;
    seen.add(target.path);
    out.push({ file: target, raw: r });
  }

  walk(master);
  return out;
}

/** The master of a set: a changelog named like one, the one nearest the set's folder. */
function masterOf(dir: string, files: readonly SourceFile[]): SourceFile | undefined {
  return files
    .filter((f) => isLiquibaseMaster(f.path, f.text))
    .sort((a, b) => a.path.split('/').length - b.path.split('/').length || (a.path < b.path ? -1 : 1))
    .find((f) => isUnder(f.path, dir));
}

function toFile(e: Entry, dialect: Dialect | undefined): MigrationFile | undefined {
  const f = e.file;
  const stem = baseName(f.path).replace(/\.sql$/i, '');
  const m = /^(\d+(?:[._]\d+)*)[-_. ]*(.*)$/s.exec(stem);
  const base = { path: f.path, version: m ? m[1] : stem, name: m ? m[2] : stem, language: 'sql' as const, blobId: f.blobId };
  if (e.raw) {
    if (!runsOn(e.raw.dbms, dialect)) return undefined;
    return { ...base, up: f.text, hasDown: !!e.raw.hasRollback, transaction: e.raw.runInTransaction === false ? 'none' : 'per-file' };
  }
  const s = readFormattedSql(f.text, dialect);
  if (!s.applied.length) return undefined;
  const file: MigrationFile = { ...base, up: s.up, hasDown: s.applied.every((c) => c.hasRollback), transaction: fileTransaction(s.applied), units: changesetUnits(s.up, s.applied) };
  // runOnChange changesets run again when edited, like Flyway's repeatables: an edit is how they work.
  if (s.applied.every((c) => c.runOnChange)) file.repeatable = true;
  return file;
}

/**
 * Liquibase formatted SQL changelogs (`--liquibase formatted sql`, then `--changeset author:id`
 * blocks). A master changelog (`db.changelog-master.yaml`, `changelog.xml` …, XML, YAML, JSON or
 * formatted SQL) decides which files run and in what order through `include`, `includeAll` and
 * `sqlFile`; files it does not reach do not run. Without one, every formatted SQL file of the
 * folder runs, in path order (as `includeAll` would). Changesets of XML/YAML changelogs
 * (`<createTable>` …) are not read.
 *
 * Each changeset has its own transaction unless it says `runInTransaction:false`; see
 * fileTransaction for the one mode a file gets. `--rollback` lines are the down step: a file has
 * one when every changeset that runs has a rollback. Each changeset that runs is a unit of its
 * file (changesetUnits), so appending one to a changelog is reviewed as a new migration. The files depend on the set's dialect
 * (`dbms:` changesets), so detectSets builds them again once it is known.
 */
export const liquibase: FormatSpec = {
  id: 'liquibase',
  supportsDown: true,
  perDialect: true,
  owns: (dir, path) => isUnder(path, dir) && path !== dir && CHANGELOG_EXT.test(path),
  build(dir, files, dialect) {
    const master = masterOf(dir, files);
    const entries: Entry[] = master
      ? fromMaster(master, files)
      : files
          .filter((f) => f.path.toLowerCase().endsWith('.sql') && isFormattedSql(f.text))
          .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
          .map((file) => ({ file }));
    return entries.flatMap((e) => toFile(e, dialect) ?? []);
  },
};
