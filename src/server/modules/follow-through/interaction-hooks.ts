import type { DbOrTx } from '../../db/client';
import { daysBetween, todayIn } from '../../../domain/follow-through/index';
import type { Interaction } from '../../../domain/network/api';
import * as fq from './follow-ups-queries';
import { thankYouItems } from './generate-items';
import { loadContext } from './settings-service';
import { contactsByIds } from './sync-queries';
import { refreshContacts } from './sync-service';

/**
 * Called by the network room inside the transaction that wrote the interaction, after
 * last_interaction_at was recomputed. Keeps follow-through eager where it matters: the cadence
 * due date moves and the thank-yous exist the moment the interaction is saved.
 */

/** Back-filling an old log should not flood Today with thank-yous nobody will write. */
const THANK_YOU_LOOKBACK_DAYS = 30;

export async function onInteractionLogged(tx: DbOrTx, userId: string, interaction: Interaction, alsoContactIds: readonly string[] = [], now = new Date()) {
  const ctx = await loadContext(tx, userId);
  const ids = [...new Set([...interaction.participants.map((p) => p.contactId), ...alsoContactIds])];
  await refreshContacts(tx, ctx, await contactsByIds(tx, userId, ids), now, true);

  const recent = daysBetween(todayIn(ctx.timeZone, new Date(interaction.occurredAt)), todayIn(ctx.timeZone, now)) <= THANK_YOU_LOOKBACK_DAYS;
  const items = recent ? thankYouItems(interaction, ctx.timeZone) : [];
  const keep = items.map((i) => i.dedupeKey);
  // An edit can change the kind or the people: open tasks that no longer apply go; done ones stay.
  await fq.deleteOpenBySource(tx, userId, 'thank_you', interaction.id, keep);
  await fq.deleteOpenBySource(tx, userId, 'reach_out', interaction.id, keep);
  await fq.insertFollowUpsIfAbsent(tx, userId, items);
}

export async function onInteractionRemoved(tx: DbOrTx, userId: string, interactionId: string, contactIds: readonly string[], now = new Date()) {
  await fq.deleteOpenForInteraction(tx, userId, interactionId);
  const ctx = await loadContext(tx, userId);
  await refreshContacts(tx, ctx, await contactsByIds(tx, userId, contactIds), now, true);
}
