/** A mentee/mentor pair, by id. */
export interface PairRef {
  mentee: string;
  mentor: string;
}

export interface ScoredEdge extends PairRef {
  /** Non-negative integer compatibility score. */
  score: number;
  /** Points per criterion when the edge came from profile scoring. */
  breakdown?: Record<string, number>;
}

/** A pre-scored instance: only candidate pairs appear in `edges`. */
export interface MatchingInstance {
  mentees: { id: string }[];
  mentors: { id: string; capacity: number }[];
  edges: ScoredEdge[];
}

export type MatchingMode = 'score' | 'coverage';

export interface SolveOptions {
  /** `score` maximises total score; `coverage` matches as many mentees as possible first. */
  mode?: MatchingMode;
  /** Pairs that must be in the result. */
  pinned?: PairRef[];
  /** Pairs that must not be in the result. */
  forbidden?: PairRef[];
  /** Last run's assignment: kept wherever that costs no score. */
  previous?: PairRef[];
  /** Alternatives explained per mentee (0 disables explanations). Default 3. */
  explainTop?: number;
  /** Force the auction warm start on (true) or off (false); by default it runs unless all scores are small (see core.ts). Used by tests. */
  warmStart?: boolean;
  /** Tuning of the auction's shrunk rows (used by tests to force either kind; see `CandidateSubsetOptions` in core.ts). */
  candidateSubset?: { k: number; later: number; minHosted: number; minReach?: number; minMentees?: number };
}

/**
 * Compact index form used by the solver: mentees 0..n-1, mentors 0..m-1,
 * candidate edges grouped by mentee (CSR).
 */
export interface CompiledInstance {
  nMentees: number;
  nMentors: number;
  capacity: Int32Array;
  /** Length n+1; edges of mentee i are rowStart[i]..rowStart[i+1]-1. */
  rowStart: Int32Array;
  edgeMentor: Int32Array;
  /** Non-negative integers stored as doubles (exact below 2^53). */
  edgeScore: Float64Array;
}

/** Primal-dual pair returned by the core solver, in the solver's (possibly transformed) score units. */
export interface CoreSolution {
  /** Edge index assigned to each mentee, or -1. */
  mateEdge: Int32Array;
  /** Mentee duals u_i >= 0. */
  u: Float64Array;
  /** Mentor duals v_j >= 0: the marginal value of one more slot at j. */
  v: Float64Array;
  objective: number;
  stats: CoreStats;
}

export interface CoreStats {
  /** Warm start: the auction, plus the exact solve of the candidate subset when that is used. */
  auctionMs: number;
  /** The full-instance exact stage. */
  exactMs: number;
  bids: number;
  phases: number;
  /** Mentees/mentors the auction left out of complementary slackness, repaired exactly. */
  repairs: number;
  dijkstraRounds: number;
  /** Repairs in the full-instance exact stage (after the reduced-candidate solve, when used). */
  fullRepairs: number;
  /** Exact-stage work in nodes settled or visited (both stages): steadier than time on a shared machine. */
  exactWork: number;
}

export interface CertificateCheck {
  valid: boolean;
  primalObjective: number;
  dualObjective: number;
  /** Human-readable reasons when invalid (at most a few). */
  problems: string[];
}

export interface Certificate extends CertificateCheck {
  /** How solver scores relate to input scores: solverScore = (score*scale + keepBonus) + matchBonus. */
  transform: { scale: number; keepBonus: number; matchBonus: number };
  /** Dual value per mentee id (only mentees with u > 0 are listed). */
  menteeDuals: Record<string, number>;
  /** Dual value per mentor id: marginal value of one slot (only v > 0 listed). */
  mentorDuals: Record<string, number>;
}

export interface Assignment extends ScoredEdge {
  pinned?: boolean;
  kept?: boolean;
}

export interface BetterMentorNote {
  mentor: string;
  score: number;
  reason: string;
}

export interface MenteeExplanation {
  mentee: string;
  mentor: string | null;
  score: number;
  betterMentors: BetterMentorNote[];
}

export interface MatchingResult {
  mode: MatchingMode;
  /** Total input score of the assignment (pinned pairs included). */
  objective: number;
  matchedCount: number;
  assignments: Assignment[];
  unmatched: string[];
  certificate: Certificate;
  explanations?: MenteeExplanation[];
  keptFromPrevious?: number;
  warnings: string[];
  stats: CoreStats & { totalMs: number };
}
