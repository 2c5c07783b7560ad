import type { ListingKind } from '../../../domain/job-board/rules';

export const KIND_LABELS: Record<ListingKind, string> = {
  job: 'Job',
  internship: 'Internship',
  apprenticeship: 'Apprenticeship',
  volunteer: 'Volunteering',
  shadow_day: 'Shadow day',
};
export const KIND_COLORS: Record<ListingKind, string> = { job: 'blue', internship: 'teal', apprenticeship: 'grape', volunteer: 'orange', shadow_day: 'cyan' };
export const kindOptions = (Object.keys(KIND_LABELS) as ListingKind[]).map((k) => ({ value: k, label: KIND_LABELS[k] }));

/** "Closes 3 Mar 2027", in the reader's locale. */
export const formatDate = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
