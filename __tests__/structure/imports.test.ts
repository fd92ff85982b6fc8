import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Data flows one way (DESIGN.md): each stage imports only the stages before it and the shared
 * folders; the shared folders import nothing of the stages. The knowledge of what a statement
 * locks, rewrites or copies (src/knowledge) is read by rules, rollback (analyze) and verification
 * alike, so it may import only the model. A new folder under src/ fails here until it is placed.
 */

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

/** The pipeline, in order: a stage may import the stages before it (live: the read-only look at the team's database, issue 14). */
const STAGES = ['source', 'formats', 'frontends', 'schema', 'verify', 'live', 'rules', 'analyze', 'ai', 'render', 'publish'];

/** Folders every stage may import, with what each of them may import in turn. */
const SHARED: Record<string, string[]> = {
  model: [],
  knowledge: ['model'],
  python: ['model'],
  config: ['model'],
  /** Declarations for packages that ship none. */
  types: [],
};

/** Entry points: they drive the stages and nothing imports them (the development tools may use the other two). */
const ENTRIES: Record<string, string[]> = {
  action: [],
  cli: [],
  tools: ['cli', 'action'],
};

/** Folders that hold pure functions: no file system, processes or network. */
const PURE = ['model', 'knowledge', 'schema', 'rules'];

interface Edge {
  file: string;
  from: string;
  to: string;
  spec: string;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out;
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

/** Every import of every file under src/, with the top-level folders it goes from and to ('' for a package). */
function imports(): Edge[] {
  const edges: Edge[] = [];
  for (const abs of walk(SRC)) {
    const file = relative(SRC, abs).split(sep).join('/');
    const from = file.includes('/') ? file.split('/')[0] : '';
    const text = readFileSync(abs, 'utf8');
    for (const m of text.matchAll(SPECIFIER)) {
      const spec = m[1];
      const to = spec.startsWith('.') ? relative(SRC, resolve(dirname(abs), spec)).split(sep)[0] : '';
      edges.push({ file, from, to, spec });
    }
  }
  return edges;
}

/** May folder `from` import folder `to`? */
function allowed(from: string, to: string): boolean {
  if (from === to) return true;
  if (from in SHARED) return SHARED[from].includes(to);
  if (to in ENTRIES) return from in ENTRIES && ENTRIES[from].includes(to);
  if (to in SHARED) return true;
  if (from in ENTRIES) return STAGES.includes(to);
  const a = STAGES.indexOf(from);
  const b = STAGES.indexOf(to);
  return a >= 0 && b >= 0 && b < a;
}

/** The imports that break the direction of the data flow, as "file imports spec". */
function violations(edges: readonly Edge[]): string[] {
  return edges.filter((e) => e.to && !allowed(e.from, e.to)).map((e) => `${e.file} imports ${e.spec}`);
}

/** Imports of I/O modules from folders that must stay pure. */
function impure(edges: readonly Edge[]): string[] {
  const io = /^(node:)?(fs|fs\/promises|child_process|net|http|https|os|process|worker_threads|dgram|tls)$/;
  return edges.filter((e) => PURE.includes(e.from) && io.test(e.spec)).map((e) => `${e.file} imports ${e.spec}`);
}

const EDGES = imports();

describe('the import graph of src/', () => {
  it('places every folder under src/ in the pipeline, the shared folders or the entry points', () => {
    const known = new Set([...STAGES, ...Object.keys(SHARED), ...Object.keys(ENTRIES)]);
    const folders = readdirSync(SRC, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.filter((f) => !known.has(f))).toEqual([]);
  });

  it('reads the imports it checks (rules read the knowledge, rollback reads the knowledge)', () => {
    expect(EDGES.some((e) => e.from === 'rules' && e.to === 'knowledge')).toBe(true);
    expect(EDGES.some((e) => e.file.startsWith('analyze/rollback') && e.to === 'knowledge')).toBe(true);
    expect(EDGES.some((e) => e.file === 'analyze/observed.ts' && e.to === 'knowledge')).toBe(true);
  });

  it('flows one way: each stage imports only earlier stages, knowledge imports only the model', () => {
    expect(violations(EDGES)).toEqual([]);
  });

  it('keeps the model, the knowledge, the schema and the rules free of I/O', () => {
    expect(impure(EDGES)).toEqual([]);
  });

  it('catches an import against the flow', () => {
    const edge = (file: string, to: string): Edge => ({ file, from: file.split('/')[0], to, spec: `../${to}/x.js` });
    expect(violations([edge('knowledge/pg-locks.ts', 'rules')])).toEqual(['knowledge/pg-locks.ts imports ../rules/x.js']);
    expect(violations([edge('rules/drop-table.ts', 'analyze')])).toHaveLength(1);
    expect(violations([edge('verify/run.ts', 'rules')])).toHaveLength(1);
    expect(violations([edge('model/schema.ts', 'knowledge')])).toHaveLength(1);
    expect(violations([edge('render/markdown.ts', 'cli')])).toHaveLength(1);
    expect(violations([edge('analyze/observed.ts', 'knowledge'), edge('rules/drop-table.ts', 'schema')])).toEqual([]);
  });
});
