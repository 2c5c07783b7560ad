import { characterCount, renderTemplate, type MergeFields } from './templates';

export type TemplateChannel = 'email' | 'linkedin';

export interface MessageTemplate {
  id: string;
  name: string;
  channel: TemplateChannel;
  /** null where the channel has no subject line (LinkedIn notes). */
  subject: string | null;
  body: string;
  /** Hard limit imposed by the channel, in characters. */
  characterLimit?: number;
}

/** LinkedIn rejects connection notes longer than this. */
export const LINKEDIN_NOTE_LIMIT = 300;

export const BUILT_IN_TEMPLATES: readonly MessageTemplate[] = [
  {
    id: 'thank-you-recap',
    name: 'Thank-you with recap',
    channel: 'email',
    subject: 'Thank you, {firstName}',
    body:
      'Hi {firstName},\n\n' +
      'Thank you for taking the time to talk with me on {date}. I really appreciated it.\n\n' +
      'To recap: {recap}\n\n' +
      "I'm going to act on your advice about {topic} and will let you know how it goes.\n\n" +
      'Best,\n{myName}',
  },
  {
    id: 'linkedin-connection-note',
    name: 'LinkedIn connection note',
    channel: 'linkedin',
    subject: null,
    body:
      'Hi {title} {lastName}, thanks again for chatting with me the other day. ' +
      "I enjoyed your perspective on {topic}. I'd love to connect to stay in touch. Thanks! {myName}",
    characterLimit: LINKEDIN_NOTE_LIMIT,
  },
  {
    id: 'informational-interview-request',
    name: 'Informational interview request (5–10 minutes)',
    channel: 'email',
    subject: 'Quick question about your work at {company}',
    body:
      'Hi {firstName},\n\n' +
      "I'm {myName}, and I'm exploring {topic}. Your experience at {company} stood out to me.\n\n" +
      'Would you have 5 to 10 minutes for a short call in the next couple of weeks? ' +
      "I'd love to hear how you got where you are and what you'd recommend to someone starting out. " +
      "I'll keep it brief and work around your schedule.\n\n" +
      'Thank you,\n{myName}',
  },
  {
    id: 'mentor-ask',
    name: 'Ask someone to mentor you',
    channel: 'email',
    subject: 'Would you be open to mentoring me?',
    body:
      'Hi {firstName},\n\n' +
      'Our conversations about {topic} have helped me a great deal, most recently {recap}.\n\n' +
      "I'd value your guidance as I work on this. Would you be open to a short check-in about once a month? " +
      "I'll come prepared with specific questions and keep you posted on what I do with your advice.\n\n" +
      'No worries at all if now is not a good time.\n\n' +
      'Thank you,\n{myName}',
  },
  {
    id: 'mentor-progress-update',
    name: 'Progress update to a mentor',
    channel: 'email',
    subject: 'An update on {topic}',
    body:
      'Hi {firstName},\n\n' +
      'When we last spoke you suggested {advice}. I wanted to let you know how it went: {progress}\n\n' +
      "Thank you again. Your advice made a real difference. I'd love to hear what you think I should focus on next.\n\n" +
      'Best,\n{myName}',
  },
  {
    id: 'share-something-useful',
    name: 'Share something useful',
    channel: 'email',
    subject: 'Thought of you: {linkTitle}',
    body:
      'Hi {firstName},\n\n' +
      'I came across this and thought of you, since you mentioned {topic}:\n\n' +
      '{linkTitle}\n{link}\n\n' +
      'No need to reply. I hope it is useful!\n\n' +
      'Best,\n{myName}',
  },
];

export function findBuiltInTemplate(id: string): MessageTemplate | undefined {
  return BUILT_IN_TEMPLATES.find((t) => t.id === id);
}

export interface RenderedMessage {
  subject: string | null;
  body: string;
  missing: string[];
  unknown: string[];
  /** Characters in the body as the channel counts them (code points). */
  length: number;
  characterLimit: number | null;
  overLimit: boolean;
}

/** Renders subject and body together so `missing` covers both. */
export function renderMessage(
  template: Pick<MessageTemplate, 'subject' | 'body' | 'characterLimit'>,
  fields: MergeFields,
): RenderedMessage {
  const body = renderTemplate(template.body, fields);
  const subject = template.subject === null ? null : renderTemplate(template.subject, fields);
  const merge = (a: string[], b: string[]) => [...new Set([...a, ...b])];
  const length = characterCount(body.text);
  const limit = template.characterLimit ?? null;
  return {
    subject: subject?.text ?? null,
    body: body.text,
    missing: merge(subject?.missing ?? [], body.missing),
    unknown: merge(subject?.unknown ?? [], body.unknown),
    length,
    characterLimit: limit,
    overLimit: limit !== null && length > limit,
  };
}
