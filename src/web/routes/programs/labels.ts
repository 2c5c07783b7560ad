import type { MemberRole } from '../../../domain/programs/rules';

export const ROLE_LABELS: Record<MemberRole, string> = { coordinator: 'Coordinator', mentor: 'Mentor', mentee: 'Mentee', guardian: 'Guardian' };
export const ROLE_COLORS: Record<MemberRole, string> = { coordinator: 'grape', mentor: 'teal', mentee: 'blue', guardian: 'orange' };
export const roleOptions = (Object.keys(ROLE_LABELS) as MemberRole[]).map((value) => ({ value, label: ROLE_LABELS[value] }));

export const CHECK_LABELS: Record<string, string> = { not_started: 'Not started', pending: 'Pending', cleared: 'Cleared', failed: 'Failed' };
export const checkOptions = Object.entries(CHECK_LABELS).map(([value, label]) => ({ value, label }));

export const STAGE_LABELS: Record<string, string> = { student: 'Student', early_career: 'Early career', mid_career: 'Mid career', career_changer: 'Career changer', returner: 'Returning to work' };
export const stageOptions = Object.entries(STAGE_LABELS).map(([value, label]) => ({ value, label }));

export const CRITERION_LABELS: Record<string, string> = {
  growth: 'Growth areas',
  industry: 'Industry',
  role: 'Role',
  language: 'Language',
  timeZone: 'Time zone',
  unlikeMe: 'Unlike me',
  stage: 'Career stage',
};
export const CRITERION_HINTS: Record<string, string> = {
  growth: 'Share of the mentee’s growth areas the mentor has honed',
  industry: 'Mentor’s industry is one the mentee prefers',
  role: 'Mentor’s role is one the mentee prefers',
  language: 'At least one shared language',
  timeZone: 'Closer time zones score higher',
  unlikeMe: 'Different background, for mentees who ask for it',
  stage: 'Mentor prefers the mentee’s career stage',
};

/** Commas or new lines separate tags typed as text. */
export const formatDate = (d: string) => new Date(`${d}T00:00:00Z`).toLocaleDateString(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
