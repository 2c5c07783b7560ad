import type { Db, DbOrTx } from '../../db/client';
import { conflict, ProblemError, tooManyRequests } from '../../errors';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../../auth/password';
import { createSession, deleteOtherSessions, deleteSession } from '../../auth/session-store';
import type { Me } from '../../../domain/accounts/schemas';
import * as q from './queries';

export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60_000;

export type ClientInfo = { ip?: string; userAgent?: string };

export function presentUser(u: q.UserRow): Me {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    timezone: u.timezone,
    isAdmin: u.isAdmin,
    createdAt: u.createdAt.toISOString(),
  };
}

const invalidCredentials = () =>
  new ProblemError(401, 'invalid_credentials', 'Login failed', 'The e-mail or password is wrong.');

const wrongPassword = () =>
  new ProblemError(400, 'wrong_password', 'Wrong password', 'The password you entered is not correct.', [
    { path: 'password', message: 'Wrong password' },
  ]);

export async function createUser(
  db: Db,
  input: { email: string; password: string; name: string; timezone?: string; isAdmin?: boolean },
) {
  const user = await q.insertUser(db, {
    email: input.email,
    name: input.name,
    passwordHash: await hashPassword(input.password),
    timezone: input.timezone ?? 'UTC',
    isAdmin: input.isAdmin ?? false,
  });
  if (!user) {
    throw conflict('email_taken', 'An account with this e-mail already exists. Log in instead.', [
      { path: 'email', message: 'Already registered' },
    ]);
  }
  return user;
}

export async function signup(
  db: Db,
  input: { email: string; password: string; name: string; timezone?: string },
  ttlDays: number,
  client: ClientInfo,
) {
  const user = await createUser(db, input);
  const session = await createSession(db, { userId: user.id, ttlDays, ...client });
  return { user, session };
}

export async function login(db: Db, input: { email: string; password: string }, ttlDays: number, client: ClientInfo) {
  const failures = await q.countRecentFailures(db, input.email, new Date(Date.now() - FAILURE_WINDOW_MS));
  if (failures >= MAX_FAILURES) {
    throw tooManyRequests('Too many failed logins for this account. Wait 15 minutes and try again.', 900);
  }
  const user = await q.findUserByEmail(db, input.email);
  // Verify against a dummy hash for unknown e-mails so both paths take the same time.
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !ok) {
    await q.recordLoginFailure(db, input.email, client.ip);
    throw invalidCredentials();
  }
  await q.clearLoginFailures(db, input.email);
  const session = await createSession(db, { userId: user.id, ttlDays, ...client });
  return { user, session };
}

export const logout = (db: Db, sessionIdHash: string) => deleteSession(db, sessionIdHash);

export async function getUser(db: Db, userId: string) {
  const user = await q.findUserById(db, userId);
  if (!user) throw new ProblemError(401, 'unauthenticated', 'Authentication required', 'This account no longer exists.');
  return user;
}

/** For other rooms' lists: the name and time zone of each of these users, in one statement. */
export async function namesAndZonesOf(db: DbOrTx, userIds: readonly string[]): Promise<Map<string, { name: string; timezone: string }>> {
  return new Map((await q.findUsersByIds(db, [...new Set(userIds)])).map((u) => [u.id, { name: u.name, timezone: u.timezone }]));
}

/**
 * For other rooms' batch writes: the name, e-mail and time zone of each of these users, in one
 * statement (a mentor's contact card in many mentees' networks, each mentee's today).
 */
export async function usersByIds(db: DbOrTx, userIds: readonly string[]): Promise<Map<string, { name: string; email: string; timezone: string }>> {
  return new Map((await q.findUsersByIds(db, [...new Set(userIds)])).map((u) => [u.id, { name: u.name, email: u.email, timezone: u.timezone }]));
}

export async function updateProfile(db: Db, userId: string, patch: { name?: string; timezone?: string }) {
  const user = await q.updateUser(db, userId, patch);
  if (!user) throw new ProblemError(401, 'unauthenticated', 'Authentication required', 'This account no longer exists.');
  return user;
}

/** Changing the password ends every other session: a thief holding one is locked out. */
export async function changePassword(
  db: Db,
  userId: string,
  input: { currentPassword: string; newPassword: string },
  keepSessionIdHash: string | undefined,
) {
  const user = await getUser(db, userId);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new ProblemError(400, 'wrong_password', 'Wrong password', 'Your current password is not correct.', [
      { path: 'currentPassword', message: 'Wrong password' },
    ]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await q.updateUser(tx, userId, { passwordHash });
    await deleteOtherSessions(tx, userId, keepSessionIdHash);
  });
}

export async function deleteAccount(db: Db, userId: string, password: string) {
  const user = await getUser(db, userId);
  if (!(await verifyPassword(user.passwordHash, password))) throw wrongPassword();
  await q.deleteUser(db, userId);
}

export async function setPasswordByAdmin(db: Db, email: string, password: string) {
  const user = await q.findUserByEmail(db, email);
  if (!user) return null;
  return q.updateUser(db, user.id, { passwordHash: await hashPassword(password) });
}
