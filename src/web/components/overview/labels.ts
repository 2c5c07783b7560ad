import type { NetworkOverview, RecencyBucket } from '../../../domain/network/overview-api';

type CircleKey = NetworkOverview['byCircle'][number]['circle'];
type LevelKey = NetworkOverview['byLevel'][number]['level'];

export const CIRCLE_LABELS: Record<CircleKey, string> = {
  mentor: 'Mentors',
  colleague: 'Colleagues',
  customer: 'Customers',
  vendor: 'Vendors',
  management: 'Management',
  former_colleague: 'Former colleagues',
  industry_peer: 'Industry peers',
  friend_family: 'Friends & family',
  other: 'Other',
  none: 'No circle yet',
};

/** Fixed per circle, so a circle keeps its colour when others are empty. */
export const CIRCLE_COLORS: Record<CircleKey, string> = {
  mentor: 'grape.6',
  colleague: 'teal.6',
  customer: 'blue.6',
  vendor: 'cyan.5',
  management: 'indigo.6',
  former_colleague: 'lime.6',
  industry_peer: 'orange.5',
  friend_family: 'pink.5',
  other: 'yellow.6',
  none: 'gray.4',
};

export const EMPLOYER_LABELS = { inside: 'Inside your employer', outside: 'Outside', unknown: 'Not known' } as const;
export const EMPLOYER_COLORS = { inside: 'teal.6', outside: 'blue.5', unknown: 'gray.4' } as const;

export const LEVEL_LABELS: Record<LevelKey, string> = {
  student: 'Student',
  entry: 'Entry',
  mid: 'Mid',
  senior: 'Senior',
  executive: 'Executive',
  unknown: 'Not known',
};

export const RECENCY_LABELS: Record<RecencyBucket, string> = {
  last_30_days: '< 1 mo',
  '1_3_months': '1–3 mo',
  '3_6_months': '3–6 mo',
  '6_12_months': '6–12 mo',
  over_a_year: '> 1 yr',
  never: 'Never',
};

/** Buckets past the six-month line count as out of touch (the same line as the gap). */
export const STALE_BUCKETS: ReadonlySet<RecencyBucket> = new Set(['6_12_months', 'over_a_year', 'never']);
