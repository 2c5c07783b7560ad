import type { Db } from '../../db/client';
import { newApiToken, sha256 } from '../../auth/secrets';
import type { ApiToken } from '../../../domain/accounts/schemas';
import * as q from './queries';

export function presentToken(t: q.ApiTokenRow): ApiToken {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  };
}

/** The secret is returned once; only its hash is stored. */
export async function createToken(db: Db, userId: string, name: string) {
  const token = newApiToken();
  const row = await q.insertToken(db, { userId, name, tokenHash: sha256(token), prefix: token.slice(0, 10) });
  return { ...presentToken(row), token };
}

export const listTokens = async (db: Db, userId: string) => (await q.listTokens(db, userId)).map(presentToken);
export const findToken = (db: Db, userId: string, id: string) => q.findToken(db, userId, id);
export const revokeToken = (db: Db, userId: string, id: string) => q.deleteToken(db, userId, id);
