import { describe, expect, it } from 'vitest';
import { isInAppLink, news, shorten } from './index';

describe('inbox texts', () => {
  it('keeps links inside the app', () => {
    expect(isInAppLink('/mentoring/abc')).toBe(true);
    expect(isInAppLink('/mentoring?tab=requests')).toBe(true);
    expect(isInAppLink('//evil.example/x')).toBe(false);
    expect(isInAppLink('/\\evil.example')).toBe(false);
    expect(isInAppLink('https://evil.example')).toBe(false);
    expect(isInAppLink('javascript:alert(1)')).toBe(false);
    expect(isInAppLink('/a b')).toBe(false);
  });

  it('shortens at a word boundary with an ellipsis, and flattens whitespace', () => {
    expect(shorten('short', 10)).toBe('short');
    expect(shorten('one two\n\nthree', 50)).toBe('one two three');
    const s = shorten('alpha beta gamma delta epsilon', 20);
    expect(s.length).toBeLessThanOrEqual(20);
    expect(s).toBe('alpha beta gamma…');
  });

  it('tells a thread post to the other party, with the right place to read it', () => {
    const base = { postId: 'p1', mentorshipId: 'm1', menteeUserId: 'mentee', mentorUserId: 'mentor', body: 'Hi', title: null };
    expect(news.threadPost({ ...base, authorUserId: 'mentee', kind: 'message' })).toMatchObject({ userId: 'mentor', title: '{actor} asked you a question', link: '/mentoring?tab=mentees' });
    expect(news.threadPost({ ...base, authorUserId: 'mentor', kind: 'article', title: 'Read this' })).toMatchObject({ userId: 'mentee', title: '{actor} shared an article: Read this', link: '/mentoring/m1' });
    // Given the mentor's own id for the mentee, the mentor's link opens that mentee's page.
    expect(news.threadPost({ ...base, authorUserId: 'mentee', kind: 'message', mentorMenteeId: 'mm7' })).toMatchObject({ userId: 'mentor', link: '/mentoring/mentees/mm7' });
  });

  it('tells each side of a match what they need, the guardian in the third person', () => {
    const base = { runId: 'r', programId: 'p', programName: 'Teens', menteeMemberId: 'mm', menteeName: 'Tia', mentorName: 'Sam' };
    const titles = (['mentor', 'mentee', 'guardian'] as const).map((as) => news.matchPublished({ ...base, as, recipientUserId: as }).title);
    expect(titles).toEqual(['You are matched with Tia in Teens', 'You are matched with Sam in Teens', 'Tia is matched with Sam in Teens']);
    const keys = new Set((['mentor', 'mentee', 'guardian'] as const).map((as) => news.matchPublished({ ...base, as, recipientUserId: 'same' }).dedupeKey));
    expect(keys.size).toBe(3);
  });

  it('says nothing when nothing is due, and counts overdue with today', () => {
    expect(news.dueToday({ userId: 'u', localDate: '2026-12-01', overdue: 0, today: 0, titles: [] })).toBeNull();
    const n = news.dueToday({ userId: 'u', localDate: '2026-12-01', overdue: 2, today: 3, titles: ['a', 'b', 'c', 'd', 'e'] })!;
    expect(n).toMatchObject({ title: '3 due today, 2 overdue', link: '/', dedupeKey: 'due_today:2026-12-01' });
    expect(n.body).toBe('a · b · c · and 2 more');
    expect(news.dueToday({ userId: 'u', localDate: 'd', overdue: 0, today: 1, titles: ['x'] })).toMatchObject({ title: '1 thing due today', body: 'x' });
    expect(news.dueToday({ userId: 'u', localDate: 'd', overdue: 4, today: 0, titles: [] })).toMatchObject({ title: '4 things overdue', body: null });
  });
});
