import { randomBytes } from 'node:crypto';
import type { Db, DbOrTx } from '../../db/client';
import {
  CADENCE_CIRCLES,
  DEFAULT_CIRCLE_CADENCES,
  type Cadence,
  type CircleCadenceDefaults,
  type WeekStartsOn,
} from '../../../domain/follow-through/index';
import type { UpdateFollowThroughSettingsBody } from '../../../domain/follow-through/api';
import { unauthorized } from '../../errors';
import * as q from './settings-queries';

export type FollowThroughContext = {
  userId: string;
  name: string;
  timeZone: string;
  userUpdatedAt: Date;
  settings: q.SettingsRow;
  /** A live contact changed after the last sync. */
  contactsChanged: boolean;
};

export async function loadContext(db: DbOrTx, userId: string): Promise<FollowThroughContext> {
  const ctx = await q.loadUserContext(db, userId);
  if (!ctx) throw unauthorized('This account no longer exists.');
  if (ctx.settings) return { ...ctx, settings: ctx.settings };
  const settings = await q.insertSettingsIfAbsent(db, userId, randomBytes(24).toString('base64url'));
  return { ...ctx, settings };
}

export const circleDefaults = (s: q.SettingsRow) => (s.circleCadences ?? {}) as CircleCadenceDefaults;

export function presentSettings(s: q.SettingsRow) {
  const overrides = circleDefaults(s);
  const effective: Record<string, Cadence | null> = {};
  for (const circle of CADENCE_CIRCLES) {
    const o = overrides[circle];
    effective[circle] = o === undefined ? DEFAULT_CIRCLE_CADENCES[circle] : o;
  }
  return {
    digest: s.digest as 'off' | 'daily' | 'weekly',
    digestHour: s.digestHour,
    weekStartsOn: s.weekStartsOn as WeekStartsOn,
    circleCadences: overrides,
    occasionLeadDays: s.occasionLeadDays,
    effectiveCircleCadences: effective,
  };
}

export async function getSettings(db: Db, userId: string) {
  return presentSettings((await loadContext(db, userId)).settings);
}

/**
 * Cadence or lead-time changes move many items, so the sync watermark is cleared and the next
 * sync recomputes everything; digest-only changes keep it.
 */
export async function updateSettings(db: Db, userId: string, patch: UpdateFollowThroughSettingsBody) {
  return db.transaction(async (tx) => {
    await loadContext(tx, userId);
    const values: Partial<q.SettingsRow> = {};
    if (patch.digest !== undefined) values.digest = patch.digest;
    if (patch.digestHour !== undefined) values.digestHour = patch.digestHour;
    if (patch.weekStartsOn !== undefined) values.weekStartsOn = patch.weekStartsOn;
    if (patch.circleCadences !== undefined) values.circleCadences = patch.circleCadences;
    if (patch.occasionLeadDays !== undefined) values.occasionLeadDays = patch.occasionLeadDays;
    if (patch.circleCadences !== undefined || patch.occasionLeadDays !== undefined) values.syncedAt = null;
    if (Object.keys(values).length === 0) return presentSettings((await loadContext(tx, userId)).settings);
    values.updatedAt = new Date();
    return presentSettings(await q.updateSettings(tx, userId, values));
  });
}
