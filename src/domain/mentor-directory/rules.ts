/**
 * Pure rules of the mentor's side: who can be asked, the kind default texts, the directory's
 * search text and the "think outside the box" suggestions.
 */
import { normaliseAreas } from '../mentoring/rules';

export const AVAILABILITIES = ['open', 'limited', 'closed'] as const;
export type Availability = (typeof AVAILABILITIES)[number];
export const AGE_BANDS = ['under_18', '18_24', '25_34', '35_44', '45_54', '55_64', '65_plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const GENDERS = ['woman', 'man', 'non_binary', 'another'] as const;
export type Gender = (typeof GENDERS)[number];
export const REQUEST_STATUSES = ['pending', 'accepted', 'declined', 'withdrawn'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export { normaliseAreas as normaliseTags };

/** Lower-cased and accent-stripped, so "zoe" finds "Zoë" and "ux" finds "UX". */
export function foldText(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export type ProfileText = {
  name: string;
  skills: string[];
  challenges: string[];
  languages: string[];
  industry: string | null;
  role: string | null;
  region: string | null;
  bio: string | null;
};

export function profileSearchText(p: ProfileText): string {
  return foldText([p.name, ...p.skills, ...p.challenges, ...p.languages, p.industry, p.role, p.region, p.bio].filter(Boolean).join(' \u0001 ')).slice(0, 20_000);
}

/** Every word of the query must appear somewhere in the profile's text. */
export const searchWords = (q: string) => foldText(q).split(' ').filter(Boolean).slice(0, 10);

/** Why a mentor cannot be asked right now, or null. */
export function requestRefusal(p: { listed: boolean; availability: string }, isSelf: boolean): { code: string; detail: string } | null {
  if (isSelf) return { code: 'own_profile', detail: 'You cannot ask yourself to be your mentor.' };
  if (!p.listed) return { code: 'not_listed', detail: 'This mentor is no longer in the directory.' };
  if (p.availability === 'closed') return { code: 'not_taking_mentees', detail: 'This mentor is not taking mentees at the moment. Try someone with open or limited availability.' };
  return null;
}

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

/** The request's default text: warm, specific, and easy to say no to. */
export function defaultRequestMessage(mentorName: string, menteeName: string, areas: string[]): string {
  const topic = areas.length ? ` I would especially value your view on ${areas.slice(0, 3).join(', ')}.` : '';
  return [
    `Hi ${firstName(mentorName)},`,
    '',
    `I found your profile in the Trellis mentor directory and your experience stood out to me.${topic} Would you be open to mentoring me? I would come prepared, respect your time, and follow through on what we agree.`,
    '',
    'If now is not a good time, I completely understand.',
    '',
    `Thank you, ${menteeName}`,
  ].join('\n');
}

export function defaultAcceptMessage(menteeName: string, mentorName: string): string {
  return `Hi ${firstName(menteeName)}, I would be glad to mentor you. Share the goals you want to work on and suggest a time for our first conversation. Looking forward to it! ${mentorName}`;
}

export function defaultDeclineMessage(menteeName: string, mentorName: string): string {
  return `Hi ${firstName(menteeName)}, thank you for thinking of me: it means a lot. I cannot take on a new mentee right now, and I would rather say so than give you less than you deserve. Keep asking: the right mentor is out there, and the directory has people who would be lucky to work with you. Warm wishes, ${mentorName}`;
}

export type SuggestionBasis = { skills: string[]; industry: string | null; ageBand: string | null; gender: string | null };
export type SuggestionCandidate = { skills: string[]; industry: string | null; ageBand: string | null; gender: string | null };
export type Suggestion = { matchedSkills: string[]; differences: string[] };

/**
 * "Think outside the box": a mentor who has a skill I want but is unlike me. Unlike means another
 * industry; age band and gender count only when both of us chose to state them. A mentor with a
 * wanted skill but nothing different is a normal match, not an outside-the-box one.
 */
export function outsideTheBox(me: SuggestionBasis, c: SuggestionCandidate): Suggestion | null {
  const wanted = new Map(normaliseAreas(me.skills).map((s) => [foldText(s), s]));
  const matchedSkills = normaliseAreas(c.skills).filter((s) => wanted.has(foldText(s)));
  if (matchedSkills.length === 0) return null;
  const differences: string[] = [];
  if (me.industry && c.industry && foldText(me.industry) !== foldText(c.industry)) differences.push(`works in ${c.industry}, not ${me.industry}`);
  if (me.ageBand && c.ageBand && me.ageBand !== c.ageBand) differences.push('a different generation');
  if (me.gender && c.gender && me.gender !== c.gender) differences.push('a different gender');
  if (differences.length === 0) return null;
  return { matchedSkills, differences };
}
