import type { Session, TestContext } from '../../../../tests/helpers/test-app';

/**
 * The job board's entries for tests/integration/route-guard.test.ts: each makes a resource the
 * owner can reach, so the walk proves another user gets 404 for it.
 */
type Factory = (t: TestContext, owner: Session) => Promise<Record<string, string>>;

const inject = (t: TestContext, s: Session, url: string, payload: object) => t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: s.headers, payload });

async function program(t: TestContext, owner: Session) {
  const org = (await inject(t, owner, '/organizations', { name: 'Guarded job org' })).json();
  return (await inject(t, owner, `/organizations/${org.id}/programs`, { name: 'Guarded job program' })).json().id as string;
}

const listing: Factory = async (t, owner) => {
  const programId = await program(t, owner);
  const r = await inject(t, owner, `/programs/${programId}/job-listings`, { title: 'Guarded internship', organization: 'Acme', kind: 'internship', remote: true });
  return { id: r.json().id as string };
};

export const jobBoardGuardFactories: Record<string, Factory> = {
  '/api/v1/programs/:id/job-listings': async (t, owner) => ({ id: await program(t, owner) }),
  '/api/v1/job-listings/:id': listing,
  '/api/v1/job-listings/:id/approve': listing,
  '/api/v1/job-listings/:id/interest': listing,
};
