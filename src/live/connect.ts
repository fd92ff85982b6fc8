import type { LiveDb, OpenOptions } from './db.js';
import type { Secret } from '../model/url-secret.js';

/** Which engine a URL names: postgres(ql)://, mysql:// or mariadb://, else a SQLite file (path, file:, sqlite:). */
export function engineOf(url: string): 'postgresql' | 'mysql' | 'sqlite' {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'postgres' || scheme === 'postgresql') return 'postgresql';
  if (scheme === 'mysql' || scheme === 'mariadb') return 'mysql';
  return 'sqlite';
}

/** A read-only connection to the database the URL names (see db.ts for what every engine guarantees). Each driver is loaded only when its engine is asked for. */
export async function openLive(secret: Secret, opts: OpenOptions): Promise<LiveDb> {
  switch (engineOf(secret.url)) {
    case 'postgresql':
      return (await import('./pg.js')).openPostgres(secret, opts);
    case 'mysql':
      return (await import('./mysql.js')).openMysql(secret, opts);
    case 'sqlite':
      return (await import('./sqlite.js')).openSqliteFile(secret, opts);
  }
}
