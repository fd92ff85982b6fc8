import { readInputs } from '../../src/action/inputs.js';
import { parseCli } from '../../src/cli/args.js';
import { secretOf } from '../../src/model/url-secret.js';
import { parseServerUrl, scrub, serves } from '../../src/verify/server-url.js';

describe('the verify URL', () => {
  it('names the server by host and port; the password in every form it may be quoted is a secret', () => {
    const s = parseServerUrl('postgres://migra:p%40ss%3Aw0rd@db.internal/scratch');
    expect(s).toMatchObject({ kind: 'postgresql', where: 'db.internal:5432', database: 'scratch' });
    expect(s.secrets).toEqual(expect.arrayContaining(['postgres://migra:p%40ss%3Aw0rd@db.internal/scratch', 'p%40ss%3Aw0rd', 'p@ss:w0rd']));
    expect(scrub('connect to postgres://migra:p%40ss%3Aw0rd@db.internal/scratch failed; password p@ss:w0rd', s)).toBe('connect to *** failed; password ***');
    expect(parseServerUrl('mariadb://root:x@127.0.0.1:3307/')).toMatchObject({ kind: 'mysql', where: '127.0.0.1:3307', url: 'mysql://root:x@127.0.0.1:3307/' });
    expect(parseServerUrl('mysql://root@localhost').where).toBe('localhost:3306');
    // What the action masks: the URL and its password; a scratch server's user (root) stays readable.
    expect(secretOf('mysql://root:pw-1@h/', { user: false }).pieces).toEqual(['mysql://root:pw-1@h/', 'pw-1']);
    expect(secretOf('mysql://migra:pw-1@h/').pieces).toEqual(['mysql://migra:pw-1@h/', 'migra', 'pw-1']);
  });

  it('a URL Migra cannot use is refused without repeating it', () => {
    expect(() => parseServerUrl('sqlite:///tmp/x.db?pw=hunter2')).toThrow(/scheme "sqlite" is not supported/);
    expect(() => parseServerUrl('hunter2 not a url')).toThrow(/^the verify URL is not a URL/);
    let message = '';
    try {
      parseServerUrl('redis://u:hunter2@h/');
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/scheme "redis" is not supported/);
    expect(message).not.toContain('hunter2');
  });

  it('a server serves the sets of its own dialect family only', () => {
    const my = parseServerUrl('mysql://h/');
    const pg = parseServerUrl('postgresql://h/');
    expect(['postgresql', 'mysql', 'mariadb', 'sqlite'].filter((d) => serves(my, d))).toEqual(['mysql', 'mariadb']);
    expect(['postgresql', 'mysql', 'mariadb', 'sqlite'].filter((d) => serves(pg, d))).toEqual(['postgresql']);
  });

  it('CLI: --verify-url implies --verify, MIGRA_VERIFY_URL is read, --no-verify wins', () => {
    const saved = process.env.MIGRA_VERIFY_URL;
    try {
      delete process.env.MIGRA_VERIFY_URL;
      expect(parseCli(['check', '--verify-url', 'mysql://h/'], false)).toMatchObject({ verify: true, verifyUrl: 'mysql://h/' });
      expect(parseCli(['check'], false).verifyUrl).toBeUndefined();
      process.env.MIGRA_VERIFY_URL = 'postgres://h/db';
      expect(parseCli(['check'], false)).toMatchObject({ verify: true, verifyUrl: 'postgres://h/db' });
      expect(parseCli(['check', '--no-verify'], false).verify).toBe(false);
      expect(parseCli(['check', '--verify-url', 'mysql://h/', '--no-verify'], false).verify).toBe(false);
      expect(() => parseCli(['diff', 'a.sql', 'b.sql', '--verify-url', 'mysql://h/'], false)).toThrow(/--verify-url does not apply to migra diff/);
    } finally {
      if (saved === undefined) delete process.env.MIGRA_VERIFY_URL;
      else process.env.MIGRA_VERIFY_URL = saved;
    }
  });

  it('action: verify-url is optional and passed on', () => {
    expect(readInputs(() => '').verifyUrl).toBeUndefined();
    expect(readInputs((n) => (n === 'verify-url' ? ' mysql://u:p@db:3306/ ' : '')).verifyUrl).toBe('mysql://u:p@db:3306/');
  });
});
