import { createHash } from 'node:crypto';
import { sha256Hex } from '../../src/model/sha256.js';

describe('sha256Hex', () => {
  it('is the hex sha256 of the UTF-8 text, as a Hash object makes it from the same parts', () => {
    const texts = ['', 'CREATE TABLE a (id int);', 'migra-parse-cache/3\0abc\0migrations/1/up.sql\0', 'naïve — ünïcødé 表 🐘', 'x'.repeat(100_000)];
    for (const t of texts) expect(sha256Hex(t)).toBe(createHash('sha256').update(t).digest('hex'));
    // A key made of parts joined by NUL is the hash of the parts fed one by one.
    expect(sha256Hex('k\0id')).toBe(createHash('sha256').update('k').update('\0').update('id').digest('hex'));
  });
});
