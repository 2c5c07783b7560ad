import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { sessionFrom, type Session, type TestContext } from '../../../../tests/helpers/test-app';
import type { MemberRole } from '../../../domain/programs/rules';

/** Test helpers of the programs room (also used by the route-guard walk). */
export type Call = (s: Session, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object) => Promise<LightMyRequestResponse>;

export const caller = (t: TestContext): Call => (s, method, url, payload) => t.app.inject({ method, url: `/api/v1${url}`, headers: s.headers, payload });

export async function okJson<T>(t: TestContext, s: Session, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object, status = 200): Promise<T> {
  const r = await caller(t)(s, method, url, payload);
  expect(r.statusCode, `${method} ${url}: ${r.body}`).toBe(status);
  return r.json() as T;
}

let people = 0;
/** A signed-up user from an address of their own: programs tests sign up more people than one address may per minute. */
export async function person(t: TestContext, name: string): Promise<Session> {
  people += 1;
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/signup',
    remoteAddress: `10.77.${Math.floor(people / 250)}.${people % 250}`,
    payload: { email: `p${people}-${Date.now()}@example.test`, password: 'correct horse battery', name },
  });
  if (res.statusCode !== 201) throw new Error(`signup failed: ${res.body}`);
  return sessionFrom(res);
}

/** An organisation with one program (and one cohort) coordinated by `coordinator`. */
export async function programOf(t: TestContext, coordinator: Session, opts: { minors?: boolean } = {}) {
  const org = await okJson<{ id: string }>(t, coordinator, 'POST', '/organizations', { name: 'Women in Tech Network' }, 201);
  const program = await okJson<{ id: string }>(t, coordinator, 'POST', `/organizations/${org.id}/programs`, { name: opts.minors ? 'Teen after-school' : 'Young professionals', participantsAreMinors: opts.minors ?? false }, 201);
  const cohort = await okJson<{ id: string }>(t, coordinator, 'POST', `/programs/${program.id}/cohorts`, { name: 'Spring 2027', startsOn: '2027-02-01', endsOn: '2027-06-30' }, 201);
  return { orgId: org.id, programId: program.id, cohortId: cohort.id };
}

/** The invitation link's token, read back from the .eml the outbox transport wrote (quoted-printable decoded). */
export function tokenFromOutbox(dataDir: string, outboxFile: string): string {
  const raw = readFileSync(join(dataDir, 'outbox', outboxFile), 'utf8')
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  const m = /\/invitations\/([A-Za-z0-9_-]+)/.exec(raw);
  if (!m) throw new Error(`no invitation link in ${outboxFile}`);
  return m[1]!;
}

/** Invites `who` by e-mail and accepts as them; returns their member id. */
export async function joinAs(t: TestContext, coordinator: Session, programId: string, who: Session, role: MemberRole, extra: { cohortId?: string; isMinor?: boolean } = {}) {
  const inv = await okJson<{ id: string }>(t, coordinator, 'POST', `/programs/${programId}/invitations`, { email: who.email, role, ...extra }, 201);
  const { findMailByKey } = await import('../../mail/queries');
  const mail = await findMailByKey(t.database.db, `program_invite:${inv.id}`);
  const token = tokenFromOutbox(t.dataDir, mail!.outboxFile!);
  await okJson(t, who, 'POST', `/invitations/${token}/accept`);
  const program = await okJson<{ myMemberships: { id: string; role: string }[] }>(t, who, 'GET', `/programs/${programId}`);
  return program.myMemberships.find((m) => m.role === role)!.id;
}

export const SCREENED = { backgroundCheck: 'cleared', trainingCompletedOn: '2026-11-01', references: [{ name: 'Ruth Okafor', contacted: true, ok: true }] };

export const application = (over: object = {}) => ({
  motivation: 'I want to give back what my mentors gave me.',
  skills: ['public speaking', 'data analysis'],
  industries: ['software'],
  jobRole: 'engineer',
  languages: ['en'],
  availability: 'Tuesday evenings',
  timeZone: 'Europe/Berlin',
  capacity: 2,
  ...over,
});
