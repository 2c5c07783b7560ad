import type { Config } from '../../config';
import type { DbOrTx } from '../../db/client';
import { claimMail, findMailByKey, markMailFailed, markMailSent } from '../../mail/queries';
import { outboxFileName, STALE_SENDING_SECONDS } from '../../mail/send-mail';
import { transportFor, type MailTransport } from '../../mail/transport';

export const invitationMailKey = (invitationId: string) => `program_invite:${invitationId}`;

/**
 * Sends the invitation through the mail adapter (SMTP, or the outbox locally), recorded in
 * sent_mails under the inviting coordinator so it shows in their sent mail. It does not go through
 * sendMail because that appends the account owner's digest-unsubscribe link, which must not reach
 * an invitee. The same idempotency rules apply: one key, sent at most once.
 */
export async function sendInvitationMail(
  db: DbOrTx,
  config: Config,
  m: { invitationId: string; coordinatorUserId: string; to: string; subject: string; text: string },
  transport: MailTransport = transportFor(config),
): Promise<{ status: 'sent' | 'failed'; mailId: string }> {
  const claim = await claimMail(db, { userId: m.coordinatorUserId, kind: 'notify:program_invitation', idempotencyKey: invitationMailKey(m.invitationId), toAddress: m.to, subject: m.subject }, STALE_SENDING_SECONDS);
  if (claim.state !== 'claimed') return { status: claim.state === 'sent' ? 'sent' : 'failed', mailId: claim.row.id };
  const row = claim.row;
  try {
    const delivery = await transport.send(
      {
        from: config.mailFrom,
        to: m.to,
        subject: m.subject,
        text: m.text,
        messageId: `<${row.id}@${new URL(config.publicUrl).hostname || 'trellis.local'}>`,
        headers: { 'Auto-Submitted': 'auto-generated', 'X-Trellis-Kind': 'notify:program_invitation' },
      },
      outboxFileName(row),
    );
    await markMailSent(db, row.id, delivery);
    return { status: 'sent', mailId: row.id };
  } catch (err) {
    await markMailFailed(db, row.id, err instanceof Error ? err.message : String(err));
    return { status: 'failed', mailId: row.id };
  }
}

export async function invitationMailStatus(db: DbOrTx, invitationId: string): Promise<'sent' | 'failed' | 'unknown'> {
  const row = await findMailByKey(db, invitationMailKey(invitationId));
  return row?.status === 'sent' ? 'sent' : row?.status === 'failed' ? 'failed' : 'unknown';
}
