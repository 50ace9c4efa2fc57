// Bearer secrets (session cookies, API tokens, public query codes): random, shown once, stored only as SHA-256.
// Unlike passwords they carry 256 bits of entropy, so a fast hash is enough to make a stolen table useless.
import { createHash, randomBytes } from 'node:crypto';

export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function secretHash(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
