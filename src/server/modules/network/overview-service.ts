import type { Db } from '../../db/client';
import { CIRCLES, LEVELS } from '../../../domain/network/api';
import { RECENCY_BUCKETS, type NetworkOverview, type OverviewGap } from '../../../domain/network/overview-api';
import { countNetworkGroups, type OverviewGroups } from './overview-queries';

const TOP_INDUSTRIES = 8;
const TOP_COMPANIES = 10;
/** Below this many contacts with a known value, "everyone is X" says nothing about the network. */
export const MIN_KNOWN_FOR_SPREAD = 3;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const get = (m: Map<string, number>, k: string) => m.get(k) ?? 0;

/** 'YYYY-MM-DD' six calendar months before `now` (UTC), for the contacts list filter. */
function sixMonthsBefore(now: Date): string {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - 6);
  return d.toISOString().slice(0, 10);
}

/**
 * Where the network is thin, in plain words. Each rule fires only when the data can show it
 * (e.g. "all inside" needs a few contacts whose employer is known); warnings come first.
 */
export function findGaps(g: OverviewGroups, now: Date): OverviewGap[] {
  if (g.total === 0) {
    return [
      {
        code: 'empty_network',
        message: 'Your network is empty — import your LinkedIn connections',
        detail: 'Bring in the people you already know from LinkedIn, your phone (vCard) or Google/Outlook contacts, or add them one by one.',
        severity: 'info',
        action: { label: 'Import contacts', href: '/network/import' },
      },
    ];
  }
  const gaps: OverviewGap[] = [];
  if (get(g.circle, 'mentor') === 0) {
    gaps.push({
      code: 'no_mentor',
      message: 'No mentor yet',
      detail: 'No one in your network is in your mentor circle. A mentor helps you see further than you can alone.',
      severity: 'warning',
      action: { label: 'Find a mentor', href: '/mentoring' },
    });
  }
  const inside = get(g.employer, 'inside');
  const outside = get(g.employer, 'outside');
  if (inside + outside >= MIN_KNOWN_FOR_SPREAD && outside === 0) {
    gaps.push({
      code: 'no_outside',
      message: 'No one outside your employer',
      detail: `All ${inside} people whose employer you know work where you do. People outside bring fresh views and hear of other openings.`,
      severity: 'warning',
    });
  }
  if (g.outOfTouch > 0) {
    gaps.push({
      code: 'out_of_touch',
      message: `${plural(g.outOfTouch, 'person', 'people')} you haven't contacted in 6 months`,
      detail: 'A short note, an article they would like or a coffee keeps a relationship from going cold.',
      severity: 'warning',
      action: { label: 'See who', href: `/network?lastContactedBefore=${sixMonthsBefore(now)}&sort=last_contacted` },
    });
  }
  if (g.starred === 0) {
    gaps.push({
      code: 'no_potential_mentors',
      message: 'No potential mentors starred',
      detail: 'Star the people you would like to learn from, so you remember to keep in touch with them.',
      severity: 'info',
      action: { label: 'Go to contacts', href: '/network' },
    });
  }
  const knownIndustry = g.industry.reduce((s, [, n]) => s + n, 0);
  if (knownIndustry >= MIN_KNOWN_FOR_SPREAD && g.industry.length === 1) {
    gaps.push({
      code: 'single_industry',
      message: 'Your network is all one industry',
      detail: `All ${knownIndustry} people whose industry you know work in ${g.industry[0]![0]}. Other industries see your field differently.`,
      severity: 'info',
    });
  }
  const senior = get(g.level, 'senior') + get(g.level, 'executive');
  const junior = get(g.level, 'student') + get(g.level, 'entry') + get(g.level, 'mid');
  if (senior + junior >= MIN_KNOWN_FOR_SPREAD && senior === 0) {
    gaps.push({
      code: 'no_senior',
      message: 'No one senior in your network',
      detail: 'No one whose level you know is senior or executive. Senior people can sponsor you and open doors.',
      severity: 'info',
    });
  }
  if (senior + junior >= MIN_KNOWN_FOR_SPREAD && junior === 0) {
    gaps.push({
      code: 'no_peers',
      message: 'No peers: everyone is senior or above',
      detail: 'Everyone whose level you know is senior or executive. Peers at your own stage share what works right now.',
      severity: 'info',
    });
  }
  return gaps.sort((a, b) => Number(b.severity === 'warning') - Number(a.severity === 'warning'));
}

function topWithOther<K extends string>(rows: [string, number][], top: number, key: K) {
  const head = rows.slice(0, top).map(([name, count]) => ({ [key]: name, count }) as Record<K, string> & { count: number });
  const rest = rows.slice(top).reduce((s, [, n]) => s + n, 0);
  if (rest > 0) head.push({ [key]: 'Other', count: rest } as Record<K, string> & { count: number });
  return head;
}

export async function getNetworkOverview(db: Db, userId: string, now = new Date()): Promise<NetworkOverview> {
  const g = await countNetworkGroups(db, userId, now);
  return {
    total: g.total,
    byCircle: [...CIRCLES, 'none' as const]
      .map((circle) => ({ circle, count: get(g.circle, circle) }))
      .filter((c) => c.count > 0),
    byEmployer: (['inside', 'outside', 'unknown'] as const).map((employer) => ({ employer, count: get(g.employer, employer) })),
    byLevel: [...LEVELS, 'unknown' as const].map((level) => ({ level, count: get(g.level, level) })),
    byIndustry: topWithOther(g.industry, TOP_INDUSTRIES, 'industry'),
    byCompany: g.company.slice(0, TOP_COMPANIES).map(([company, count]) => ({ company, count })),
    recency: RECENCY_BUCKETS.map((bucket) => ({ bucket, count: get(g.recency, bucket) })),
    starred: g.starred,
    gaps: findGaps(g, now),
  };
}
