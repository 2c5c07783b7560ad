import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 defaults to argon2id (its Algorithm enum is a const enum we cannot reference here);
// the parameters are OWASP's baseline (19 MiB, 2 iterations), cheap enough for login bursts.
export const standardHashOptions = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

// PASSWORD_HASH_COST=test only: still argon2id, at its smallest cost (~1 ms instead of ~15–60 ms),
// so a test suite that signs up thousands of users doesn't spend its time hashing.
export const testHashOptions = { memoryCost: 256, timeCost: 1, parallelism: 1 } as const;

export type PasswordHashCost = 'standard' | 'test';

let options: typeof standardHashOptions | typeof testHashOptions = standardHashOptions;

/** Set by buildApp from the config; the standard cost unless PASSWORD_HASH_COST=test. */
export function usePasswordHashCost(cost: PasswordHashCost) {
  const next = cost === 'test' ? testHashOptions : standardHashOptions;
  if (next !== options) dummyHash = undefined;
  options = next;
}

export const hashPassword = (password: string) => hash(password, options);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A real hash to verify against when the account does not exist, so timing does not reveal it. */
let dummyHash: Promise<string> | undefined;
export const dummyPasswordHash = () => (dummyHash ??= hashPassword('not-a-real-password-for-timing'));
