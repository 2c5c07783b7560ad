import type { PairRef } from './types';

export interface MenteeProfile {
  id: string;
  growthAreas?: string[];
  preferredIndustries?: string[];
  preferredRoles?: string[];
  languages?: string[];
  /** Hours from UTC. */
  timeZoneOffset?: number;
  managerId?: string;
  isMinor?: boolean;
  stage?: string;
  background?: string[];
  /** Opt-in to "someone unlike me". */
  wantsDifferentBackground?: boolean;
  requiresSharedLanguage?: boolean;
  excludedMentors?: string[];
}

export interface MentorProfile {
  id: string;
  capacity: number;
  skills?: string[];
  industry?: string;
  role?: string;
  languages?: string[];
  timeZoneOffset?: number;
  managerId?: string;
  /** Background-checked to mentor minors. */
  screened?: boolean;
  preferredStages?: string[];
  background?: string[];
  excludedMentees?: string[];
}

export const CRITERIA = ['growth', 'industry', 'role', 'language', 'timeZone', 'unlikeMe', 'stage'] as const;
export type Criterion = (typeof CRITERIA)[number];

/** Coordinator-set integer weight per criterion; each criterion yields 0–10 points before weighting. */
export type ScoringWeights = Partial<Record<Criterion, number>>;

export const DEFAULT_WEIGHTS: Record<Criterion, number> = {
  growth: 5,
  industry: 2,
  role: 2,
  language: 1,
  timeZone: 1,
  unlikeMe: 1,
  stage: 2,
};

export interface HardRules {
  /** Every pair must share a language (mentees can also require it individually). */
  requireSharedLanguage?: boolean;
  /** Largest allowed time-zone difference in hours. */
  maxTimeZoneGapHours?: number;
  exclusions?: PairRef[];
  /** Reporting lines for people who are neither mentee nor mentor (manager chains). */
  people?: { id: string; managerId?: string }[];
  /** Candidates kept per mentee (default 50). */
  topK?: number;
}

export interface ProfileSet {
  mentees: MenteeProfile[];
  mentors: MentorProfile[];
}
