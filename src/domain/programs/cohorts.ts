/** Cohort dates are YYYY-MM-DD strings, which compare in date order. */
export type CohortDates = { startsOn: string; endsOn: string };

/** A cohort has ended once its end date is before `today` (its last day still counts). */
export const cohortEnded = (c: Pick<CohortDates, 'endsOn'>, today: string) => c.endsOn < today;

/**
 * The cohort a coordinator works on now, for pickers that default to one (matching, inviting):
 * the earliest-starting cohort that has not ended by `today`, else the one that ended last.
 * Cohorts listed by start date made the first, long-finished cohort the default.
 */
export function workingCohort<C extends CohortDates>(cohorts: readonly C[], today: string): C | undefined {
  let open: C | undefined;
  let last: C | undefined;
  for (const c of cohorts) {
    if (!cohortEnded(c, today)) {
      if (!open || c.startsOn < open.startsOn) open = c;
    } else if (!last || c.endsOn > last.endsOn) last = c;
  }
  return open ?? last;
}

/** "Autumn cohort (ended)", "Spring cohort (starts 2027-03-01)", or the name alone while it runs; `date` formats the start date. */
export function cohortLabel(c: CohortDates & { name: string }, today: string, date: (d: string) => string = (d) => d): string {
  if (cohortEnded(c, today)) return `${c.name} (ended)`;
  if (c.startsOn > today) return `${c.name} (starts ${date(c.startsOn)})`;
  return c.name;
}
