import { describe, expect, it } from 'vitest';
import { buildQuestions, defaultQuestionsToAsk, LIKELY_QUESTION_BANK, NEXT_STEPS_KEY, prepareDueOn, practiceProgress, QUESTIONS_TO_ASK_BANK, withNextSteps, type PrepQuestion } from './interview-prep';

let n = 0;
const key = () => `k${++n}`;

describe('interview preparation rules', () => {
  it('the banks hold the classic questions and next steps comes first among questions to ask', () => {
    expect(LIKELY_QUESTION_BANK.map((q) => q.key)).toEqual(expect.arrayContaining(['about_yourself', 'why_company', 'challenge', 'strengths', 'weakness']));
    expect(QUESTIONS_TO_ASK_BANK[0]!.key).toBe(NEXT_STEPS_KEY);
    expect(defaultQuestionsToAsk(key).map((q) => q.bankKey)).toContain(NEXT_STEPS_KEY);
  });

  it('builds lists from bank keys and custom text, collapses duplicates, keeps keys and who suggested', () => {
    const existing: PrepQuestion[] = [{ key: 'm1', text: 'Mentor idea?', bankKey: null, answer: null, suggestedBy: 'Olu' }];
    const { questions, errors } = buildQuestions(
      LIKELY_QUESTION_BANK,
      [{ bankKey: 'strengths', text: 'ignored text', answer: '  Listening  ' }, { bankKey: 'strengths' }, { key: 'm1', text: 'Mentor idea?' }, { text: 'MENTOR IDEA?' }, { bankKey: 'missing' }, { text: '   ' }],
      existing,
      key,
    );
    expect(questions.map((q) => [q.text, q.answer, q.suggestedBy])).toEqual([
      ['What are your greatest strengths?', 'Listening', null],
      ['Mentor idea?', null, 'Olu'],
    ]);
    expect(questions[1]!.key).toBe('m1');
    expect(errors).toEqual([{ index: 4, message: 'No such built-in question' }, { index: 5, message: 'Write the question, or pick one from the list' }]);
  });

  it('puts the next-steps question back when it is left out, once', () => {
    const back = withNextSteps([], key);
    expect(back.map((q) => q.bankKey)).toEqual([NEXT_STEPS_KEY]);
    expect(withNextSteps(back, key)).toHaveLength(1);
  });

  it('practice progress and the prepare day (the day before, never in the past)', () => {
    expect(practiceProgress([{ key: 'a', text: 'x', bankKey: null, answer: 'y', suggestedBy: null }, { key: 'b', text: 'z', bankKey: null, answer: null, suggestedBy: null }])).toEqual({ answered: 1, total: 2 });
    expect(prepareDueOn('2026-12-10', '2026-12-01')).toBe('2026-12-09');
    expect(prepareDueOn('2026-03-01', '2026-02-01')).toBe('2026-02-28');
    expect(prepareDueOn('2026-12-10', '2026-12-10')).toBe('2026-12-10');
  });
});
