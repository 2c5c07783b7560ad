import { describe, expect, it } from 'vitest';
import { demoAccount } from '../../../../tests/helpers/demo-account';
import type { AttendanceResponse, EventList, PeopleMetResponse, ProgramAttendance } from '../../../domain/events/api';

const d = demoAccount('America/New_York');
const get = d.get;

describe("the demo's events", () => {
  it('coordinates a program with an upcoming mixer the demo user is going to and a full workshop', async () => {
    const mine = await get<EventList>('/my-events');
    expect(mine.items.map((e) => e.title)).toEqual(['Spring networking mixer']);
    const programId = mine.items[0]!.programId;
    const upcoming = await get<EventList>(`/programs/${programId}/events`);
    expect(upcoming.items.map((e) => [e.title, e.spotsLeft])).toEqual([
      ['Spring networking mixer', 44],
      ['Negotiating your first raise', 0],
    ]);
    expect(upcoming.items[1]!.waitlisted).toBe(1);
  });

  it('attended a past panel with people met, one of them already in the network', async () => {
    const programId = (await get<EventList>('/my-events')).items[0]!.programId;
    const past = await get<EventList>(`/programs/${programId}/events?when=past`);
    const panel = past.items.find((e) => e.kind === 'panel')!;
    expect(panel.checkedIn).toBe(true);
    const met = await get<PeopleMetResponse>(`/events/${panel.id}/people-met`);
    expect(met.items.length).toBeGreaterThanOrEqual(3);
    expect(met.items.filter((p) => p.contactId !== null).map((p) => p.name)).toEqual(['Amara Okafor']);
    expect(met.interactionId).not.toBeNull();
    const door = await get<AttendanceResponse>(`/events/${panel.id}/attendance`);
    expect(door.summary).toMatchObject({ going: 8, checkedIn: 7, noShows: 2, walkIns: 1 });
    const chart = await get<ProgramAttendance>(`/programs/${programId}/event-attendance`);
    expect(chart.items.map((i) => i.title)).toEqual(['Autumn open house', 'Career paths panel']);
  });
});
