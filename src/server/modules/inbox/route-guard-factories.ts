import type { Session, TestContext } from '../../../../tests/helpers/test-app';
import { itemFor } from './test-support';

/** The inbox room's entries for tests/integration/route-guard.test.ts: an item only its owner may touch. */
type Factory = (t: TestContext, owner: Session) => Promise<Record<string, string>>;

const ownItem: Factory = async (t, owner) => ({ id: await itemFor(t, owner) });

export const inboxGuardFactories: Record<string, Factory> = {
  '/api/v1/inbox/:id': ownItem,
  '/api/v1/inbox/:id/restore': async (t, owner) => {
    const id = await itemFor(t, owner);
    await t.app.inject({ method: 'DELETE', url: `/api/v1/inbox/${id}`, headers: owner.headers });
    return { id };
  },
};
