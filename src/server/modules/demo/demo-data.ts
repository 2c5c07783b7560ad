import type { Circle, InteractionKind } from '../../../domain/follow-through/vocabulary';
import { DEFAULT_CIRCLE_CADENCES } from '../../../domain/follow-through/cadence';
import type { LabelledValue } from '../../db/schema/network';
import { COMPANIES, DEPARTMENTS, EVENTS, FAMILY_NAMES, GIVEN_NAMES, PLACES, TAGS, TOPICS, type DemoCompany } from './demo-vocabulary';

/**
 * The demo network, generated from a seed: the same seed and `now` give the same data, and every
 * date is relative to `now` so the demo always looks lived-in. Pure: persisting is demo-service's job.
 */

export type Level = 'student' | 'entry' | 'mid' | 'senior' | 'executive';
export type Role = 'interviewer' | 'recruiter' | 'hr' | 'arranged_by' | 'attendee' | null;

export type DemoContact = {
  givenName: string;
  familyName: string;
  displayName: string;
  emails: LabelledValue[];
  phones: LabelledValue[];
  company: string | null;
  title: string | null;
  department: string | null;
  industry: string | null;
  level: Level | null;
  employer: 'inside' | 'outside' | null;
  circle: Circle;
  howWeMet: string | null;
  birthday: string | null;
  linkedinUrl: string | null;
  tags: string[];
  notes: string | null;
  starred: boolean;
  createdAt: Date;
};

/** Participants point at contacts by their index in `contacts`. */
export type DemoInteraction = {
  kind: InteractionKind;
  occurredAt: Date;
  summary: string;
  topics: string[];
  participants: { contact: number; role: Role }[];
};

export type DemoNetwork = { employer: DemoCompany; contacts: DemoContact[]; interactions: DemoInteraction[] };

export type Rng = { next(): number; int(min: number, max: number): number; pick<T>(xs: readonly T[]): T; chance(p: number): boolean };

/** mulberry32: tiny, fast and good enough for invented data. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (xs) => xs[Math.floor(next() * xs.length)]!,
    chance: (p) => next() < p,
  };
}

const DAY = 86_400_000;
const EMPLOYER = COMPANIES[0]!;
const OTHERS = COMPANIES.slice(1);
const KESTREL = COMPANIES.find((c) => c.name === 'Kestrel Aerospace')!;

/** How many of each circle, and how they tend to look. Sums to 147; three near-duplicates follow. */
const CIRCLE_PLAN: { circle: Circle; n: number; inside: number; levels: Level[] }[] = [
  { circle: 'colleague', n: 38, inside: 1, levels: ['entry', 'mid', 'mid', 'senior', 'senior'] },
  { circle: 'management', n: 9, inside: 1, levels: ['senior', 'executive', 'executive'] },
  { circle: 'mentor', n: 5, inside: 0.4, levels: ['senior', 'executive'] },
  { circle: 'former_colleague', n: 18, inside: 0, levels: ['mid', 'senior', 'senior', 'executive'] },
  { circle: 'customer', n: 20, inside: 0, levels: ['mid', 'senior', 'executive'] },
  { circle: 'vendor', n: 12, inside: 0, levels: ['entry', 'mid', 'senior'] },
  { circle: 'industry_peer', n: 25, inside: 0, levels: ['student', 'entry', 'mid', 'senior', 'executive'] },
  { circle: 'friend_family', n: 15, inside: -1, levels: ['student', 'mid', 'senior'] },
  { circle: 'other', n: 5, inside: -1, levels: ['mid'] },
];

const HOW_WE_MET: Partial<Record<Circle, string[]>> = {
  colleague: ['Same onboarding cohort', 'Worked on the mobile launch together', 'Paired on the billing migration'],
  management: ['My skip-level manager', 'Ran the all-hands I presented at', 'Sponsor of my first project'],
  mentor: ['Introduced by a former manager', 'Met through the company mentoring program', 'Spoke on a panel I attended'],
  former_colleague: ['We worked together at my previous job', 'Shared a desk during my internship'],
  customer: ['Their team rolled out our product', 'Met during a customer workshop'],
  vendor: ['Our account manager', 'Ran the training for our new tool'],
  industry_peer: [...EVENTS.map((e) => `Met at ${e}`), 'Reached out after reading their blog post'],
  friend_family: ['Old friend from university', 'Neighbour', 'Cousin'],
};

const titleFor = (level: Level, department: string) => {
  const role = DEPARTMENTS[department]!;
  if (level === 'student') return `${department} Intern`;
  if (level === 'entry') return `Associate ${role}`;
  if (level === 'senior') return `Senior ${role}`;
  if (level === 'executive') return `VP of ${department}`;
  return role;
};

const slug = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]+/g, '');

function makePeople(rng: Rng, now: Date): DemoContact[] {
  const used = new Set<string>();
  const freshName = () => {
    for (;;) {
      const given = rng.pick(GIVEN_NAMES);
      const family = rng.pick(FAMILY_NAMES);
      if (!used.has(`${given} ${family}`)) {
        used.add(`${given} ${family}`);
        return { given, family };
      }
    }
  };
  const people: DemoContact[] = [];
  for (const plan of CIRCLE_PLAN) {
    for (let i = 0; i < plan.n; i++) {
      const { given, family } = freshName();
      const known = plan.inside >= 0 || rng.chance(0.5);
      const inside = plan.inside >= 0 && rng.next() < plan.inside;
      const company: DemoCompany | null = inside ? EMPLOYER : known ? rng.pick(OTHERS) : null;
      const department = company ? rng.pick(Object.keys(DEPARTMENTS)) : null;
      const level = rng.chance(0.1) ? null : rng.pick(plan.levels);
      const local = `${slug(given)}.${slug(family)}`;
      const birthday = rng.chance(0.6)
        ? `${rng.chance(0.4) ? '-' : rng.int(1962, 2002)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`
        : null;
      people.push({
        givenName: given,
        familyName: family,
        displayName: `${given} ${family}`,
        emails: [{ label: company ? 'work' : 'home', value: `${local}@${company?.domain ?? 'mail.example'}` }],
        phones: rng.chance(0.4) ? [{ label: 'mobile', value: `+1 555 01${String(rng.int(0, 99)).padStart(2, '0')}` }] : [],
        company: company?.name ?? null,
        title: company && level ? titleFor(level, department!) : null,
        department,
        industry: company?.industry ?? null,
        level,
        employer: plan.inside < 0 && !company ? null : inside ? 'inside' : 'outside',
        circle: plan.circle,
        howWeMet: HOW_WE_MET[plan.circle] ? rng.pick(HOW_WE_MET[plan.circle]!) : null,
        birthday,
        linkedinUrl: rng.chance(0.5) ? `https://www.linkedin.com/in/${slug(given)}-${slug(family)}-${rng.int(100, 999)}` : null,
        tags: Array.from(new Set(Array.from({ length: rng.int(0, 3) }, () => rng.pick(TAGS)))),
        notes: rng.chance(0.4) ? `Cares about ${rng.pick(TOPICS)}. Ask about ${rng.pick(TOPICS)} next time.` : null,
        starred: false,
        createdAt: new Date(now.getTime() - rng.int(30, 720) * DAY),
      });
    }
  }
  return people;
}

/** The people in a job-interview story at Kestrel, so interviews carry real roles. */
function castInterviewStory(people: DemoContact[]): { interviewer: number; recruiter: number; hr: number; arranger: number } {
  const recast = (i: number, title: string, department: string, circle: Circle, level: Level) => {
    const p = people[i]!;
    Object.assign(p, { company: KESTREL.name, industry: KESTREL.industry, title, department, circle, level, employer: 'outside' });
    p.emails = [{ label: 'work', value: `${slug(p.givenName)}.${slug(p.familyName)}@${KESTREL.domain}` }];
    return i;
  };
  const peers = people.map((p, i) => (p.circle === 'industry_peer' ? i : -1)).filter((i) => i >= 0);
  const formers = people.map((p, i) => (p.circle === 'former_colleague' ? i : -1)).filter((i) => i >= 0);
  return {
    interviewer: recast(peers[0]!, 'Director of Engineering', 'Engineering', 'industry_peer', 'senior'),
    recruiter: recast(peers[1]!, 'Technical Recruiter', 'People', 'other', 'mid'),
    hr: recast(peers[2]!, 'HR Business Partner', 'People', 'other', 'mid'),
    arranger: recast(formers[0]!, 'Senior Software Engineer', 'Engineering', 'former_colleague', 'senior'),
  };
}

const KINDS_BY_CIRCLE: Record<Circle, InteractionKind[]> = {
  colleague: ['lunch', 'coffee', 'meeting', 'call', 'email'],
  management: ['meeting', 'video_call', 'email'],
  mentor: ['coffee', 'video_call', 'call', 'lunch'],
  former_colleague: ['coffee', 'email', 'lunch', 'call'],
  customer: ['meeting', 'video_call', 'email', 'call'],
  vendor: ['email', 'call', 'meeting'],
  industry_peer: ['coffee', 'email', 'video_call', 'event'],
  friend_family: ['lunch', 'call'],
  other: ['email', 'call'],
};

function summaryFor(rng: Rng, kind: InteractionKind, topic: string): string {
  switch (kind) {
    case 'coffee': return `Coffee at ${rng.pick(PLACES)}: mostly talked about ${topic}.`;
    case 'lunch': return `Lunch together; they are thinking a lot about ${topic}.`;
    case 'email': return `Sent a note about ${topic}.`;
    case 'event': return `Caught up at ${rng.pick(EVENTS)}; ${topic} came up.`;
    case 'meeting': return `Meeting on ${topic}.`;
    default: return `Talked about ${topic}.`;
  }
}

const LET_SLIP = (i: number) => i % 20 === 3;
const NEVER_CONTACTED = (i: number) => i % 11 === 5;

/**
 * Day offsets (days ago) for one contact's interactions. The demo user keeps in touch: the latest
 * touch with someone falls inside one round of their circle's cadence (so rounds come due a few a
 * day, as for anyone who follows through), now and then a week or two late; older touches lie
 * behind it, more of them for warmer relationships.
 */
function contactRhythm(rng: Rng, c: DemoContact, i: number): number[] {
  const offsets = (n: number, from: number, to: number) => Array.from({ length: n }, () => rng.int(from, to));
  // A few people the user has let slip: last heard of 7 to 11 months ago, or over a year.
  if (LET_SLIP(i)) return i % 40 === 3 ? offsets(rng.int(1, 2), 380, 540) : offsets(rng.int(1, 2), 200, 330);
  // A few were never contacted at all (e.g. accepted LinkedIn invitations).
  if (NEVER_CONTACTED(i)) return [];
  const cadence = DEFAULT_CIRCLE_CADENCES[c.circle];
  // The shortest such round (28-day months), so "inside one round" holds whatever the month.
  const round = cadence.every * (cadence.unit === 'month' ? 28 : cadence.unit === 'week' ? 7 : 1);
  const latest = rng.chance(0.03) ? rng.int(round + 1, round + 14) : rng.int(1, round);
  const n = c.circle === 'mentor' || c.circle === 'management' ? rng.int(6, 10) : c.circle === 'colleague' ? rng.int(2, 5) : rng.int(1, 3);
  return [latest, ...offsets(n - 1, latest, Math.max(latest, 360))];
}

export function generateDemoNetwork(opts: { seed: number; now: Date }): DemoNetwork {
  const rng = seededRng(opts.seed);
  const now = opts.now.getTime();
  const people = makePeople(rng, opts.now);
  const story = castInterviewStory(people);
  const at = (daysAgo: number, hour = rng.int(8, 18)) => {
    const d = new Date(now - daysAgo * DAY);
    d.setUTCHours(hour, rng.pick([0, 15, 30, 45]), 0, 0);
    return d;
  };
  const interactions: DemoInteraction[] = [];
  const add = (kind: InteractionKind, daysAgo: number, participants: DemoInteraction['participants'], summary?: string) => {
    const topic = rng.pick(TOPICS);
    interactions.push({ kind, occurredAt: at(daysAgo), summary: summary ?? summaryFor(rng, kind, topic), topics: [topic], participants });
  };

  people.forEach((c, i) => {
    if (Object.values(story).includes(i) && i !== story.arranger) return;
    for (const daysAgo of contactRhythm(rng, c, i)) add(rng.pick(KINDS_BY_CIRCLE[c.circle]), daysAgo, [{ contact: i, role: null }]);
  });

  const indices = (pred: (c: DemoContact, i: number) => boolean) => people.map((c, i) => (pred(c, i) ? i : -1)).filter((i) => i >= 0);
  const warm = (i: number) => !LET_SLIP(i) && !NEVER_CONTACTED(i);
  const team = indices((c, i) => c.employer === 'inside' && warm(i));
  const peers = indices((c, i) => c.circle === 'industry_peer' && warm(i) && !Object.values(story).includes(i));
  // Without replacement (partial Fisher-Yates): n distinct people whenever there are n to choose from.
  const sample = (from: number[], n: number) => {
    const pool = [...from];
    const count = Math.min(n, pool.length);
    for (let i = 0; i < count; i++) {
      const j = rng.int(i, pool.length - 1);
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    return pool.slice(0, count);
  };

  for (let w = 0; w < 24; w++) {
    add('meeting', w * 14 + rng.int(1, 10), sample(team, rng.int(3, 5)).map((contact) => ({ contact, role: 'attendee' as const })), 'Team planning: priorities for the next sprint.');
  }
  for (let e = 0; e < 8; e++) {
    add('event', e * 40 + rng.int(3, 30), sample(peers, rng.int(2, 4)).map((contact) => ({ contact, role: 'attendee' as const })));
  }
  // Informational interviews with peers; the best conversations became potential mentors (starred).
  for (const [k, contact] of sample(peers, 7).entries()) {
    add('informational_interview', 20 + k * 45, [{ contact, role: null }], 'Informational interview: how they got here, a day in their life, what they would do differently.');
    if (k % 2 === 0) people[contact]!.starred = true;
  }
  const roles = [
    { contact: story.interviewer, role: 'interviewer' as const },
    { contact: story.recruiter, role: 'recruiter' as const },
    { contact: story.hr, role: 'hr' as const },
    { contact: story.arranger, role: 'arranged_by' as const },
  ];
  add('call', 35, [{ contact: story.recruiter, role: 'recruiter' }], 'Screening call for the Kestrel platform role.');
  add('job_interview', 21, roles.slice(0, 2), 'First-round interview at Kestrel Aerospace: system design and team fit.');
  add('job_interview', 9, roles, 'Final round at Kestrel: met the team, talked about the platform roadmap and next steps.');

  return { employer: EMPLOYER, contacts: [...people, ...nearDuplicates(people, rng)], interactions: settleCreatedAt(people, interactions) };
}

/** A contact cannot predate its first interaction being logged. */
function settleCreatedAt(people: DemoContact[], interactions: DemoInteraction[]): DemoInteraction[] {
  for (const it of interactions) {
    for (const { contact } of it.participants) {
      const p = people[contact]!;
      if (p.createdAt > it.occurredAt) p.createdAt = new Date(it.occurredAt.getTime() - DAY);
    }
  }
  return interactions;
}

/** Three contacts that look like sloppy re-entries of others, so the duplicates screen has work. */
function nearDuplicates(people: DemoContact[], rng: Rng): DemoContact[] {
  const [a, b, c] = [people[4]!, people[60]!, people[90]!];
  const copy = (p: DemoContact, patch: Partial<DemoContact>): DemoContact => ({
    ...p, phones: [], tags: [], notes: null, starred: false, birthday: null, howWeMet: null, createdAt: new Date(p.createdAt.getTime() + rng.int(5, 40) * DAY), ...patch,
  });
  b.linkedinUrl ??= `https://www.linkedin.com/in/${slug(b.givenName)}-${slug(b.familyName)}-${rng.int(100, 999)}`;
  return [
    copy(a, { emails: [{ label: null, value: a.emails[0]!.value.toUpperCase() }], title: null }),
    copy(b, { displayName: `${b.givenName} ${b.familyName[0]}. ${b.familyName}`, emails: [], linkedinUrl: `${b.linkedinUrl.replace('https://www.', 'http://')}/` }),
    copy(c, { givenName: `${c.givenName[0]}.`, displayName: `${c.givenName[0]}. ${c.familyName}`, emails: [] }),
  ];
}
