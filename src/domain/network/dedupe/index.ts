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
export { findLikelyDuplicates, type DuplicatePair, type DuplicateReason } from './duplicates';
