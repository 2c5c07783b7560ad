import { z } from 'zod';
import { CIRCLES, LEVELS } from './api';

/** GET /api/v1/network/overview: counts of the caller's live contacts, and where the network is thin. */

export const RECENCY_BUCKETS = ['last_30_days', '1_3_months', '3_6_months', '6_12_months', 'over_a_year', 'never'] as const;
export type RecencyBucket = (typeof RECENCY_BUCKETS)[number];

export const OVERVIEW_GAP_CODES = [
  'empty_network',
  'no_mentor',
  'no_outside',
  'out_of_touch',
  'no_potential_mentors',
  'single_industry',
  'no_senior',
  'no_peers',
] as const;
export type OverviewGapCode = (typeof OVERVIEW_GAP_CODES)[number];

const count = z.number().int().min(0);

export const overviewGap = z.object({
  code: z.enum(OVERVIEW_GAP_CODES),
  message: z.string(),
  /** One sentence on why it matters or what to do. */
  detail: z.string(),
  severity: z.enum(['info', 'warning']),
  action: z.object({ label: z.string(), href: z.string() }).optional(),
});
export type OverviewGap = z.infer<typeof overviewGap>;

export const networkOverviewResponse = z.object({
  total: count,
  /** Non-empty circles only; contacts without a circle are counted under 'none'. */
  byCircle: z.array(z.object({ circle: z.enum([...CIRCLES, 'none']), count })),
  byEmployer: z.array(z.object({ employer: z.enum(['inside', 'outside', 'unknown']), count })),
  /** Every level in order (zeros included) so charts keep a stable axis, then 'unknown'. */
  byLevel: z.array(z.object({ level: z.enum([...LEVELS, 'unknown']), count })),
  /** Top 8 industries (contacts with one), the rest summed as 'Other'. */
  byIndustry: z.array(z.object({ industry: z.string(), count })),
  /** Top 10 companies (contacts with one). */
  byCompany: z.array(z.object({ company: z.string(), count })),
  /** Every bucket in order, by the last interaction relative to now. */
  recency: z.array(z.object({ bucket: z.enum(RECENCY_BUCKETS), count })),
  starred: count,
  gaps: z.array(overviewGap),
});
export type NetworkOverview = z.infer<typeof networkOverviewResponse>;
