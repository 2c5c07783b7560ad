import type { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client';
import { acceptedByBoth, nextVersion, reviewDue, termsChanged, TERM_KEYS, type AgreementTerms } from '../../../domain/mentoring/index';
import type { acceptAgreementBody, AgreementResponse, reviseAgreementBody } from '../../../domain/mentoring/api';
import { conflict, notFound } from '../../errors';
import * as q from './queries';
import { syncQuietNudges } from './health-service';

const termsOf = (r: q.AgreementRow): AgreementTerms => Object.fromEntries(TERM_KEYS.map((k) => [k, r[k]])) as AgreementTerms;

function presentVersion(r: q.AgreementRow) {
  return {
    id: r.id,
    version: r.version,
    ...termsOf(r),
    menteeAcceptedAt: r.menteeAcceptedAt?.toISOString() ?? null,
    mentorAcceptedAt: r.mentorAcceptedAt?.toISOString() ?? null,
    mentorAgreedOn: r.mentorAgreedOn,
    acceptedByBoth: acceptedByBoth(r),
    createdAt: r.createdAt.toISOString(),
  };
}

/** The current version, every revision (newest first), and whether its review date has come. */
export async function agreementOf(db: DbOrTx, userId: string, mentorshipId: string, today: string): Promise<AgreementResponse> {
  const rows = await q.listAgreements(db, userId, mentorshipId);
  const current = rows[0] ?? null;
  return { current: current ? presentVersion(current) : null, history: rows.map(presentVersion), reviewDue: reviewDue(current?.reviewOn ?? null, today) };
}

async function lockMentorship(tx: DbOrTx, userId: string, mentorshipId: string) {
  const m = await q.findMentorship(tx, userId, mentorshipId, true);
  if (!m) throw notFound('mentorship');
  return m;
}

/**
 * A new version when the terms changed (both acceptances start over: a revision is agreed anew);
 * the same terms again change nothing. Earlier versions stay as they were.
 */
export async function reviseAgreement(db: Db, userId: string, mentorshipId: string, body: z.output<typeof reviseAgreementBody>, today: string, now: Date = new Date()) {
  return db.transaction(async (tx) => {
    await lockMentorship(tx, userId, mentorshipId);
    const [latest] = await q.listAgreements(tx, userId, mentorshipId);
    const terms = Object.fromEntries(TERM_KEYS.map((k) => [k, body[k] ?? null])) as AgreementTerms;
    if (termsChanged(latest ? termsOf(latest) : null, terms)) {
      await q.insertAgreement(tx, userId, { mentorshipId, version: nextVersion(latest?.version ?? null), ...terms });
      // The cadence sets the quiet threshold.
      if (latest?.cadence !== terms.cadence) await syncQuietNudges(tx, userId, now, [mentorshipId]);
    }
    return agreementOf(tx, userId, mentorshipId, today);
  });
}

/** Acceptances apply to the current version only. */
export async function acceptAgreement(db: Db, userId: string, mentorshipId: string, body: z.output<typeof acceptAgreementBody>, now: Date, today: string) {
  return db.transaction(async (tx) => {
    const m = await lockMentorship(tx, userId, mentorshipId);
    const [latest] = await q.listAgreements(tx, userId, mentorshipId);
    if (!latest) throw conflict('no_agreement', 'Write the expectations agreement before accepting it.');
    if (body.party === 'mentor' && m.mentorUserId) throw conflict('mentor_accepts_in_app', 'Your mentor is on Trellis and accepts the agreement themselves.');
    if (body.party === 'mentee') await q.setAcceptance(tx, userId, latest.id, { menteeAcceptedAt: now });
    // An external mentor (not a user): the mentee records that the mentor agreed in conversation,
    // on the day given or today. A mentor on Trellis sets mentorAcceptedAt from their own side.
    else await q.setAcceptance(tx, userId, latest.id, { mentorAgreedOn: body.agreedOn ?? today });
    return agreementOf(tx, userId, mentorshipId, today);
  });
}
