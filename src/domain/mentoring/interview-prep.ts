/**
 * Interview preparation (seed 002: "discuss what questions might arise and how to answer them;
 * review questions to ask the interviewer, including the question about follow-up"). Pure rules:
 * the built-in banks and how a preparation's question lists are put together.
 */

export const PREP_ROLES = ['interviewer', 'recruiter', 'hr', 'arranged_by'] as const;
export type PrepRole = (typeof PREP_ROLES)[number];
export const PREP_STATUSES = ['preparing', 'held'] as const;
export type PrepStatus = (typeof PREP_STATUSES)[number];

export type BankQuestion = { key: string; text: string; hint: string };

/** Questions an interviewer is likely to ask; the user writes a practice answer for each they pick. */
export const LIKELY_QUESTION_BANK: readonly BankQuestion[] = [
  { key: 'about_yourself', text: 'Tell me about yourself.', hint: 'Two minutes: where you are now, what you did before, why this role is the next step.' },
  { key: 'why_company', text: 'Why do you want to work here?', hint: 'Name something specific you learned in your research.' },
  { key: 'why_role', text: 'Why are you interested in this role?', hint: 'Connect the role to your goals and what you are good at.' },
  { key: 'challenge', text: 'Tell me about a challenge you overcame.', hint: 'Situation, task, action, result: end with what you learned.' },
  { key: 'strengths', text: 'What are your greatest strengths?', hint: 'Two strengths, each with a short example.' },
  { key: 'weakness', text: 'What is a weakness you are working on?', hint: 'A real one, and what you are doing about it.' },
  { key: 'conflict', text: 'Describe a time you disagreed with a colleague.', hint: 'Show you listened and found a way forward.' },
  { key: 'failure', text: 'Tell me about a time you failed.', hint: 'Own it, and say what you changed afterwards.' },
  { key: 'five_years', text: 'Where do you see yourself in five years?', hint: 'Growth you want, that this role helps with.' },
  { key: 'why_hire', text: 'Why should we hire you?', hint: 'Match three of their needs with what you bring.' },
];

export const NEXT_STEPS_KEY = 'next_steps';

/** Questions to ask the interviewer. Next steps and timeline is always on the list (seed 002). */
export const QUESTIONS_TO_ASK_BANK: readonly BankQuestion[] = [
  { key: NEXT_STEPS_KEY, text: 'What are the next steps in the process, and when can I expect to hear from you?', hint: 'Ask it if they have not said so by the end: then you know when to follow up.' },
  { key: 'typical_day', text: 'What does a typical day in this role look like?', hint: 'Listen for what you would actually spend time on.' },
  { key: 'success', text: 'What would success look like in the first six months?', hint: 'Shows you think about results.' },
  { key: 'team', text: 'Can you tell me about the team I would work with?', hint: '' },
  { key: 'challenges', text: 'What are the biggest challenges facing the team right now?', hint: '' },
  { key: 'growth', text: 'How do people in this role learn and grow here?', hint: '' },
  { key: 'culture', text: 'What do you enjoy most about working here?', hint: 'People like answering this one.' },
];

const LIKELY_DEFAULTS = ['about_yourself', 'why_company', 'challenge', 'strengths', 'weakness'];
const ASK_DEFAULTS = [NEXT_STEPS_KEY, 'typical_day', 'success'];

export const bankQuestion = (bank: readonly BankQuestion[], key: string) => bank.find((q) => q.key === key) ?? null;

export type PrepQuestionInput = { bankKey?: string | null; text?: string | null; answer?: string | null; key?: string | null };
export type PrepQuestion = { key: string; text: string; bankKey: string | null; answer: string | null; suggestedBy: string | null };
export type QuestionError = { index: number; message: string };

/**
 * Builds a question list from what the client sent: a built-in question by `bankKey` (its text
 * comes from the bank), or a custom one by `text`. Keys of existing questions are kept (so a
 * mentor's suggestion stays attributed); new ones get `newKey()`. Duplicates (same bank key or the
 * same text) collapse into the first.
 */
export function buildQuestions(
  bank: readonly BankQuestion[],
  input: readonly PrepQuestionInput[],
  existing: readonly PrepQuestion[],
  newKey: () => string,
): { questions: PrepQuestion[]; errors: QuestionError[] } {
  const out: PrepQuestion[] = [];
  const errors: QuestionError[] = [];
  const seen = new Set<string>();
  input.forEach((q, index) => {
    const fromBank = q.bankKey ? bankQuestion(bank, q.bankKey) : null;
    if (q.bankKey && !fromBank) return errors.push({ index, message: 'No such built-in question' });
    const text = fromBank ? fromBank.text : (q.text ?? '').trim();
    if (!text) return errors.push({ index, message: 'Write the question, or pick one from the list' });
    const id = fromBank ? `bank:${fromBank.key}` : `text:${text.toLowerCase()}`;
    if (seen.has(id)) return;
    seen.add(id);
    const before = q.key ? existing.find((e) => e.key === q.key) : undefined;
    out.push({ key: before?.key ?? newKey(), text, bankKey: fromBank?.key ?? null, answer: q.answer?.trim() || null, suggestedBy: before?.suggestedBy ?? null });
  });
  return { questions: out, errors };
}

/** The next-steps question cannot be left out: it goes back at the end when missing. */
export function withNextSteps(questions: readonly PrepQuestion[], newKey: () => string): PrepQuestion[] {
  if (questions.some((q) => q.bankKey === NEXT_STEPS_KEY)) return [...questions];
  return [...questions, { key: newKey(), text: bankQuestion(QUESTIONS_TO_ASK_BANK, NEXT_STEPS_KEY)!.text, bankKey: NEXT_STEPS_KEY, answer: null, suggestedBy: null }];
}

export function defaultLikelyQuestions(newKey: () => string): PrepQuestion[] {
  return LIKELY_DEFAULTS.map((k) => ({ key: newKey(), text: bankQuestion(LIKELY_QUESTION_BANK, k)!.text, bankKey: k, answer: null, suggestedBy: null }));
}

export function defaultQuestionsToAsk(newKey: () => string): PrepQuestion[] {
  return ASK_DEFAULTS.map((k) => ({ key: newKey(), text: bankQuestion(QUESTIONS_TO_ASK_BANK, k)!.text, bankKey: k, answer: null, suggestedBy: null }));
}

/** How far along the practice is: answered likely questions out of all. */
export function practiceProgress(questions: readonly PrepQuestion[]) {
  return { answered: questions.filter((q) => q.answer).length, total: questions.length };
}

/** The day before the interview (local date), when the "prepare" step is due; today when that is already past. */
export function prepareDueOn(interviewDay: string, today: string): string {
  const d = new Date(`${interviewDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  const before = d.toISOString().slice(0, 10);
  return before < today ? today : before;
}

export const ROLE_LABELS: Record<PrepRole, string> = { interviewer: 'Interviewer', recruiter: 'Recruiter', hr: 'HR', arranged_by: 'Arranged it' };
