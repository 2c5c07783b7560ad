import { z } from 'zod';
import { MatchingInputError } from './compile';
import type { HardRules, ProfileSet, ScoringWeights } from './profiles';
import type { MatchingInstance, MatchingMode, PairRef } from './types';

const id = z.string().min(1, 'id must be a non-empty string');
const tags = z.array(z.string()).optional();
const count = z.number().int('must be a whole number').nonnegative('must not be negative');
const pair = z.object({ mentee: id, mentor: id });

const scoredInput = z.object({
  mentees: z.array(z.object({ id })),
  mentors: z.array(z.object({ id, capacity: count })),
  edges: z.array(z.object({ mentee: id, mentor: id, score: count })),
});

const menteeProfile = z.object({
  id,
  growthAreas: tags,
  preferredIndustries: tags,
  preferredRoles: tags,
  languages: tags,
  timeZoneOffset: z.number().min(-12).max(14).optional(),
  managerId: id.optional(),
  isMinor: z.boolean().optional(),
  stage: z.string().optional(),
  background: tags,
  wantsDifferentBackground: z.boolean().optional(),
  requiresSharedLanguage: z.boolean().optional(),
  excludedMentors: z.array(id).optional(),
});

const mentorProfile = z.object({
  id,
  capacity: count,
  skills: tags,
  industry: z.string().optional(),
  role: z.string().optional(),
  languages: tags,
  timeZoneOffset: z.number().min(-12).max(14).optional(),
  managerId: id.optional(),
  screened: z.boolean().optional(),
  preferredStages: tags,
  background: tags,
  excludedMentees: z.array(id).optional(),
});

const weights = z
  .object({
    growth: count,
    industry: count,
    role: count,
    language: count,
    timeZone: count,
    unlikeMe: count,
    stage: count,
  })
  .partial()
  .strict();

const rules = z
  .object({
    requireSharedLanguage: z.boolean(),
    maxTimeZoneGapHours: z.number().nonnegative(),
    exclusions: z.array(pair),
    people: z.array(z.object({ id, managerId: id.optional() })),
    topK: z.number().int().positive(),
  })
  .partial()
  .strict();

const options = {
  mode: z.enum(['score', 'coverage']).optional(),
  pinned: z.array(pair).optional(),
  forbidden: z.array(pair).optional(),
  previous: z.array(pair).optional(),
};

const profileInput = z.object({
  mentees: z.array(menteeProfile),
  mentors: z.array(mentorProfile),
  weights: weights.optional(),
  rules: rules.optional(),
  ...options,
});

export type ParsedInput =
  | ({ kind: 'scored'; instance: MatchingInstance } & InputOptions)
  | ({ kind: 'profiles'; profiles: ProfileSet; weights: ScoringWeights; rules: HardRules } & InputOptions);

interface InputOptions {
  mode?: MatchingMode;
  pinned?: PairRef[];
  forbidden?: PairRef[];
  previous?: PairRef[];
}

/** Names the offending row by its id when there is one, e.g. `mentors[3] (id "m7").capacity`. */
function describe(issue: z.core.$ZodIssue, data: unknown): string {
  let where = '';
  let node: unknown = data;
  for (const key of issue.path) {
    where += typeof key === 'number' ? `[${key}]` : `${where ? '.' : ''}${String(key)}`;
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined;
    if (typeof key === 'number' && node && typeof node === 'object') {
      const rowId = (node as Record<string, unknown>).id;
      const m = (node as Record<string, unknown>).mentee;
      const t = (node as Record<string, unknown>).mentor;
      if (typeof rowId === 'string') where += ` (id "${rowId}")`;
      else if (typeof m === 'string' && typeof t === 'string') where += ` (${m} → ${t})`;
    }
  }
  return `${where || 'input'}: ${issue.message}`;
}

/**
 * Parses CLI/API input: a pre-scored instance when `edges` is present, profiles otherwise.
 * Throws MatchingInputError with one line per problem.
 */
export function parseMatchingInput(data: unknown): ParsedInput {
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new MatchingInputError(['input must be a JSON object with "mentees" and "mentors"']);
  }
  const isScored = 'edges' in data;
  const schema = isScored ? scoredInput.extend(options) : profileInput;
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new MatchingInputError(parsed.error.issues.map((i) => describe(i, data)));
  const { mode, pinned, forbidden, previous } = parsed.data;
  const opts: InputOptions = { mode, pinned, forbidden, previous };
  if (isScored) {
    const d = parsed.data as z.infer<typeof scoredInput>;
    return { kind: 'scored', instance: { mentees: d.mentees, mentors: d.mentors, edges: d.edges }, ...opts };
  }
  const d = parsed.data as z.infer<typeof profileInput>;
  return {
    kind: 'profiles',
    profiles: { mentees: d.mentees, mentors: d.mentors },
    weights: d.weights ?? {},
    rules: d.rules ?? {},
    ...opts,
  };
}
