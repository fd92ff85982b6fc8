import { createHash, hash } from 'node:crypto';

/**
 * sha256 of a text's UTF-8 bytes, in hex: cache keys and the hashes of migration texts. One call
 * (crypto.hash, Node 20.12 and later) rather than a Hash object, whose making costs Node 20 more
 * than hashing a key of a few hundred bytes; a review makes about a thousand of them. The digest
 * is the same either way.
 */
export function sha256Hex(text: string): string {
  return typeof hash === 'function' ? hash('sha256', text, 'hex') : createHash('sha256').update(text).digest('hex');
}
