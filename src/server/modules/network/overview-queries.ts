import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { contacts } from '../../db/schema/network';

/** One row per group of one GROUPING SET; exactly one `g*` flag is 0 except on the grand-total row. */
type GroupRow = {
  g_circle: number;
  g_employer: number;
  g_level: number;
  g_industry: number;
  g_company: number;
  g_recency: number;
  circle: string | null;
  employer: string | null;
  level: string | null;
  industry: string | null;
  company: string | null;
  recency: string | null;
  n: number;
  starred: number;
  out_of_touch: number;
};

export type OverviewGroups = {
  total: number;
  starred: number;
  /** Known for six months or more and not contacted in the last six months. */
  outOfTouch: number;
  circle: Map<string, number>;
  employer: Map<string, number>;
  level: Map<string, number>;
  /** Display name (first spelling seen) → count; spellings differing only in case are one group. */
  industry: [string, number][];
  company: [string, number][];
  recency: Map<string, number>;
};

/**
 * Every count of the overview in one statement: the caller's live contacts are classified once
 * (recency relative to `now`), then counted per dimension with GROUPING SETS.
 */
export async function countNetworkGroups(db: DbOrTx, userId: string, now: Date): Promise<OverviewGroups> {
  const at = now.toISOString();
  const query = sql`
    WITH c AS (
      SELECT coalesce(${contacts.circle}, 'none') AS circle,
             coalesce(${contacts.employer}, 'unknown') AS employer,
             coalesce(${contacts.level}, 'unknown') AS level,
             nullif(btrim(${contacts.industry}), '') AS industry,
             nullif(btrim(${contacts.company}), '') AS company,
             CASE
               WHEN ${contacts.lastInteractionAt} IS NULL THEN 'never'
               WHEN ${contacts.lastInteractionAt} >= ${at}::timestamptz - interval '30 days' THEN 'last_30_days'
               WHEN ${contacts.lastInteractionAt} >= ${at}::timestamptz - interval '3 months' THEN '1_3_months'
               WHEN ${contacts.lastInteractionAt} >= ${at}::timestamptz - interval '6 months' THEN '3_6_months'
               WHEN ${contacts.lastInteractionAt} >= ${at}::timestamptz - interval '12 months' THEN '6_12_months'
               ELSE 'over_a_year'
             END AS recency,
             ${contacts.starred} AS starred,
             coalesce(${contacts.lastInteractionAt}, ${contacts.createdAt}) < ${at}::timestamptz - interval '6 months' AS out_of_touch
        FROM ${contacts}
       WHERE ${contacts.userId} = ${userId} AND ${contacts.deletedAt} IS NULL
    )
    SELECT grouping(circle) AS g_circle, grouping(employer) AS g_employer, grouping(level) AS g_level,
           grouping(lower(industry)) AS g_industry, grouping(lower(company)) AS g_company, grouping(recency) AS g_recency,
           circle, employer, level, min(industry) AS industry, min(company) AS company, recency,
           count(*)::int AS n,
           (count(*) FILTER (WHERE starred))::int AS starred,
           (count(*) FILTER (WHERE out_of_touch))::int AS out_of_touch
      FROM c
     GROUP BY GROUPING SETS ((circle), (employer), (level), (lower(industry)), (lower(company)), (recency), ())
     ORDER BY n DESC, industry, company`;
  const { rows } = (await db.execute(query)) as unknown as { rows: GroupRow[] };

  const out: OverviewGroups = {
    total: 0,
    starred: 0,
    outOfTouch: 0,
    circle: new Map(),
    employer: new Map(),
    level: new Map(),
    industry: [],
    company: [],
    recency: new Map(),
  };
  for (const r of rows) {
    const n = Number(r.n);
    if (Number(r.g_circle) === 0) out.circle.set(r.circle!, n);
    else if (Number(r.g_employer) === 0) out.employer.set(r.employer!, n);
    else if (Number(r.g_level) === 0) out.level.set(r.level!, n);
    else if (Number(r.g_industry) === 0) pushNamed(out.industry, r.industry, n);
    else if (Number(r.g_company) === 0) pushNamed(out.company, r.company, n);
    else if (Number(r.g_recency) === 0) out.recency.set(r.recency!, n);
    else {
      out.total = n;
      out.starred = Number(r.starred);
      out.outOfTouch = Number(r.out_of_touch);
    }
  }
  return out;
}

/** The group of contacts with no industry (or company) is not a name to chart. */
function pushNamed(list: [string, number][], name: string | null, n: number) {
  if (name !== null) list.push([name, n]);
}
