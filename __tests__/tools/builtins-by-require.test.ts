import { importedNames } from '../../src/tools/builtins-by-require.js';

describe('importedNames (which names the bundle takes from a built-in it requires)', () => {
  it('collects the named imports of every import of the module, without types or renames', () => {
    const source = [
      "import { readFileSync, writeFileSync as write } from 'node:fs';",
      "import type { Stats } from 'node:fs';",
      "import { type Dirent, existsSync,\n  readFileSync } from 'node:fs';",
      "import { join } from 'node:path';",
    ].join('\n');
    expect(importedNames(source, 'node:fs')).toEqual(['existsSync', 'readFileSync', 'writeFileSync']);
    expect(importedNames(source, 'node:path')).toEqual(['join']);
  });

  it('leaves other shapes of import to esbuild, and modules not imported', () => {
    expect(importedNames("import fs from 'node:fs';", 'node:fs')).toBeUndefined();
    expect(importedNames("import * as fs from 'node:fs';", 'node:fs')).toBeUndefined();
    expect(importedNames("import { a } from 'node:fs';\nimport fs, { b } from 'node:fs';", 'node:fs')).toBeUndefined();
    expect(importedNames("import { a } from 'node:fs/promises';", 'node:fs')).toBeUndefined();
  });
});
