import type { EngineAdapter } from './adapter.js';
import type { Budget } from './budget.js';
import type { ServerUrl } from './server-url.js';

/** What notes call the server: "the PostgreSQL server at db:5432". Never the URL. */
export function serverLabel(server: ServerUrl): string {
  return `the ${server.kind === 'postgresql' ? 'PostgreSQL' : 'MySQL/MariaDB'} server at ${server.where}`;
}

/**
 * A fresh scratch database (or schema) on the server; its errors are already scrubbed of the password.
 * The drivers are imported here, when a run asks for a server: loading pg and mysql2 at start-up
 * cost every run about 0.15 s of CPU.
 */
export async function openServer(server: ServerUrl, budget: Budget): Promise<EngineAdapter> {
  return server.kind === 'postgresql' ? (await import('./pg-server.js')).openPgServer(server, budget) : (await import('./mysql-server.js')).openMysqlServer(server, budget);
}
