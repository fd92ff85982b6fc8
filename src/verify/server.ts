import type { EngineAdapter } from './adapter.js';
import type { Budget } from './budget.js';
import { openMysqlServer } from './mysql-server.js';
import { openPgServer } from './pg-server.js';
import type { ServerUrl } from './server-url.js';

/** What notes call the server: "the PostgreSQL server at db:5432". Never the URL. */
export function serverLabel(server: ServerUrl): string {
  return `the ${server.kind === 'postgresql' ? 'PostgreSQL' : 'MySQL/MariaDB'} server at ${server.where}`;
}

/** A fresh scratch database (or schema) on the server; its errors are already scrubbed of the password. */
export function openServer(server: ServerUrl, budget: Budget): Promise<EngineAdapter> {
  return server.kind === 'postgresql' ? openPgServer(server, budget) : openMysqlServer(server, budget);
}
