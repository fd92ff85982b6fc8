import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The licenses of everything the bundle is made of. dist/ is distributed, and each package whose code
 * esbuild copied into it asks for its license text and notices to travel with it. The list of packages
 * is read from esbuild's metafile (the bundle's own list of inputs), never written by hand, so a new
 * dependency cannot slip into dist/ unrecorded.
 */

/** What Migra itself is distributed under (see LICENSE and the README's License section). */
export const DISTRIBUTION_LICENSE = 'GPL-3.0-or-later';

/**
 * Licenses whose code may be combined into a GPL-3.0-or-later work. GPL-2.0-only and the
 * Apache-2.0 packages could not be combined, which is why the bundle is GPL-3.0-or-later.
 * A package under anything else stops the bundle until someone decides about it here.
 */
export const ALLOWED_LICENSES: ReadonlySet<string> = new Set([
  '0BSD',
  'Apache-2.0',
  'BlueOak-1.0.0',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'CC0-1.0',
  'GPL-2.0-or-later',
  'GPL-3.0-or-later',
  'ISC',
  'LGPL-2.1-or-later',
  'LGPL-3.0-or-later',
  'MIT',
  'PostgreSQL',
  'Python-2.0',
  'Unlicense',
  'Zlib',
]);

/**
 * License texts kept by hand (src/tools/notices/) for packages that name their license in
 * package.json but ship no file with its text: package name → notice file. Each one is checked
 * against the package's declared license when it is added; the build still fails for any other
 * package without a file.
 */
export const NOTICES_KEPT_BY_HAND: Readonly<Record<string, string>> = {
  // Pulled in by @actions/cache → @azure/storage-blob → @azure/core-xml → fast-xml-parser.
  '@nodable/entities': 'nodable-entities.txt',
};

/** Files that carry a license text or the notices the license asks to keep (Apache-2.0's NOTICE). */
const LICENSE_FILE = /^(licen[cs]e|copying|notice|authors)([-._].*)?$/i;

export interface BundledPackage {
  name: string;
  version: string;
  license: string;
  /** The package folder, relative to the working directory (as esbuild names its inputs). */
  dir: string;
  files: { name: string; text: string }[];
}

export interface LicenseReport {
  packages: BundledPackage[];
  /** One line per package whose license is missing or not allowed; empty when all is well. */
  problems: string[];
}

/** The folder of the innermost package an input path belongs to (`a/node_modules/@s/p/x.js` → `a/node_modules/@s/p`). */
export function packageDirOf(input: string): string | undefined {
  const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.replace(/\\/g, '/'));
  return m?.[1];
}

/** Whether an SPDX expression is satisfied by the allow-list: every AND term, any OR alternative. */
export function isAllowed(expression: string, allowed: ReadonlySet<string> = ALLOWED_LICENSES): boolean {
  const expr = expression.trim().replace(/^\((.*)\)$/, '$1');
  if (!expr) return false;
  // Parenthesised sub-expressions are rare in package.json; each alternative is judged on its own.
  return expr.split(/\s+OR\s+/).some((alt) =>
    alt
      .replace(/[()]/g, '')
      .split(/\s+AND\s+/)
      .every((term) => allowed.has(term.trim())),
  );
}

function licenseOf(pkg: Record<string, unknown>): string {
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license && typeof pkg.license === 'object') return String((pkg.license as { type?: unknown }).type ?? '');
  // The old `licenses: [{ type }]` form means "any of these".
  if (Array.isArray(pkg.licenses)) return pkg.licenses.map((l: { type?: unknown }) => String(l?.type ?? '')).join(' OR ');
  return '';
}

/** Read the license of every package among the bundle's inputs (paths relative to `root`). */
export function collectLicenses(inputs: Iterable<string>, root: string, allowed: ReadonlySet<string> = ALLOWED_LICENSES, byHand: Readonly<Record<string, string>> = handKeptNotices()): LicenseReport {
  const dirs = new Set<string>();
  for (const input of inputs) {
    const dir = packageDirOf(input);
    if (dir) dirs.add(dir);
  }
  const packages: BundledPackage[] = [];
  const problems: string[] = [];
  for (const dir of dirs) {
    const abs = join(root, dir);
    const manifest = join(abs, 'package.json');
    if (!existsSync(manifest)) {
      problems.push(`${dir}: no package.json, so its license is unknown`);
      continue;
    }
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, unknown>;
    const name = String(pkg.name ?? dir);
    const license = licenseOf(pkg);
    const files = readdirSync(abs)
      .filter((f) => LICENSE_FILE.test(f))
      .sort()
      .map((f) => ({ name: f, text: readFileSync(join(abs, f), 'utf8').trim() }))
      .filter((f) => f.text);
    if (!hasLicenseText(files) && byHand[name]) files.push({ name: 'LICENSE (the package ships none; kept in src/tools/notices/)', text: byHand[name].trim() });
    // Some packages (pg-types, pgpass) ship their license text only as the README's License section.
    if (!hasLicenseText(files)) files.push(...readmeLicense(abs));
    if (!license) problems.push(`${name}: package.json names no license`);
    else if (!isAllowed(license, allowed)) problems.push(`${name}: license "${license}" is not on the allow-list (src/tools/licenses.ts)`);
    if (!hasLicenseText(files)) problems.push(`${name}: no LICENSE file in ${dir}, so its license text cannot be shipped`);
    packages.push({ name, version: String(pkg.version ?? ''), license, dir, files });
  }
  // The same package may be installed twice at different versions; both are listed.
  packages.sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
  return { packages, problems };
}

/** Whether the files hold a license text, not only notices (NOTICE, AUTHORS). */
function hasLicenseText(files: readonly { name: string }[]): boolean {
  return files.some((f) => !/^notice|^authors/i.test(f.name));
}

/** The text of dist/THIRD_PARTY_LICENSES: what the bundle is, then each package's license texts in full. */
export function renderLicenses(packages: BundledPackage[], extra: string[] = []): string {
  const rule = '-'.repeat(78);
  const head = [
    `Migra's dist/ bundles the packages below. Migra is distributed under ${DISTRIBUTION_LICENSE}`,
    '(see LICENSE); each package keeps its own license, reproduced here in full with its notices.',
    'This file is generated by src/tools/bundle.ts from the bundle\'s list of inputs: do not edit it.',
    '',
    ...packages.map((p) => `  ${p.name}@${p.version}  ${p.license}`),
    ...extra.map((e) => `  ${e.split('\n')[0]}`),
  ];
  const bodies = packages.map((p) =>
    [rule, `${p.name}@${p.version}  (${p.license})`, rule, ...p.files.map((f) => `${f.name}:\n\n${f.text}\n`)].join('\n'),
  );
  const extras = extra.map((e) => [rule, e.trim(), ''].join('\n'));
  return `${[head.join('\n'), ...bodies, ...extras].join('\n\n').trimEnd()}\n`;
}

/** The texts of NOTICES_KEPT_BY_HAND, by package name. */
function handKeptNotices(): Record<string, string> {
  return Object.fromEntries(Object.entries(NOTICES_KEPT_BY_HAND).map(([name, file]) => [name, readFileSync(new URL(`./notices/${file}`, import.meta.url), 'utf8')]));
}

/** The README's "License" section when it holds a license text (a copyright line or a grant), as one more file to ship. */
export function readmeLicense(dir: string): { name: string; text: string }[] {
  const readme = readdirSync(dir).find((f) => /^readme(\.md|\.markdown)?$/i.test(f));
  if (!readme) return [];
  const lines = readFileSync(join(dir, readme), 'utf8').split('\n');
  const start = lines.findIndex((l) => /^#{1,6}\s*licen[cs]e\s*$/i.test(l.trim()));
  if (start < 0) return [];
  const level = /^#+/.exec(lines[start].trim())![0].length;
  const end = lines.findIndex((l, i) => i > start && new RegExp(`^#{1,${level}}\\s`).test(l));
  const text = lines.slice(start + 1, end < 0 ? undefined : end).join('\n').trim();
  return /copyright|permission is hereby granted/i.test(text) ? [{ name: `${readme} (License section)`, text }] : [];
}
