import { parseConfig } from '../../src/config/config.js';
import { MigraError } from '../../src/model/errors.js';

const parse = (text: string) => parseConfig(text, '.github/migra.yml', []);

describe('config: sets run in an order (`after`)', () => {
  it('reads after as one path or a list, matching paths however they are spelled', () => {
    const c = parse(`
sets:
  - path: core/alembic
  - path: ./apps/billing/alembic/
    after: core/alembic/
  - path: apps/reports/alembic
    after: [./core/alembic, apps/billing/alembic]
`);
    expect(c.sets).toEqual([
      { path: 'core/alembic' },
      { path: './apps/billing/alembic/', after: ['core/alembic/'] },
      { path: 'apps/reports/alembic', after: ['./core/alembic', 'apps/billing/alembic'] },
    ]);
    expect(c.sets![0]).not.toHaveProperty('after');
  });

  it.each([
    ['sets:\n  - path: core\n  - path: app\n    after: cor', /\.github\/migra\.yml: sets\.1\.after: 'cor' is not the path of an entry of sets \(core, app\)/],
    ['sets:\n  - path: core\n    after: ./core/', /\.github\/migra\.yml: sets\.0\.after: 'core' is this set itself/],
    ['sets:\n  - path: a\n    after: b\n  - path: b\n    after: c\n  - path: c\n    after: a', /\.github\/migra\.yml: sets\.0\.after: the sets' order loops: a runs after b runs after c runs after a/],
    ['sets:\n  - path: a\n    after: 3', /\.github\/migra\.yml: sets\.0\.after: /],
    ['sets:\n  - path: a\n    after: []', /\.github\/migra\.yml: sets\.0\.after: /],
    ['sets:\n  - path: a\n    before: b', /sets\.0\.before: unknown key; allowed keys are path, format, dialect, after/],
  ])('rejects %j with a message naming the file and the key', (text, message) => {
    expect(() => parse(text)).toThrow(MigraError);
    expect(() => parse(text)).toThrow(message);
  });

  it('accepts sets that share a predecessor (not a loop)', () => {
    expect(() => parse('sets:\n  - path: core\n  - path: a\n    after: core\n  - path: b\n    after: [core, a]')).not.toThrow();
  });
});
