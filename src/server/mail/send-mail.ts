import type { Config } from '../config';
import type { DbOrTx } from '../db/client';
import { ensureSettings } from '../modules/notifications/queries';
import { claimMail, markMailFailed, markMailSent, type SentMailRow } from './queries';
import { transportFor, type MailTransport, type OutgoingMail } from './transport';

/**
 * Who the mail is filed under. Normally the recipient's own account, whose digest the footer's
 * one-click link switches off. A recipient without an account (a guardian recorded only by e-mail)
 * gets no such link, since it would switch off the digest of whichever account the mail is filed
 * under; `withoutAccount.why` says instead why it came. `userId` is then the account answerable
 * for the mail (it lists it in its sent mail), or null for none.
 */
type Recipient =
  | { userId: string; withoutAccount?: undefined; unsubscribeToken?: string }
  | { userId: string | null; withoutAccount: { why: string }; unsubscribeToken?: undefined };

export type MailInput = Recipient & {
  /** digest | notify:<what> */
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** The same key never sends twice; jobs pass their own key (digest:<user>:<local date>). */
  idempotencyKey: string;
  /** Passed on to the transport as they are (an event invite's .ics). */
  attachments?: OutgoingMail['attachments'];
  icalEvent?: OutgoingMail['icalEvent'];
};

export type SendResult = { status: 'sent' | 'already_sent'; mailId: string; outboxFile: string | null };

/** Thrown when another attempt holds the mail row; the job retries later and then finds it sent or stale. */
export class MailInFlightError extends Error {}

/**
 * A `sending` row older than this is taken to be from a process that died mid-send. Longer than
 * nodemailer's own SMTP timeouts, so a slow but live attempt is never doubled.
 */
export const STALE_SENDING_SECONDS = 15 * 60;

export const unsubscribeUrl = (config: Pick<Config, 'publicUrl'>, token: string) =>
  `${config.publicUrl}/api/v1/unsubscribe/${encodeURIComponent(token)}`;

/** Stable per row, so a retry can tell whether the outbox already holds the message. */
export function outboxFileName(row: Pick<SentMailRow, 'id' | 'createdAt'>): string {
  const stamp = row.createdAt.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `${stamp}-${row.id}.eml`;
}

/**
 * The link turns the digest off and nothing else, so the footer says exactly that; a mail that is
 * not the digest says why it came, so nobody clicks it expecting those to stop.
 */
export function footerWording(kind: string): { why: string; action: string } {
  return kind === 'digest'
    ? { why: 'You get this digest because it is switched on in Trellis settings (Settings → Mail).', action: 'Turn the digest off' }
    : { why: 'Trellis sent this because of something in your account that could not wait for the digest.', action: 'Turn the daily digest off' };
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Records the mail, then delivers it (SMTP, or an .eml in the outbox), then marks it sent.
 * Every mail to an account carries an unsubscribe link and RFC 8058 one-click headers.
 */
export async function sendMail(
  db: DbOrTx,
  config: Config,
  input: MailInput,
  transport: MailTransport = transportFor(config),
): Promise<SendResult> {
  const claim = await claimMail(
    db,
    { userId: input.userId, kind: input.kind, idempotencyKey: input.idempotencyKey, toAddress: input.to, subject: input.subject },
    STALE_SENDING_SECONDS,
  );
  if (claim.state === 'sent') return { status: 'already_sent', mailId: claim.row.id, outboxFile: claim.row.outboxFile };
  if (claim.state === 'in_flight') {
    throw new MailInFlightError(`mail ${input.idempotencyKey} is being sent by another attempt (status ${claim.row.status})`);
  }
  const row = claim.row;
  const fileName = outboxFileName(row);
  // Only the outbox can answer whether an interrupted attempt got through; then nothing is resent.
  if (claim.takeover !== 'none' && transport.alreadyDelivered(fileName) === true) {
    await markMailSent(db, row.id, { messageId: messageIdFor(config, row.id), outboxFile: fileName });
    return { status: 'already_sent', mailId: row.id, outboxFile: fileName };
  }

  const { text, footer, unsubscribeHeaders } = input.withoutAccount
    ? { text: `${input.text.trimEnd()}\n\n--\n${input.withoutAccount.why}\n`, footer: `<hr><p style="font-size:12px;color:#666">${escapeHtml(input.withoutAccount.why)}</p>`, unsubscribeHeaders: {} }
    : await unsubscribeFooter(db, config, input);
  const html = input.html?.includes('</body>') ? input.html.replace('</body>', `${footer}\n</body>`) : input.html && `${input.html}\n${footer}`;

  let delivery;
  try {
    delivery = await transport.send(
      {
        from: config.mailFrom,
        to: input.to,
        subject: input.subject,
        text,
        ...(html ? { html } : {}),
        ...(input.attachments ? { attachments: input.attachments } : {}),
        ...(input.icalEvent ? { icalEvent: input.icalEvent } : {}),
        messageId: messageIdFor(config, row.id),
        headers: {
          ...unsubscribeHeaders,
          // RFC 3834: out-of-office robots should not answer.
          'Auto-Submitted': 'auto-generated',
          'X-Trellis-Kind': input.kind,
        },
      },
      fileName,
    );
  } catch (err) {
    // The transport refused or could not connect: nothing was accepted, so a retry is safe.
    await markMailFailed(db, row.id, err instanceof Error ? err.message : String(err));
    throw err;
  }
  await markMailSent(db, row.id, delivery);
  return { status: 'sent', mailId: row.id, outboxFile: delivery.outboxFile };
}

/** The account owner's one-click digest switch: in the footer and as RFC 8058 headers. */
async function unsubscribeFooter(db: DbOrTx, config: Config, input: MailInput & { userId: string; withoutAccount?: undefined }) {
  const token = input.unsubscribeToken ?? (await ensureSettings(db, input.userId)).unsubscribeToken;
  const unsubscribe = unsubscribeUrl(config, token);
  const { why, action } = footerWording(input.kind);
  return {
    text: `${input.text.trimEnd()}\n\n--\n${why} ${action} (one click, no login): ${unsubscribe}\n`,
    footer: `<hr><p style="font-size:12px;color:#666">${why} <a href="${escapeHtml(unsubscribe)}">${action}</a> (one click, no login).</p>`,
    unsubscribeHeaders: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}

function messageIdFor(config: Pick<Config, 'publicUrl'>, id: string): string {
  return `<${id}@${new URL(config.publicUrl).hostname || 'trellis.local'}>`;
}
