import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { followThroughSettings, followUps } from '../../db/schema/index';
import { ensureSettings } from './queries';

/** Test-only helpers for the notifications room (not imported by the app). */

export type ReceivedMail = { from: string; to: string[]; raw: string };

/** A real SMTP server on 127.0.0.1 with a random port that keeps what it receives. */
export async function startSmtpSink(opts: { keep?: boolean } = {}) {
  const received: ReceivedMail[] = [];
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        count++;
        if (opts.keep !== false) {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
        }
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    count: () => count,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The value of a header in a raw message, unfolded. */
export function headerOf(raw: string, name: string): string | null {
  const head = raw.split(/\r?\n\r?\n/)[0] ?? '';
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const line = unfolded.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? line.slice(name.length + 1).trim() : null;
}

/** Quoted-printable soft breaks and escapes undone, so a body can be searched for plain text. */
export function decodedBody(raw: string): string {
  return raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

export async function addFollowUp(
  db: DbOrTx,
  userId: string,
  v: { title: string; dueDate: string; prompt?: string; contactId?: string; status?: string },
) {
  const [row] = await db
    .insert(followUps)
    .values({
      userId,
      source: 'manual',
      dedupeKey: `manual:${randomUUID()}`,
      title: v.title,
      prompt: v.prompt ?? null,
      dueDate: v.dueDate,
      contactId: v.contactId ?? null,
      status: v.status ?? 'open',
    })
    .returning();
  return row!;
}

export async function setDigest(db: DbOrTx, userId: string, v: { digest?: string; digestHour?: number; weekStartsOn?: number }) {
  await ensureSettings(db, userId);
  await db.update(followThroughSettings).set(v).where(eq(followThroughSettings.userId, userId));
}
