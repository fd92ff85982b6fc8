import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectLicenses, isAllowed, NOTICES_KEPT_BY_HAND, packageDirOf, renderLicenses } from '../../src/tools/licenses.js';

let root: string;

function pkg(dir: string, manifest: object, files: Record<string, string> = {}): void {
  mkdirSync(join(root, dir), { recursive: true });
  writeFileSync(join(root, dir, 'package.json'), JSON.stringify(manifest));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, dir, name), text);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'migra-licenses-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

test('an input belongs to the innermost package folder, scoped or not', () => {
  expect(packageDirOf('node_modules/zod/v4/core/core.js')).toBe('node_modules/zod');
  expect(packageDirOf('node_modules/@actions/github/node_modules/@actions/http-client/lib/index.js')).toBe('node_modules/@actions/github/node_modules/@actions/http-client');
  expect(packageDirOf('src/cli/main.ts')).toBeUndefined();
});

test('SPDX expressions: every AND term and any OR alternative must be allowed', () => {
  expect(isAllowed('MIT')).toBe(true);
  expect(isAllowed('(MIT OR GPL-2.0-only)')).toBe(true);
  expect(isAllowed('Apache-2.0 AND PostgreSQL')).toBe(true);
  expect(isAllowed('MIT AND GPL-2.0-only')).toBe(false);
  // GPL-2.0-only cannot be combined with the Apache-2.0 packages in one GPL-3.0-or-later bundle.
  expect(isAllowed('GPL-2.0-only')).toBe(false);
  expect(isAllowed('SSPL-1.0')).toBe(false);
  expect(isAllowed('')).toBe(false);
});

test('the packages of the inputs are listed with their license texts and notices', () => {
  pkg('node_modules/a', { name: 'a', version: '1.0.0', license: 'Apache-2.0' }, { LICENSE: 'Apache License text', NOTICE: 'Copyright A', 'index.js': '' });
  pkg('node_modules/@s/b', { name: '@s/b', version: '2.0.0', licenses: [{ type: 'MIT' }] }, { 'LICENSE.md': 'MIT text' });
  const report = collectLicenses(['node_modules/a/index.js', 'node_modules/a/lib/x.js', 'node_modules/@s/b/index.js', 'src/cli/main.ts'], root);
  expect(report.problems).toEqual([]);
  expect(report.packages.map((p) => `${p.name}@${p.version} ${p.license} ${p.files.map((f) => f.name).join(',')}`)).toEqual([
    '@s/b@2.0.0 MIT LICENSE.md',
    'a@1.0.0 Apache-2.0 LICENSE,NOTICE',
  ]);
  const text = renderLicenses(report.packages, ['extra.wasm  (BSD-3-Clause)\n\nbody']);
  expect(text).toContain('Apache License text');
  expect(text).toContain('Copyright A');
  expect(text).toContain('extra.wasm  (BSD-3-Clause)');
});

test('a package whose license is not allowed, unnamed, or without a license file is a problem naming it', () => {
  pkg('node_modules/gpl2', { name: 'gpl2', version: '1.0.0', license: 'GPL-2.0-only' }, { COPYING: 'GPL 2' });
  pkg('node_modules/nolicense', { name: 'nolicense', version: '1.0.0' }, { LICENSE: 'text' });
  pkg('node_modules/nofile', { name: 'nofile', version: '1.0.0', license: 'MIT' }, { NOTICE: 'only a notice' });
  const report = collectLicenses(['node_modules/gpl2/a.js', 'node_modules/nolicense/a.js', 'node_modules/nofile/a.js'], root);
  expect(report.problems).toEqual([
    'gpl2: license "GPL-2.0-only" is not on the allow-list (src/tools/licenses.ts)',
    'nolicense: package.json names no license',
    'nofile: no LICENSE file in node_modules/nofile, so its license text cannot be shipped',
  ]);
});

test('a package without a license file passes only with a text kept by hand for it, which is shipped', () => {
  pkg('node_modules/bare', { name: 'bare', version: '3.1.0', license: 'MIT' }, { 'README.md': 'no license here' });
  const inputs = ['node_modules/bare/index.js'];
  expect(collectLicenses(inputs, root, undefined, {}).problems).toEqual(['bare: no LICENSE file in node_modules/bare, so its license text cannot be shipped']);
  const report = collectLicenses(inputs, root, undefined, { bare: 'MIT License\n\nCopyright (c) Bare' });
  expect(report.problems).toEqual([]);
  expect(renderLicenses(report.packages)).toContain('Copyright (c) Bare');
});

test('every text kept by hand is there, and its package really ships none of its own', () => {
  for (const [name, file] of Object.entries(NOTICES_KEPT_BY_HAND)) {
    expect(readFileSync(new URL(`../../src/tools/notices/${file}`, import.meta.url), 'utf8')).toMatch(/Permission|License/);
    const dir = join(process.cwd(), 'node_modules', name);
    expect(readdirSync(dir).filter((f) => /^(licen[cs]e|copying)/i.test(f))).toEqual([]);
  }
});

test('a package that ships its license only as the README\'s License section (pg-types, pgpass) ships that text', () => {
  pkg('node_modules/readme-only', { name: 'readme-only', version: '1.0.0', license: 'MIT' }, { 'README.md': '# readme-only\n\n## License\n\nCopyright (c) 2014 Someone\n\nPermission is hereby granted, free of charge\n\n## Thanks\n\nnot license' });
  pkg('node_modules/none', { name: 'none', version: '1.0.0', license: 'MIT' }, { 'README.md': '# none\n\n## License\n\nMIT\n' });
  const r = collectLicenses(['node_modules/readme-only/index.js', 'node_modules/none/index.js'], root);
  expect(r.packages.find((p) => p.name === 'readme-only')?.files).toEqual([{ name: 'README.md (License section)', text: 'Copyright (c) 2014 Someone\n\nPermission is hereby granted, free of charge' }]);
  expect(r.problems).toEqual(['none: no LICENSE file in node_modules/none, so its license text cannot be shipped']);
});
