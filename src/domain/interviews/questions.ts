/**
 * The built-in question bank, from the informational-interview seed: start with where they are
 * from and how they got here, let the conversation flow where they take it. Ids are stable
 * (`builtin:<slug>`): picks and notes refer to them.
 */
export type BuiltInQuestion = { id: string; text: string };

export const BUILT_IN_PREFIX = 'builtin:';

export const BUILT_IN_QUESTIONS: readonly BuiltInQuestion[] = [
  { id: 'builtin:where-from', text: 'Where are you from, and where are you now?' },
  { id: 'builtin:how-got-here', text: 'How did you get to where you are today?' },
  { id: 'builtin:expected', text: 'Where did you think you would be at this point?' },
  { id: 'builtin:learned', text: 'What have you learned along the way?' },
  { id: 'builtin:day-in-life', text: 'What does a day in the life of your job look like?' },
  { id: 'builtin:best-worst', text: 'What are the best and the worst parts of your work?' },
  { id: 'builtin:differently', text: 'What would you do differently if you were starting out today?' },
];

export const isBuiltInQuestionId = (id: string) => id.startsWith(BUILT_IN_PREFIX);
export const findBuiltInQuestion = (id: string) => BUILT_IN_QUESTIONS.find((q) => q.id === id);

/** The first three built-ins: a sensible starting set for a 5–10 minute conversation. */
export const DEFAULT_QUESTION_IDS: readonly string[] = BUILT_IN_QUESTIONS.slice(0, 3).map((q) => q.id);

/**
 * The interaction summary logged when an interview is held: each answered question with its
 * notes, so the thank-you recap prompt quotes what was actually said.
 */
export function summaryFromNotes(picks: readonly { text: string; notes: string | null }[], maxLength = 20_000): string | null {
  const lines = picks.filter((p) => p.notes?.trim()).map((p) => `${p.text} ${p.notes!.trim()}`);
  if (lines.length === 0) return null;
  const text = lines.join('\n');
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
