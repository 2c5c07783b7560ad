import {
  IconBriefcase,
  IconCalendarEvent,
  IconCoffee,
  IconDots,
  IconMail,
  IconMessageQuestion,
  IconPhone,
  IconSalad,
  IconUsersGroup,
  IconVideo,
  type Icon,
} from '@tabler/icons-react';
import { CIRCLES, INTERACTION_KINDS, LEVELS, PARTICIPANT_ROLES } from '../../../domain/network/api';

type Circle = (typeof CIRCLES)[number];
type Kind = (typeof INTERACTION_KINDS)[number];
type Level = (typeof LEVELS)[number];
type Role = (typeof PARTICIPANT_ROLES)[number];

export const CIRCLE_LABELS: Record<Circle, string> = {
  mentor: 'Mentor',
  colleague: 'Colleague',
  customer: 'Customer',
  vendor: 'Vendor',
  management: 'Management',
  former_colleague: 'Former colleague',
  industry_peer: 'Industry peer',
  friend_family: 'Friend / family',
  other: 'Other',
};

export const CIRCLE_COLORS: Record<Circle, string> = {
  mentor: 'grape',
  colleague: 'blue',
  customer: 'orange',
  vendor: 'yellow',
  management: 'indigo',
  former_colleague: 'cyan',
  industry_peer: 'teal',
  friend_family: 'pink',
  other: 'gray',
};

export const LEVEL_LABELS: Record<Level, string> = {
  student: 'Student',
  entry: 'Entry level',
  mid: 'Mid level',
  senior: 'Senior',
  executive: 'Executive',
};

export const KIND_LABELS: Record<Kind, string> = {
  coffee: 'Coffee',
  lunch: 'Lunch',
  call: 'Call',
  email: 'E-mail',
  video_call: 'Video call',
  meeting: 'Meeting',
  event: 'Event',
  informational_interview: 'Informational interview',
  job_interview: 'Job interview',
  other: 'Other',
};

export const KIND_ICONS: Record<Kind, Icon> = {
  coffee: IconCoffee,
  lunch: IconSalad,
  call: IconPhone,
  email: IconMail,
  video_call: IconVideo,
  meeting: IconUsersGroup,
  event: IconCalendarEvent,
  informational_interview: IconMessageQuestion,
  job_interview: IconBriefcase,
  other: IconDots,
};

export const ROLE_LABELS: Record<Role, string> = {
  interviewer: 'Interviewer',
  recruiter: 'Recruiter',
  hr: 'HR',
  arranged_by: 'Arranged by',
  attendee: 'Attendee',
};

export const circleOptions = CIRCLES.map((c) => ({ value: c, label: CIRCLE_LABELS[c] }));
export const levelOptions = LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] }));
export const kindOptions = INTERACTION_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }));
export const roleOptions = PARTICIPANT_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));
