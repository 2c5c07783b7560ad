import { randomUUID } from 'node:crypto';
import { bulkAddNetwork } from '../network/network-bulk-service';
import { generateDemoNetwork } from './demo-data';
import type { DemoSeeder } from './demo-seeders';

/** Contacts, interactions and participants of the demo network, written by the network room in bulk. */
export const networkSeeder: DemoSeeder = {
  name: 'network',
  async seed(ctx) {
    const data = generateDemoNetwork({ seed: ctx.seed, now: ctx.now });
    const contactIds = data.contacts.map(() => randomUUID());
    const interactionIds = data.interactions.map(() => randomUUID());
    await bulkAddNetwork(ctx.tx, ctx.userId, {
      contacts: data.contacts.map((c, i) => ({ ...c, id: contactIds[i]!, updatedAt: c.createdAt })),
      interactions: data.interactions.map((it, i) => ({
        id: interactionIds[i]!,
        kind: it.kind,
        occurredAt: it.occurredAt,
        summary: it.summary,
        topics: it.topics,
        participants: it.participants.map((p) => ({ contactId: contactIds[p.contact]!, role: p.role })),
      })),
    });
    ctx.network = { data, contactIds, interactionIds };
  },
};
