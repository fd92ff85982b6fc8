import type { Dialect } from './dialect.js';

export type FormatId =
  | 'flyway'
  | 'golang-migrate'
  | 'goose'
  | 'dbmate'
  | 'prisma'
  | 'diesel'
  | 'sqlx'
  | 'atlas'
  | 'supabase'
  | 'drizzle'
  | 'plain'
  | 'liquibase'
  | 'sqitch'
  | 'django'
  | 'alembic'
  /** A whole-schema file (pg_dump, mysqldump, declarative schema): compared as a whole between the commits, never replayed as history. */
  | 'schema-dump';

/**
 * How the migration tool runs one file.
 * - `per-file`: it wraps the whole file in one transaction (goose, dbmate, Supabase, Django atomic, Alembic on PostgreSQL).
 * - `implicit`: it sends the file as one multi-statement string; PostgreSQL runs such a string as one implicit
 *   transaction when it holds more than one statement (golang-migrate, Prisma, Flyway's default).
 * - `batch`: like `per-file`, but the tool runs the statements that cannot run in a transaction block
 *   (CONCURRENTLY, VACUUM) on their own, outside it (Supabase CLI ≥ 2.109).
 * - `none`: statements run one by one in autocommit; only an explicit BEGIN opens a transaction.
 */
export type TransactionMode = 'per-file' | 'batch' | 'implicit' | 'none';

export interface MigrationFile {
  /** Repo-relative path, '/' separated. */
  path: string;
  /** Version as written ('20240101120000', '1.2.3', '0001'); ordering is the set's job, this is for messages. */
  version: string;
  /** Human name/description part of the file name. */
  name: string;
  /** Language of `up`. */
  language: 'sql' | 'python';
  /**
   * The text that runs on the way up, with the same line numbers as the file: lines that belong to
   * a down section (dbmate, goose) are replaced by empty lines.
   */
  up: string;
  /** Whether the file (or a sibling .down.sql / U file) provides a way back. */
  hasDown: boolean;
  transaction: TransactionMode;
  /** Blob id of the file content; equal ids mean equal content (used to cache parses). */
  blobId: string;
  /**
   * Files that run after every versioned one (Flyway R__ repeatables). They are replayed
   * but not subject to ordering checks.
   */
  repeatable?: boolean;
  /** Django / Alembic: the file's node in the migration graph (filled in by the format). */
  graph?: MigrationGraphNode;
  /**
   * What the tool tracks the migration by when it is not the path: files of a set with equal
   * keys at both commits are one migration wherever they live (`sqitch rework` moves the
   * script of a change instance that already ran to `<change>@<tag>.sql`).
   */
  key?: string;
  /**
   * The parts of the file the tool records one by one (Liquibase changesets), in file order.
   * Absent: the file is applied, and recorded, as a whole.
   */
  units?: MigrationUnit[];
}

/** A part of a migration file that the tool applies and records on its own. */
export interface MigrationUnit {
  /** Its identity within the file (a Liquibase changeset's `author:id`). */
  id: string;
  /** 1-based first and last line in the file. */
  line: number;
  endLine: number;
  /** What runs, as in `up` (its header left out); compared across commits. */
  text: string;
  /** 1-based line of the first line of `text`. */
  textLine: number;
  /** The tool runs it again whenever its text changes (Liquibase runOnChange): an edit is how it works. */
  rerunsOnChange?: boolean;
}

/** A Django migration or an Alembic revision as a node of its tool's migration graph. */
export interface MigrationGraphNode {
  format: 'django' | 'alembic';
  /** Django app label. */
  app?: string;
  /** `app.name` (Django) or the revision id (Alembic). */
  id: string;
  /** Nodes this one runs after: dependencies and run_before (Django), down_revision and depends_on (Alembic). */
  parents: string[];
  /** Django: the `AUTH_USER_MODEL` of the project as `app.model`, lower case. */
  userModel?: string;
  /** Django: the app's `default_auto_field` or the project's `DEFAULT_AUTO_FIELD` (`AutoField`), when either is written. */
  autoField?: string;
  /** Django: field classes the project defines, read from its field modules (python/field-classes.ts); the same object on every node of a set. */
  fieldClasses?: Record<string, { bases: string[]; dbType?: string; internalType?: string }>;
  /** Where the migration cannot be undone: RunPython without reverse_code, a downgrade() that only passes. */
  irreversible?: { line: number; what: string }[];
  /**
   * Django squashed migration: the migrations it `replaces` (`app.name`). It only ever runs on a
   * database that never ran them, in practice an empty one, so its tables hold no production rows.
   */
  replaces?: string[];
}

export interface MigrationSet {
  /** Stable id: the set's directory ('' for the repository root). */
  id: string;
  /** Directory holding the set, repo-relative. */
  dir: string;
  format: FormatId;
  dialect: Dialect;
  /** How the dialect was decided, shown to the user so detection never guesses silently. */
  dialectSource: 'config' | 'migration_lock.toml' | 'default' | 'settings' | 'content';
  /** Files in the order the tool applies them. */
  files: MigrationFile[];
  /** Whether this format has a down step at all (irreversible-migration stays quiet when not). */
  supportsDown: boolean;
  /**
   * Alembic environments named by alembic.ini / pyproject.toml: the folders holding the revision
   * scripts (`version_locations`), which need not lie under `dir` nor be named `versions`.
   */
  versionDirs?: { dirs: string[]; recursive: boolean };
}

/** A file tree at one commit, read lazily. */
export interface TreeView {
  commit: string;
  /** Every file path in the tree, repo-relative, '/' separated, sorted. */
  paths: string[];
  /** Blob id per path; undefined when the path is not in the tree. */
  blobId(path: string): string | undefined;
  /** Contents of the given paths (missing paths are left out of the map). */
  read(paths: string[]): Promise<Map<string, string>>;
}

export type ChangeStatus = 'added' | 'modified' | 'deleted' | 'renamed';

export interface FileChange {
  path: string;
  status: ChangeStatus;
  /** For renames: the path at `before`. */
  oldPath?: string;
}
