import type { Session, TestContext } from '../../../../tests/helpers/test-app';
import { programMembers } from '../../db/schema/index';
import type { MemberRole } from '../../../domain/programs/rules';
import { okJson, person } from '../programs/test-support';

/** Test helpers of the events room (also used by the route-guard walk). */
export const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

export const eventBody = (over: object = {}) => ({
  title: 'Spring mixer',
  kind: 'mixer',
  description: 'Meet the mentors over lemonade.',
  startsAt: inHours(24 * 7),
  endsAt: inHours(24 * 7 + 2),
  timeZone: 'America/New_York',
  location: 'Community hall, 12 Main St',
  region: 'Northeast',
  ...over,
});

/** A member added straight to the program (tests need many people; the invitation flow is the programs room's to test). */
export async function addMember(t: TestContext, programId: string, s: Session, role: MemberRole, extra: { cohortId?: string; isMinor?: boolean } = {}) {
  const [row] = await t.database.db.insert(programMembers).values({ programId, userId: s.userId, role, cohortId: extra.cohortId ?? null, isMinor: extra.isMinor ?? false }).returning();
  return row!.id;
}

export async function memberPerson(t: TestContext, programId: string, name: string, role: MemberRole, extra: { cohortId?: string; isMinor?: boolean } = {}) {
  const s = await person(t, name);
  return { s, memberId: await addMember(t, programId, s, role, extra) };
}

export async function eventOf(t: TestContext, coordinator: Session, programId: string, over: object = {}) {
  return okJson<{ id: string }>(t, coordinator, 'POST', `/programs/${programId}/events`, eventBody(over), 201);
}
