import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url');
export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

/** API tokens carry a recognisable prefix so leaked ones are easy to spot in logs and code. */
export const API_TOKEN_PREFIX = 'trl_';
export const newApiToken = () => `${API_TOKEN_PREFIX}${randomToken(32)}`;
