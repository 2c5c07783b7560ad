import { caller, person, type Call } from '../../src/server/modules/programs/test-support';
import { createTestApp, type Session, type TestContext } from './test-app';

export type CoordinatorAndOutsider = { t: TestContext; call: Call; coord: Session; outsider: Session };

/**
 * The set-up the program-centred integration files (programs, outcomes, events, job board) start
 * from: a test app with its own data dir (the invitation mails land in `t.dataDir/outbox`), a caller
 * for it, a coordinator-to-be and an outsider who never joins.
 */
export async function coordinatorAndOutsider(): Promise<CoordinatorAndOutsider> {
  const t = await createTestApp();
  return { t, call: caller(t), coord: await person(t, 'Cora Coordinator'), outsider: await person(t, 'Otto Outsider') };
}
