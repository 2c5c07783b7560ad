import type { CohortResponse, MemberResponse } from '../../../domain/programs/api';
import { canSeeContact, type MemberRole, type Viewer } from '../../../domain/programs/rules';
import type * as q from './queries';

export const presentCohort = (c: q.CohortRow): CohortResponse => ({ id: c.id, programId: c.programId, name: c.name, startsOn: c.startsOn, endsOn: c.endsOn });

export const presentOrg = (o: { id: string; name: string; createdAt: Date }) => ({ id: o.id, name: o.name, createdAt: o.createdAt.toISOString() });

/** The privacy rule is applied here, on the server: hidden details never leave it. */
export function presentMember(viewer: Viewer, m: q.MemberWithUser, consent: q.ConsentRow | undefined): MemberResponse {
  const visible = canSeeContact(viewer, m);
  return {
    id: m.id,
    userId: m.userId,
    name: m.name,
    role: m.role as MemberRole,
    cohortId: m.cohortId,
    isMinor: m.isMinor,
    email: visible ? m.email : null,
    phone: visible ? m.phone : null,
    contactHidden: !visible,
    growthAreas: m.growthAreas,
    preferredIndustries: m.preferredIndustries,
    preferredRoles: m.preferredRoles,
    languages: m.languages,
    timeZone: m.timeZone,
    stage: (m.stage as MemberResponse['stage']) ?? null,
    managerMemberId: viewer.isCoordinator ? m.managerMemberId : null,
    guardianConsent:
      consent && visible
        ? { guardianMemberId: consent.guardianMemberId, guardianName: consent.guardianName, guardianEmail: consent.guardianEmail, consentGivenOn: consent.consentGivenOn }
        : null,
    createdAt: m.createdAt.toISOString(),
  };
}
