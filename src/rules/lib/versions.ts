/** Version numbers compare as numbers per dotted part: 001 = 1, 1.0 = 1, 2_1 = 2.1 (Flyway). */
export function normalizeVersion(v: string): string {
  const s = v.trim().toLowerCase().replace(/_/g, '.');
  if (!/^\d+(\.\d+)*$/.test(s)) return s;
  const parts = s.split('.').map((p) => p.replace(/^0+(?=\d)/, ''));
  while (parts.length > 1 && /^0+$/.test(parts[parts.length - 1])) parts.pop();
  return parts.join('.');
}
