export {
  addToMatchIndex,
  buildMatchIndex,
  companyKey,
  findMatch,
  matchKeysFor,
  nameKey,
  type MatchIndex,
  type MatchReason,
  type MatchableContact,
} from './keys';
export { mergeContacts } from './merge';
export { findLikelyDuplicates, type DuplicatePair, type DuplicateReason } from './duplicates';
