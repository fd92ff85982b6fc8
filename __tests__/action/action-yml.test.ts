import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { INPUT_DEFAULTS } from '../../src/action/inputs.js';
import { allOutputNames } from '../../src/publish/outputs.js';

const action = parse(readFileSync('action.yml', 'utf8'));

describe('action.yml', () => {
  it('runs the bundle on node24 and has branding', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.branding).toMatchObject({ icon: expect.any(String), color: expect.any(String) });
  });

  it('documents every input the code reads, with the same defaults', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.keys(INPUT_DEFAULTS).sort());
    for (const [name, spec] of Object.entries<{ description: string; default: string }>(action.inputs)) {
      expect(spec.description.length).toBeGreaterThan(20);
      if (name === 'github-token') expect(spec.default).toBe('${{ github.token }}');
      else expect(String(spec.default)).toBe(INPUT_DEFAULTS[name as keyof typeof INPUT_DEFAULTS]);
    }
  });

  it('documents every output the code sets', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(allOutputNames().sort());
  });

  it('example workflows pass only inputs that exist', () => {
    const files = readdirSync('examples/workflows').filter((f) => f.endsWith('.yml'));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const f of files) {
      const wf = parse(readFileSync(`examples/workflows/${f}`, 'utf8'));
      for (const job of Object.values<{ steps: Array<{ uses?: string; with?: Record<string, unknown> }> }>(wf.jobs)) {
        for (const step of job.steps.filter((s) => s.uses?.includes('/migra@'))) {
          for (const key of Object.keys(step.with ?? {})) expect([f, key, key in action.inputs]).toEqual([f, key, true]);
        }
      }
    }
  });
});
