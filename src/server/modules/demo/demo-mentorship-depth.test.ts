import { describe, expect, it } from 'vitest';
import { demoAccount } from '../../../../tests/helpers/demo-account';
import type { MentorshipSummary } from '../../../domain/mentoring/api';
import type { MenteeSummary } from '../../../domain/mentor-directory/api';
import type { PrepResponse } from '../../../domain/mentoring/interview-prep-api';
import type { ShadowResponse } from '../../../domain/mentoring/shadow-api';
import type { HealthItem, PayItForwardResponse } from '../../../domain/mentoring/health-api';
import type { FollowUpItem } from '../../../domain/follow-through/api';

const d = demoAccount('America/New_York');
const get = d.get;

describe("the demo's mentorship depth", () => {
  it('has a shared interview preparation with the mentor’s suggestion and comment, and a held one with thank-yous on Today', async () => {
    const preps = (await get<{ items: PrepResponse[] }>('/interview-preps')).items;
    const coming = preps.find((p) => p.status === 'preparing')!;
    expect(coming.sharedWith?.mentorName).toBe('Priya Natarajan');
    expect(coming.people.length).toBeGreaterThanOrEqual(2);
    expect(coming.likelyQuestions.some((q) => q.suggestedBy === 'Priya Natarajan')).toBe(true);
    expect(coming.comments).toHaveLength(1);
    const held = preps.find((p) => p.status === 'held')!;
    const thanks = (await get<{ items: FollowUpItem[] }>('/follow-ups?source=thank_you&limit=200')).items.filter((f) => f.sourceId === held.interactionId);
    expect(thanks).toHaveLength(held.people.length);
  });

  it('has an accepted shadow day on Today, a quiet mentor with a nudge, and an ended mentorship to pay forward', async () => {
    const mentors = (await get<{ items: MentorshipSummary[] }>('/mentorships')).items;
    const priya = mentors.find((m) => m.mentorOnTrellis && m.contact?.displayName === 'Priya Natarajan')!;
    expect((await get<{ items: ShadowResponse[] }>(`/mentorships/${priya.id}/shadow-requests`)).items[0]).toMatchObject({ status: 'accepted', approvalConfirmed: true });
    expect((await get<{ items: FollowUpItem[] }>('/follow-ups?source=shadow&limit=50')).items).toHaveLength(2);
    const health = (await get<{ items: HealthItem[] }>('/mentorships/health')).items;
    expect(health.filter((h) => h.quiet).length).toBeGreaterThanOrEqual(1);
    expect((await get<{ items: FollowUpItem[] }>('/follow-ups?source=mentorship&status=open&limit=50')).items.length).toBeGreaterThanOrEqual(1);
    const ended = mentors.find((m) => m.status === 'closed')!;
    expect((await get<PayItForwardResponse>(`/mentorships/${ended.id}/pay-it-forward`)).skills).toEqual(expect.arrayContaining(['Stakeholder management']));
  });

  it('on the mentor’s side, Sam asks to shadow the demo user and shares a preparation', async () => {
    const mentees = (await get<{ items: MenteeSummary[] }>('/my-mentees')).items;
    const sam = mentees.find((m) => m.name === 'Sam Rivera')!;
    expect(sam.pendingShadowRequests).toBe(1);
    expect((await get<{ items: PrepResponse[] }>(`/my-mentees/${sam.id}/interview-preps`)).items.map((p) => p.company)).toEqual(['Fabrikam']);
  });
});
