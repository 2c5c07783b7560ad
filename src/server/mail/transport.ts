import { readdirSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../config';

export type OutgoingMail = {
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  messageId: string;
  headers: Record<string, string>;
  /** Files attached to the message (e.g. an .ics invite). */
  attachments?: MailAttachment[];
  /** An iCalendar invite as a text/calendar alternative (nodemailer's icalEvent): mail clients show it as an invitation. */
  icalEvent?: { method: string; filename: string; content: string };
};

export type MailAttachment = { filename: string; content: string; contentType: string };

export type Delivery = { messageId: string; outboxFile: string | null };

export type MailTransport = {
  kind: 'smtp' | 'outbox';
  /** `fileName` names the .eml when the transport is the outbox; it is derived from the mail row so it is stable across retries. */
  send(mail: OutgoingMail, fileName: string): Promise<Delivery>;
  /** Whether an earlier attempt already wrote this mail; only the outbox can know, SMTP cannot. */
  alreadyDelivered(fileName: string): boolean | null;
  close(): void;
};

export const outboxDir = (config: Pick<Config, 'dataDir'>) => join(config.dataDir, 'outbox');

/** SMTP with a pooled connection: one TCP+TLS handshake shared by a whole digest run. */
function smtpTransport(url: string): MailTransport {
  // Query parameters in SMTP_URL (e.g. ?pool=false&maxConnections=2) override these defaults;
  // the default of re-connecting every 100 messages only costs handshakes here.
  const transporter: Transporter = nodemailer.createTransport({ url, pool: true, maxConnections: 5, maxMessages: Infinity });
  return {
    kind: 'smtp',
    async send(mail) {
      const info = await transporter.sendMail(mail);
      return { messageId: String(info.messageId ?? mail.messageId), outboxFile: null };
    },
    alreadyDelivered: () => null,
    close: () => transporter.close(),
  };
}

/** Builds the RFC 822 bytes with nodemailer and writes them to DATA_DIR/outbox, for local use without SMTP. */
function outboxTransport(dir: string): MailTransport {
  const builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    kind: 'outbox',
    async send(mail, fileName) {
      const info = await builder.sendMail(mail);
      await mkdir(dir, { recursive: true });
      const target = join(dir, basename(fileName));
      // Write then rename, so a file that exists is always a whole message (see alreadyDelivered).
      const tmp = `${target}.tmp`;
      await writeFile(tmp, info.message as Buffer);
      await rename(tmp, target);
      return { messageId: String(info.messageId ?? mail.messageId), outboxFile: basename(target) };
    },
    // Matched on the row id (the name's tail), not the whole name, so the stamp format may change.
    alreadyDelivered: (fileName) => {
      const tail = basename(fileName).replace(/^[^-]*-/, '-');
      try {
        return readdirSync(dir).some((f) => f.endsWith(tail));
      } catch {
        return false;
      }
    },
    close: () => builder.close(),
  };
}

const cache = new Map<string, MailTransport>();

/** One transport per destination, shared by every send in the process (the SMTP pool lives in it). */
export function transportFor(config: Pick<Config, 'smtpUrl' | 'dataDir'>): MailTransport {
  const key = config.smtpUrl ?? `outbox:${outboxDir(config)}`;
  let t = cache.get(key);
  if (!t) {
    t = config.smtpUrl ? smtpTransport(config.smtpUrl) : outboxTransport(outboxDir(config));
    cache.set(key, t);
  }
  return t;
}

/** Closes pooled SMTP connections at shutdown. */
export function closeTransports(): void {
  for (const t of cache.values()) t.close();
  cache.clear();
}
