import type { Dialect } from '../model/dialect.js';
import type { FormatId, MigrationFile } from '../model/migration.js';

/** A file of the tree handed to a format, with its content. */
export interface SourceFile {
  path: string;
  blobId: string;
  text: string;
}

/** What one migration tool's layout looks like and how it runs a file. */
export interface FormatSpec {
  id: FormatId;
  /** Whether the tool has a down step at all (irreversible-migration stays quiet when not). */
  supportsDown: boolean;
  /**
   * Whether `path` is part of a set of this format rooted at `dir`: a migration file or a
   * companion that changes one (golang-migrate .down.sql, Flyway U files and .conf files).
   */
  owns(dir: string, path: string): boolean;
  /**
   * The set's migration files in the order the tool applies them. `files` are the owned files.
   * `dialect` is given only to formats with `perDialect`, once the set's dialect is decided.
   */
  build(dir: string, files: readonly SourceFile[], dialect?: Dialect): MigrationFile[];
  /** Whether what runs depends on the database (Liquibase `dbms:` changesets): built again with the set's dialect. */
  perDialect?: boolean;
  /**
   * The database named in the project's own settings (Django `DATABASES`, alembic.ini
   * `sqlalchemy.url`), read from every file of the plan; undefined when none says.
   */
  dialect?(files: readonly SourceFile[]): Dialect | undefined;
}
