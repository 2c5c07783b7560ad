import type { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client';
import type { Config } from '../../config';
import { wishListEmail } from '../../../domain/mentoring/index';
import type { wishListBody, WishListResponse } from '../../../domain/mentoring/api';
import { randomToken } from '../../auth/secrets';
import { getUser } from '../accounts/service';
import * as q from './queries';

const shareUrl = (config: Config, token: string) => `${config.publicUrl}/api/v1/wish-list/${token}`;
const EMPTY = { lookingFor: null, skills: null, challenges: null, industry: null, why: null };

async function present(db: DbOrTx, config: Config, userId: string, row: q.WishListRow | null): Promise<WishListResponse> {
  const user = await getUser(db as Db, userId);
  const fields = row ? { lookingFor: row.lookingFor, skills: row.skills, challenges: row.challenges, industry: row.industry, why: row.why } : EMPTY;
  const url = row ? shareUrl(config, row.shareToken) : null;
  return { ...fields, shareUrl: url, email: wishListEmail(fields, user.name, url), updatedAt: row?.updatedAt.toISOString() ?? null };
}

export async function getWishList(db: DbOrTx, config: Config, userId: string) {
  return present(db, config, userId, await q.findWishList(db, userId));
}

export async function saveWishList(db: DbOrTx, config: Config, userId: string, body: z.output<typeof wishListBody>) {
  const v = { lookingFor: body.lookingFor ?? null, skills: body.skills ?? null, challenges: body.challenges ?? null, industry: body.industry ?? null, why: body.why ?? null };
  return present(db, config, userId, await q.upsertWishList(db, userId, v, randomToken(24)));
}

/** A new link; the old one stops working at once. Null when there is no wish list yet. */
export async function rotateWishListLink(db: DbOrTx, config: Config, userId: string) {
  const row = await q.setShareToken(db, userId, randomToken(24));
  return row ? present(db, config, userId, row) : null;
}

/** The public page's content: the wish list and its owner's name; null for an unknown token. */
export async function findPublicWishList(db: DbOrTx, token: string) {
  const row = await q.findWishListByToken(db, token);
  if (!row) return null;
  const user = await getUser(db as Db, row.userId);
  return { ownerName: user.name, lookingFor: row.lookingFor, skills: row.skills, challenges: row.challenges, industry: row.industry, why: row.why };
}
