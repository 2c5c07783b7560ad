import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestContext } from '../../../../tests/helpers/test-app';
import { findMailByKey } from '../../mail/queries';
import { caller, joinAs, okJson, person, programOf, tokenFromOutbox, type Call } from './test-support';

/** Who may accept an invitation, paging of organisations and programs, and the last coordinator. */
let t: TestContext;
let call: Call;
let coord: Session;
beforeAll(async () => {
  t = await createTestApp();
  call = caller(t);
  coord = await person(t, 'Cora Coordinator');
});
afterAll(async () => t?.close());

const ok = <T>(s: Session, method: Parameters<Call>[1], url: string, payload?: object, status = 200) => okJson<T>(t, s, method, url, payload, status);

async function invitationToken(programId: string, email: string, role = 'mentor') {
  const inv = await ok<{ id: string }>(coord, 'POST', `/programs/${programId}/invitations`, { email, role }, 201);
  const mail = await findMailByKey(t.database.db, `program_invite:${inv.id}`);
  return tokenFromOutbox(t.dataDir, mail!.outboxFile!);
}

describe('accepting an invitation', () => {
  it('is refused, with the reason, to an account with another e-mail; the invited one may still use it', async () => {
    const { programId } = await programOf(t, coord);
    const invited = await person(t, 'Ivy Invited');
    const other = await person(t, 'Oz Other');
    const token = await invitationToken(programId, invited.email.toUpperCase());
    const preview = await ok<{ emailMatches: boolean; signedInAs: string }>(other, 'GET', `/invitations/${token}`);
    expect(preview).toMatchObject({ emailMatches: false, signedInAs: other.email });
    const r = await call(other, 'POST', `/invitations/${token}/accept`);
    expect(r.statusCode).toBe(403);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.json()).toMatchObject({ code: 'invitation_for_another_email' });
    expect(r.json().detail).toContain(`signed in as ${other.email}`);
    expect((await ok<{ items: unknown[] }>(other, 'GET', '/programs')).items).toEqual([]);
    // The refusal does not use the token up; the invited address (any case) accepts.
    expect((await ok<{ emailMatches: boolean }>(invited, 'GET', `/invitations/${token}`)).emailMatches).toBe(true);
    expect((await ok<{ programId: string }>(invited, 'POST', `/invitations/${token}/accept`)).programId).toBe(programId);
  });
});

describe('lists of organisations and programs', () => {
  it('are keyset paged', async () => {
    const who = await person(t, 'Paula Pager');
    const made: string[] = [];
    for (const n of [1, 2, 3]) {
      const org = await ok<{ id: string }>(who, 'POST', '/organizations', { name: `Org ${n}` }, 201);
      made.push((await ok<{ id: string }>(who, 'POST', `/organizations/${org.id}/programs`, { name: `Program ${n}` }, 201)).id);
    }
    const orgs1 = await ok<{ items: { name: string }[]; nextCursor: string }>(who, 'GET', '/organizations?limit=2');
    expect(orgs1.items.map((o) => o.name)).toEqual(['Org 1', 'Org 2']);
    const orgs2 = await ok<{ items: { name: string }[]; nextCursor: string | null }>(who, 'GET', `/organizations?limit=2&cursor=${orgs1.nextCursor}`);
    expect(orgs2).toEqual({ items: [expect.objectContaining({ name: 'Org 3' })], nextCursor: null });
    const p1 = await ok<{ items: { name: string }[]; nextCursor: string }>(who, 'GET', '/programs?limit=2');
    expect(p1.items.map((p) => p.name)).toEqual(['Program 3', 'Program 2']);
    const p2 = await ok<{ items: { name: string }[]; nextCursor: string | null }>(who, 'GET', `/programs?limit=2&cursor=${p1.nextCursor}`);
    expect(p2.items.map((p) => p.name)).toEqual(['Program 1']);
    expect(p2.nextCursor).toBeNull();
    expect((await call(who, 'GET', `/programs?cursor=${orgs1.nextCursor}`)).statusCode).toBe(400);
    expect((await call(who, 'GET', '/organizations?limit=0')).statusCode).toBe(400);
  });
});

describe('the only coordinator', () => {
  it('cannot be removed; once a second one joined, either may go', async () => {
    const { programId } = await programOf(t, coord);
    const members = await ok<{ items: { id: string; role: string; userId: string }[] }>(coord, 'GET', `/programs/${programId}/members?role=coordinator`);
    const mine = members.items[0]!.id;
    const r = await call(coord, 'DELETE', `/program-members/${mine}`);
    expect(r.statusCode).toBe(409);
    expect(r.json()).toMatchObject({ code: 'last_coordinator' });
    expect(r.json().detail).toContain('only coordinator');
    const second = await person(t, 'Sam Second');
    await joinAs(t, coord, programId, second, 'coordinator');
    expect((await call(coord, 'DELETE', `/program-members/${mine}`)).statusCode).toBe(204);
    const left = await ok<{ items: { id: string }[] }>(second, 'GET', `/programs/${programId}/members?role=coordinator`);
    expect(left.items).toHaveLength(1);
    expect((await call(second, 'DELETE', `/program-members/${left.items[0]!.id}`)).statusCode).toBe(409);
  });
});
