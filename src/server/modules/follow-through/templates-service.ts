import type { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client';
import {
  BUILT_IN_TEMPLATES,
  findBuiltInTemplate,
  localDateOf,
  mailtoUrl,
  recapOf,
  renderMessage,
  validateTemplate,
  type MergeFields,
  type MessageTemplate,
} from '../../../domain/follow-through/index';
import type { createTemplateBody, renderTemplateBody, TemplateResponse, updateTemplateBody } from '../../../domain/follow-through/api';
import { badRequest, conflict } from '../../errors';
import { getContactsByIds } from '../network/contacts-service';
import { findInteraction, listInteractions } from '../network/interactions-service';
import * as fq from './follow-ups-queries';
import { loadContext } from './settings-service';
import { shareMergeFields } from './finds-service';
import * as q from './templates-queries';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function fromBuiltIn(t: MessageTemplate, override: q.TemplateRow | null): TemplateResponse {
  return {
    id: t.id,
    name: override?.name ?? t.name,
    channel: t.channel,
    subject: override ? override.subject : t.subject,
    body: override?.body ?? t.body,
    characterLimit: t.characterLimit ?? null,
    builtIn: true,
    customized: override !== null,
  };
}

const fromCustom = (r: q.TemplateRow): TemplateResponse => ({
  id: r.id,
  name: r.name,
  channel: 'email',
  subject: r.subject,
  body: r.body,
  characterLimit: null,
  builtIn: false,
  customized: false,
});

export async function listTemplates(db: DbOrTx, userId: string) {
  const rows = await q.listTemplateRows(db, userId);
  const overrides = new Map(rows.filter((r) => r.builtInId).map((r) => [r.builtInId!, r]));
  return [...BUILT_IN_TEMPLATES.map((t) => fromBuiltIn(t, overrides.get(t.id) ?? null)), ...rows.filter((r) => !r.builtInId).map(fromCustom)];
}

/** A built-in id or the caller's custom template; null otherwise (someone else's id included). */
export async function findTemplate(db: DbOrTx, userId: string, id: string): Promise<TemplateResponse | null> {
  const builtIn = findBuiltInTemplate(id);
  if (builtIn) return fromBuiltIn(builtIn, await q.findOverride(db, userId, id));
  if (!UUID.test(id)) return null;
  const row = await q.findCustom(db, userId, id);
  return row && fromCustom(row);
}

export async function createTemplate(db: DbOrTx, userId: string, body: z.output<typeof createTemplateBody>) {
  return fromCustom(await q.insertTemplate(db, userId, { name: body.name, subject: body.subject, body: body.body }));
}

/** Editing a built-in stores the user's version beside it; reset removes that version. */
export async function updateTemplate(db: Db, userId: string, current: TemplateResponse, patch: z.output<typeof updateTemplateBody>) {
  return db.transaction(async (tx) => {
    const next = { name: patch.name ?? current.name, subject: patch.subject !== undefined ? patch.subject : current.subject, body: patch.body ?? current.body };
    if (!current.builtIn) return fromCustom((await q.updateTemplate(tx, userId, current.id, next))!);
    const override = await q.findOverride(tx, userId, current.id);
    if (override) await q.updateTemplate(tx, userId, override.id, next);
    else await q.insertTemplate(tx, userId, { ...next, builtInId: current.id });
    return (await findTemplate(tx, userId, current.id))!;
  });
}

export async function deleteTemplate(db: DbOrTx, userId: string, current: TemplateResponse) {
  if (current.builtIn) throw conflict('built_in_template', 'Built-in templates cannot be deleted; reset it to undo your changes.');
  await q.deleteTemplate(db, userId, current.id);
}

export async function resetTemplate(db: DbOrTx, userId: string, current: TemplateResponse) {
  if (!current.builtIn) throw conflict('not_built_in', 'Only built-in templates can be reset.');
  await q.deleteOverride(db, userId, current.id);
  return (await findTemplate(db, userId, current.id))!;
}

async function mergeFields(db: Db, userId: string, input: z.output<typeof renderTemplateBody>) {
  const ctx = await loadContext(db, userId);
  const fields: MergeFields = { myName: ctx.name };
  let email: string | null = null;
  let contactId = input.contactId;
  if (input.followUpId) {
    const fu = await fq.findFollowUp(db, userId, input.followUpId);
    if (!fu) throw badRequest('followUpId: No such follow-up', [{ path: 'followUpId', message: 'No such follow-up' }]);
    contactId ??= fu.contactId ?? undefined;
    fields.recap = fu.prompt;
    const interaction = fu.sourceId && (fu.source === 'thank_you' || fu.source === 'reach_out') ? await findInteraction(db, userId, fu.sourceId) : null;
    if (fu.source === 'share' && fu.sourceId) Object.assign(fields, await shareMergeFields(db, userId, fu.sourceId, fu.contactId));
    if (interaction) {
      fields.recap = recapOf(interaction) || fu.prompt;
      fields.date = localDateOf(interaction.occurredAt, ctx.timeZone);
      fields.topic = interaction.topics[0];
    }
  }
  if (contactId) {
    const [c] = await getContactsByIds(db, userId, [contactId]);
    if (!c) throw badRequest('contactId: No such contact', [{ path: 'contactId', message: 'No such contact' }]);
    Object.assign(fields, {
      firstName: c.givenName ?? c.displayName.split(/\s+/)[0],
      lastName: c.familyName,
      fullName: c.displayName,
      company: c.company,
      jobTitle: c.title,
    });
    email = c.emails[0]?.value ?? null;
    if (!fields.topic) {
      const latest = await listInteractions(db, userId, { contactId, limit: 1 });
      fields.topic = latest.items[0]?.topics[0];
    }
  }
  for (const [k, v] of Object.entries(input.fields ?? {})) fields[k] = v;
  return { fields, email };
}

export async function renderForUser(db: Db, userId: string, template: TemplateResponse, input: z.output<typeof renderTemplateBody>) {
  for (const text of [template.subject ?? '', template.body]) {
    const v = validateTemplate(text);
    if (!v.ok) throw badRequest(v.error.message, [{ path: 'body', message: v.error.message }]);
  }
  const { fields, email } = await mergeFields(db, userId, input);
  const r = renderMessage({ subject: template.subject, body: template.body, characterLimit: template.characterLimit ?? undefined }, fields);
  return {
    subject: r.subject,
    body: r.body,
    missing: r.missing,
    unknown: r.unknown,
    length: r.length,
    characterLimit: r.characterLimit,
    overLimit: r.overLimit,
    mailto: template.channel === 'email' ? mailtoUrl({ to: email ? [email] : [], subject: r.subject, body: r.body }) : null,
  };
}
