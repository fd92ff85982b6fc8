export type Dialect = 'postgresql' | 'mysql' | 'mariadb' | 'sqlite';

export const DIALECTS: readonly Dialect[] = ['postgresql', 'mysql', 'mariadb', 'sqlite'];

/** Database version as configured ("16", "8.0.29", "10.11"); compared numerically part by part. */
export interface DbTarget {
  dialect: Dialect;
  version: string;
}

export const DEFAULT_VERSION: Record<Dialect, string> = {
  postgresql: '16',
  mysql: '8.0',
  mariadb: '10.11',
  sqlite: '3.45',
};

/** -1, 0 or 1 comparing dotted versions numerically ("8.0.29" > "8.0.3"). Missing parts count as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((p) => parseInt(p, 10) || 0);
  const pb = b.split('.').map((p) => parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

export function atLeast(target: DbTarget, version: string): boolean {
  return compareVersions(target.version, version) >= 0;
}

export function isMysqlFamily(d: Dialect): boolean {
  return d === 'mysql' || d === 'mariadb';
}
