import type { DbOrTx } from '../../db/client';
import { localDateOf, todayIn } from '../../../domain/follow-through/index';
import * as fq from './follow-ups-queries';
import { resyncLiveCommitments } from './commitments-service';
import { cadenceItem, cadenceKey, occasionItems } from './generate-items';
import { circleDefaults, loadContext, type FollowThroughContext } from './settings-service';
import { updateSettings } from './settings-queries';
import * as sq from './sync-queries';

/**
 * Keep-in-touch and occasion items are materialised rows, kept in sync lazily: before Today (and
 * the digest/feed) this looks only at contacts changed since the last sync (the settings row's
 * synced_at). Interactions move cadences eagerly via the hook instead.
 * A full pass runs when nothing was synced yet, after a settings change (watermark cleared) or a
 * profile change (the time zone may differ); a daily pass regenerates occasions and brings back
 * skipped keep-in-touch rounds.
 */
export async function syncFollowUps(db: DbOrTx, userId: string, now: Date): Promise<FollowThroughContext> {
  const ctx = await loadContext(db, userId);
  const watermark = ctx.settings.syncedAt;
  const today = todayIn(ctx.timeZone, now);
  const full = watermark === null || ctx.userUpdatedAt > watermark;
  const daily = watermark === null || full || localDateOf(watermark, ctx.timeZone) < today;
  if (!full && !daily && !ctx.contactsChanged) return ctx;
  const changed = await sq.contactsChangedSince(db, userId, full ? null : watermark);
  if (changed.length === 0 && !daily) return ctx;

  await refreshContacts(db, ctx, changed, now, full);
  if (daily) {
    await fq.reopenSkippedCadences(db, userId, today);
    const withOccasions = full ? [] : await sq.contactsWithOccasions(db, userId);
    await fq.insertFollowUpsIfAbsent(db, userId, withOccasions.flatMap((c) => occasionItems(c, ctx.settings.occasionLeadDays, today)));
    await resyncLiveCommitments(db, userId, { now, timeZone: ctx.timeZone });
  }
  const settings = await updateSettings(db, userId, { syncedAt: now });
  return { ...ctx, settings };
}

/**
 * Recomputes the cadence row and the occasion rows of the given contacts. An unchanged due date
 * leaves the row alone, so a snooze or a skipped round survives an unrelated contact edit;
 * `force` reopens regardless (an interaction was just logged).
 */
export async function refreshContacts(db: DbOrTx, ctx: FollowThroughContext, list: sq.SyncContact[], now: Date, force: boolean) {
  if (list.length === 0) return;
  const today = todayIn(ctx.timeZone, now);
  const defaults = circleDefaults(ctx.settings);
  const existing = new Map((await fq.findByKeys(db, ctx.userId, list.map((c) => cadenceKey(c.id)))).map((r) => [r.dedupeKey, r]));
  const upserts: fq.NewFollowUp[] = [];
  const off: string[] = [];
  for (const c of list) {
    const row = existing.get(cadenceKey(c.id));
    const item = cadenceItem(c, defaults, ctx.timeZone, row ? localDateOf(row.createdAt, ctx.timeZone) : today);
    if (!item) {
      off.push(c.id);
      continue;
    }
    // A snoozed row is compared by the date it was due before the snooze moved it.
    const same = row && (row.dueDateBeforeSnooze ?? row.dueDate) === item.dueDate && row.title === item.title;
    if (!same || (force && row.status !== 'open')) upserts.push(item);
  }
  await fq.upsertFollowUps(db, ctx.userId, upserts);
  await fq.deleteOpenByKeys(db, ctx.userId, off.map(cadenceKey));

  const occasions = list.flatMap((c) => occasionItems(c, ctx.settings.occasionLeadDays, today));
  // Dates that were edited or removed leave open reminders for occurrences no longer wanted.
  await fq.deleteOpenOccasionsExcept(db, ctx.userId, list.map((c) => c.id), occasions.map((i) => i.dedupeKey));
  await fq.insertFollowUpsIfAbsent(db, ctx.userId, occasions);
}
