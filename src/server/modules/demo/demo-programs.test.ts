import { describe, expect, it } from 'vitest';
import { demoAccount } from '../../../../tests/helpers/demo-account';
import type { MentorshipResponse, MentorshipSummary } from '../../../domain/mentoring/api';
import type { HealthResponse, ProgramSummary } from '../../../domain/programs/api';

const d = demoAccount('Europe/London');
const get = d.get;

describe("the demo's program matches", () => {
  it('are mentorships: the demo user meets Amara, and Jamal’s match with Daniel is quiet on the Health tab', async () => {
    const program = (await get<{ items: ProgramSummary[] }>('/programs')).items.find((p) => p.name === 'Young professionals')!;
    const h = await get<HealthResponse>(`/programs/${program.id}/health`);
    expect(h.matchActivity).toMatchObject({ meetingMonthly: 1, quiet: 1, goals: { shared: 2, achieved: 0 } });
    expect(h.matchActivity.quietMatches.map((q) => [q.menteeName, q.mentorName])).toEqual([['Jamal Hughes', 'Daniel Kim']]);
    const amara = (await get<{ items: MentorshipSummary[] }>('/mentorships')).items.find((m) => m.contact?.displayName === 'Amara Okafor')!;
    expect((await get<MentorshipResponse>(`/mentorships/${amara.id}`)).meetings).toHaveLength(3);
  });
});
