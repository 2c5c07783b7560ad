import { afterEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, signupUser } from '../../../tests/helpers/test-app';
import { loadConfig } from '../config';
import { users } from '../db/schema/index';
import { hashPassword, standardHashOptions, usePasswordHashCost, verifyPassword } from './password';

// The test suites sign users up with PASSWORD_HASH_COST=test (tests/helpers/test-app.ts); these
// tests pin down that everything else gets the real argon2id parameters.
const params = (hash: string) => hash.split('$')[3];

describe('password hashing cost', () => {
  afterEach(() => usePasswordHashCost('standard'));

  it('defaults to argon2id at OWASP baseline cost (19 MiB, 2 iterations, 1 lane)', async () => {
    expect(loadConfig({}).passwordHashCost).toBe('standard');
    expect(standardHashOptions).toEqual({ memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^\$argon2id\$v=19\$/);
    expect(params(hash)).toBe('m=19456,t=2,p=1');
    expect(await verifyPassword(hash, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(hash, 'wrong horse battery')).toBe(false);
  });

  it('uses cheap argon2id only when the config asks for the test cost, and goes back', async () => {
    usePasswordHashCost(loadConfig({ PASSWORD_HASH_COST: 'test' }).passwordHashCost);
    const cheap = await hashPassword('correct horse battery');
    expect(cheap).toMatch(/^\$argon2id\$/);
    expect(params(cheap)).toBe('m=256,t=1,p=1');
    expect(await verifyPassword(cheap, 'correct horse battery')).toBe(true);
    usePasswordHashCost(loadConfig({}).passwordHashCost);
    expect(params(await hashPassword('x'))).toBe('m=19456,t=2,p=1');
  });

  it('refuses the test cost under NODE_ENV=production, and unknown costs', () => {
    expect(() => loadConfig({ PASSWORD_HASH_COST: 'test', NODE_ENV: 'production' })).toThrow(/PASSWORD_HASH_COST/);
    expect(() => loadConfig({ PASSWORD_HASH_COST: 'cheap' })).toThrow(/PASSWORD_HASH_COST/);
  });
});

describe('the app applies its configured cost to signups', () => {
  for (const [cost, expected] of [['standard', 'm=19456,t=2,p=1'], ['test', 'm=256,t=1,p=1']] as const) {
    it(`PASSWORD_HASH_COST=${cost} → ${expected}`, async () => {
      const t = await createTestApp({ PASSWORD_HASH_COST: cost });
      try {
        const s = await signupUser(t.app);
        const [row] = await t.database.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, s.userId));
        expect(params(row!.hash)).toBe(expected);
      } finally {
        await t.close();
        usePasswordHashCost('standard');
      }
    });
  }
});
