import type { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client';
import { normaliseTags, profileSearchText, type Availability } from '../../../domain/mentor-directory/index';
import type { DirectoryEntry, mentorProfileBody, MentorProfileResponse } from '../../../domain/mentor-directory/api';
import { notFound } from '../../errors';
import { getUser } from '../accounts/service';
import * as q from './queries';

export const nameOf = async (db: DbOrTx, userId: string) => (await getUser(db as Db, userId)).name;

function presentOwn(r: q.ProfileRow | null, name: string): MentorProfileResponse {
  return {
    id: r?.id ?? null,
    exists: r !== null,
    name,
    listed: r?.listed ?? false,
    skills: r?.skills ?? [],
    challenges: r?.challenges ?? [],
    languages: r?.languages ?? [],
    industry: r?.industry ?? null,
    role: r?.role ?? null,
    region: r?.region ?? null,
    timezone: r?.timezone ?? null,
    availability: (r?.availability ?? 'open') as Availability,
    openToTeens: r?.openToTeens ?? false,
    bio: r?.bio ?? null,
    ageBand: (r?.ageBand ?? null) as MentorProfileResponse['ageBand'],
    gender: (r?.gender ?? null) as MentorProfileResponse['gender'],
    updatedAt: r?.updatedAt.toISOString() ?? null,
  };
}

/** A profile as the directory shows it: never the age band or gender. */
export function presentEntry(r: q.ProfileRow, name: string, viewerUserId: string, request: q.RequestRow | undefined): DirectoryEntry {
  return {
    id: r.id,
    name,
    skills: r.skills,
    challenges: r.challenges,
    languages: r.languages,
    industry: r.industry,
    role: r.role,
    region: r.region,
    timezone: r.timezone,
    availability: r.availability as Availability,
    openToTeens: r.openToTeens,
    bio: r.bio,
    isYou: r.userId === viewerUserId,
    myRequest: request ? { id: request.id, status: request.status as 'pending' } : null,
  };
}

export async function presentEntries(db: DbOrTx, viewerUserId: string, rows: q.ProfileRow[]) {
  const requests = await q.latestRequestsTo(db, viewerUserId, rows.map((r) => r.userId));
  const out: DirectoryEntry[] = [];
  for (const r of rows) out.push(presentEntry(r, await nameOf(db, r.userId), viewerUserId, requests.get(r.userId)));
  return out;
}

export async function getOwnProfile(db: DbOrTx, userId: string) {
  return presentOwn(await q.findProfileByUser(db, userId), await nameOf(db, userId));
}

/**
 * Save the profile. Listing it (again) moves it to the top of the directory; withdrawing keeps
 * what was written, private, for next time.
 */
export async function saveProfile(db: Db, userId: string, body: z.output<typeof mentorProfileBody>, now: Date) {
  return db.transaction(async (tx) => {
    const current = await q.findProfileByUser(tx, userId);
    const name = await nameOf(tx, userId);
    const values = {
      listed: body.listed,
      listedAt: body.listed ? (current?.listed ? current.listedAt : now) : (current?.listedAt ?? null),
      skills: normaliseTags(body.skills),
      challenges: normaliseTags(body.challenges),
      languages: normaliseTags(body.languages),
      industry: body.industry,
      role: body.role,
      region: body.region,
      timezone: body.timezone ?? null,
      availability: body.availability,
      openToTeens: body.openToTeens,
      bio: body.bio,
      ageBand: body.ageBand ?? null,
      gender: body.gender ?? null,
    };
    const row = await q.upsertProfile(tx, userId, { ...values, searchText: profileSearchText({ name, ...values }) });
    return presentOwn(row, name);
  });
}

export async function deleteProfile(db: DbOrTx, userId: string) {
  if (!(await q.deleteProfile(db, userId))) throw notFound('mentor profile');
}
