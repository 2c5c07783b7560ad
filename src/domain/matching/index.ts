export { solveMatching } from './solve';
export { solveCompiled, type CoreOptions } from './core';
export { verifyCertificate } from './certificate';
export { greedyAssign, assignmentValue, matchedCount } from './greedy';
export { compileInstance, MatchingInputError, type IndexedInstance } from './compile';
export { scoreProfiles, criterionPoints, hardRuleViolation } from './scoring';
export { parseMatchingInput, type ParsedInput } from './schema';
export * from './profiles';
export type * from './types';

import { compileInstance } from './compile';
import { assignmentValue, greedyAssign, matchedCount } from './greedy';
import type { MatchingInstance } from './types';

/** Greedy baseline on a pre-scored instance: best pairs first, no look-ahead. */
export function greedyBaseline(instance: MatchingInstance): { objective: number; matchedCount: number } {
  const { compiled } = compileInstance(instance);
  const mate = greedyAssign(compiled);
  return { objective: assignmentValue(compiled, mate), matchedCount: matchedCount(mate) };
}
