export {
  addToMatchIndex,
  buildMatchIndex,
  companyKey,
  findMatch,
  matchKeysAndName,
  matchKeysFor,
  nameKey,
  type MatchIndex,
  type MatchKey,
  type MatchReason,
  type MatchableContact,
} from './keys';
export { mergeContacts } from './merge';
export { mergeLimitProblems, type MergeLimitField, type MergeLimitProblem } from './merge-limits';
export { findLikelyDuplicates, type DuplicatePair, type DuplicateReason } from './duplicates';
