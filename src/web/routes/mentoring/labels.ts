import type { GoalHorizon, MentorKind, MentorshipStatus } from '../../../domain/mentoring/rules';

export const KIND_LABELS: Record<MentorKind, string> = {
  guardian_angel: 'Guardian angel',
  shepherd: 'Shepherd',
  board_of_directors: 'Board of directors',
  other: 'Other mentor',
};

export const KIND_HINTS: Record<MentorKind, string> = {
  guardian_angel: 'Senior, usually inside your organisation: speaks up for you where you are not in the room.',
  shepherd: 'Guides you through a stage or a transition, from experience a few steps ahead.',
  board_of_directors: 'One of several advisers, each strong in one area you want to grow in.',
  other: 'Any other kind of mentor.',
};

export const KIND_COLORS: Record<MentorKind, string> = { guardian_angel: 'grape', shepherd: 'teal', board_of_directors: 'blue', other: 'gray' };

export const STATUS_LABELS: Record<MentorshipStatus, string> = { active: 'Active', paused: 'Paused', closed: 'Closed' };
export const STATUS_COLORS: Record<MentorshipStatus, string> = { active: 'green', paused: 'yellow', closed: 'gray' };

export const HORIZON_LABELS: Record<GoalHorizon, string> = { one_year: 'One year', two_year: 'Two years', long_term: 'Long term' };

export const kindOptions = (Object.keys(KIND_LABELS) as MentorKind[]).map((k) => ({ value: k, label: KIND_LABELS[k] }));
export const horizonOptions = (Object.keys(HORIZON_LABELS) as GoalHorizon[]).map((h) => ({ value: h, label: HORIZON_LABELS[h] }));

/** '2026-11-02' → 'Nov 2, 2026', read as a calendar day (no time-zone shift). */
export const formatDay = (d: string) => new Date(`${d}T12:00:00Z`).toLocaleDateString(undefined, { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

/** Split comma-separated areas typed into a field. */
export const parseAreas = (s: string) => s.split(',').map((a) => a.trim()).filter(Boolean);
