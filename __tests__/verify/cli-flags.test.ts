import { parseCli } from '../../src/cli/args.js';
import { readInputs } from '../../src/action/inputs.js';

describe('turning verification on and off', () => {
  it('CLI: off unless --verify; --no-verify wins; --cache-dir is passed on', () => {
    expect(parseCli(['check'], false).verify).toBe(false);
    expect(parseCli(['check', '--verify', '--cache-dir', '/tmp/c'], false)).toMatchObject({ verify: true, cacheDir: '/tmp/c' });
    expect(parseCli(['check', '--verify', '--no-verify'], false).verify).toBe(false);
  });

  it('action: on by default, verify: false turns it off', () => {
    expect(readInputs(() => '').verify).toBe(true);
    expect(readInputs((n) => (n === 'verify' ? 'false' : '')).verify).toBe(false);
    expect(() => readInputs((n) => (n === 'verify' ? 'maybe' : ''))).toThrow(/Input 'verify'/);
  });
});
