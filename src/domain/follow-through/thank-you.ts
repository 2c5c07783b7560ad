import { DateTime } from 'luxon';
import { inZone, localDateOf } from './local-time';
import type { InteractionKind, IsoDate } from './vocabulary';

/**
 * Thank-you follow-ups after a conversation. The loop falls to the person
 * who established the need, and after an interview that is always the user,
 * so every distinct person involved gets their own task.
 */

export type ParticipantRole = 'interviewer' | 'recruiter' | 'hr' | 'arranged_by' | 'attendee';

export interface InteractionParticipant {
  contactId: string;
  name: string;
  role?: ParticipantRole;
}

export interface Interaction {
  kind: InteractionKind;
  occurredAt: Date;
  summary?: string | null;
  topics?: readonly string[];
  participants: readonly InteractionParticipant[];
}

export type FollowUpTaskKind = 'thank_you' | 'reach_out_again';

export interface FollowUpTask {
  kind: FollowUpTaskKind;
  contactId: string;
  contactName: string;
  /** Every role the person had; a recruiter can also sit in on the interview. */
  roles: ParticipantRole[];
  title: string;
  /** Guidance for writing the message, built from the interaction's summary and topics. */
  prompt: string;
  dueAt: Date;
  /** dueAt as a calendar date in the user's zone. */
  dueDate: IsoDate;
}

/** Casual kinds (coffee, lunch, email…) don't call for a formal thank-you. */
export const THANK_YOU_KINDS: readonly InteractionKind[] = ['job_interview', 'informational_interview', 'meeting'];
export const THANK_YOU_WITHIN_HOURS = 24;
export const DEFAULT_REACH_OUT_AGAIN_MONTHS = 2;

const ARRANGER_ROLES: readonly ParticipantRole[] = ['recruiter', 'hr', 'arranged_by'];

const KIND_LABELS: Partial<Record<InteractionKind, string>> = {
  job_interview: 'job interview',
  informational_interview: 'informational interview',
  meeting: 'meeting',
};

export interface ThankYouOptions {
  /** Months until the informational-interview "reach out again" reminder; 0 disables it. */
  reachOutAgainAfterMonths?: number;
}

/** "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function cleanTopics(topics: readonly string[] | undefined): string[] {
  return [...new Set((topics ?? []).map((t) => t.trim()).filter((t) => t.length > 0))];
}

/**
 * A short recap suitable for the {recap} merge field: the user's own summary
 * when there is one, otherwise the topics.
 */
export function recapOf(interaction: Pick<Interaction, 'summary' | 'topics'>): string {
  const summary = interaction.summary?.trim();
  if (summary) return summary;
  const topics = cleanTopics(interaction.topics);
  return topics.length > 0 ? `our conversation about ${joinList(topics)}` : '';
}

interface Person {
  contactId: string;
  name: string;
  roles: ParticipantRole[];
}

function distinctPeople(participants: readonly InteractionParticipant[]): Person[] {
  const byId = new Map<string, Person>();
  for (const p of participants) {
    const person = byId.get(p.contactId) ?? { contactId: p.contactId, name: p.name.trim() || 'them', roles: [] };
    if (p.role && !person.roles.includes(p.role)) person.roles.push(p.role);
    byId.set(p.contactId, person);
  }
  return [...byId.values()];
}

const isArranger = (person: Person) => person.roles.some((r) => ARRANGER_ROLES.includes(r));
/** Someone who was in the conversation itself, not only behind the scenes. */
const tookPart = (person: Person) =>
  person.roles.length === 0 || person.roles.some((r) => !ARRANGER_ROLES.includes(r));

function thankYouPrompt(person: Person, interaction: Interaction, others: Person[]): string {
  const kindLabel = KIND_LABELS[interaction.kind] ?? 'conversation';
  const topics = cleanTopics(interaction.topics);
  const summary = interaction.summary?.trim();
  const parts: string[] = [];
  const reasons: string[] = [];
  if (isArranger(person)) {
    const withWhom = others.filter(tookPart).map((o) => o.name);
    reasons.push(`arranging the ${kindLabel}${withWhom.length > 0 ? ` with ${joinList(withWhom)}` : ''}`);
  }
  if (tookPart(person)) {
    reasons.push(
      person.roles.includes('interviewer') || interaction.kind !== 'meeting'
        ? 'their time and the conversation'
        : 'their time',
    );
  }
  parts.push(`Thank ${person.name} for ${reasons.join(', and for ')}.`);
  if (tookPart(person)) {
    if (topics.length > 0) parts.push(`Mention what you talked about: ${joinList(topics)}.`);
    parts.push(summary ? `Recap what stood out: ${summary}` : 'Recap one thing you learned from them.');
  } else {
    parts.push(`Let them know how it went${topics.length > 0 ? ` (you covered ${joinList(topics)})` : ''}.`);
  }
  if (interaction.kind === 'job_interview') parts.push('Reaffirm your interest in the role.');
  return parts.join(' ');
}

function thankYouTitle(person: Person, interaction: Interaction): string {
  const kindLabel = KIND_LABELS[interaction.kind] ?? 'conversation';
  return tookPart(person)
    ? `Thank ${person.name} for the ${kindLabel}`
    : `Thank ${person.name} for arranging the ${kindLabel}`;
}

/**
 * One thank-you per distinct person (deduplicated by contactId), due
 * THANK_YOU_WITHIN_HOURS after the interaction, plus, for informational
 * interviews, a "reach out again" reminder for each person who took part.
 * Returns [] for kinds outside THANK_YOU_KINDS.
 */
export function thankYouTasksFor(
  interaction: Interaction,
  timeZone: string,
  options: ThankYouOptions = {},
): FollowUpTask[] {
  if (!THANK_YOU_KINDS.includes(interaction.kind)) return [];
  const occurred = inZone(interaction.occurredAt, timeZone);
  const people = distinctPeople(interaction.participants);
  const dueAt = new Date(interaction.occurredAt.getTime() + THANK_YOU_WITHIN_HOURS * 3_600_000);
  const dueDate = localDateOf(dueAt, timeZone);

  const tasks: FollowUpTask[] = people.map((person) => ({
    kind: 'thank_you',
    contactId: person.contactId,
    contactName: person.name,
    roles: person.roles,
    title: thankYouTitle(person, interaction),
    prompt: thankYouPrompt(
      person,
      interaction,
      people.filter((p) => p !== person),
    ),
    dueAt,
    dueDate,
  }));

  const months = options.reachOutAgainAfterMonths ?? DEFAULT_REACH_OUT_AGAIN_MONTHS;
  if (interaction.kind === 'informational_interview' && months > 0) {
    // Same wall-clock time N months on; luxon clamps month ends and keeps the local hour across DST.
    const later: DateTime = occurred.plus({ months });
    const topics = cleanTopics(interaction.topics);
    for (const person of people.filter(tookPart)) {
      tasks.push({
        kind: 'reach_out_again',
        contactId: person.contactId,
        contactName: person.name,
        roles: person.roles,
        title: `Reach out again to ${person.name}`,
        prompt:
          `It has been ${months} month${months === 1 ? '' : 's'} since your informational interview. ` +
          `Tell ${person.name} what you did with their advice` +
          (topics.length > 0 ? ` on ${joinList(topics)}` : '') +
          ' and ask one new question.',
        dueAt: later.toJSDate(),
        dueDate: later.toISODate() as IsoDate,
      });
    }
  }
  return tasks;
}
