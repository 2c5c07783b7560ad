import { randomUUID } from 'node:crypto';
import { buildSearchText } from '../network/search-text';
import { generateDemoNetwork } from './demo-data';
import * as q from './demo-queries';
import type { DemoSeeder } from './demo-seeders';

/** Contacts, interactions and participants of the demo network, in three bulk inserts. */
export const networkSeeder: DemoSeeder = {
  name: 'network',
  async seed(ctx) {
    const data = generateDemoNetwork({ seed: ctx.seed, now: ctx.now });
    const contactIds = data.contacts.map(() => randomUUID());
    await q.insertContacts(
      ctx.tx,
      data.contacts.map((c, i) => ({
        ...c,
        id: contactIds[i],
        userId: ctx.userId,
        searchText: buildSearchText(c),
        updatedAt: c.createdAt,
      })),
    );
    const interactionIds = data.interactions.map(() => randomUUID());
    await q.insertInteractions(
      ctx.tx,
      data.interactions.map((it, i) => ({
        id: interactionIds[i],
        userId: ctx.userId,
        kind: it.kind,
        occurredAt: it.occurredAt,
        summary: it.summary,
        topics: it.topics,
        createdAt: it.occurredAt,
        updatedAt: it.occurredAt,
      })),
    );
    await q.insertParticipants(
      ctx.tx,
      data.interactions.flatMap((it, i) =>
        it.participants.map((p) => ({ interactionId: interactionIds[i]!, contactId: contactIds[p.contact]!, role: p.role })),
      ),
    );
    await q.refreshLastInteraction(ctx.tx, ctx.userId);
    ctx.network = { data, contactIds, interactionIds };
  },
};
