import { BarChart } from '@mantine/charts';
import { Alert, Button, Card, Group, SegmentedControl, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCalendarEvent, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { ProgramResponse } from '../../../domain/programs/api';
import { Loading } from '../../components/Loading';
import { useAttendanceChart, useProgramEvents } from './api';
import { EventCard } from './EventCard';
import { EventFormModal } from './EventFormModal';
import { useViewerZone } from './useViewerZone';

/** Attendance across the program's started events: who came as planned, who walked in, who did not show. */
function AttendanceChart({ programId }: { programId: string }) {
  const chart = useAttendanceChart(programId, true);
  if (chart.isPending) return <Loading label="Loading attendance" />;
  if (chart.error) return <Alert color="red" role="alert">{chart.error.message}</Alert>;
  const items = chart.data.items;
  return (
    <Card withBorder radius="md">
      <Title order={2} size="h5" mb="sm">Attendance across events</Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">No event has happened yet. After the first one, you will see here who came, who walked in and who did not show.</Text>
      ) : items.every((i) => i.going === 0 && i.checkedIn === 0) ? (
        // An empty grid of bars says nothing; say it in words.
        <Text size="sm" c="dimmed">{`${items.length === 1 ? 'One event has' : `${items.length} events have`} started, but nobody RSVPed going or was checked in yet. Tick who came on an event's check-in page, and it shows here.`}</Text>
      ) : (
        <BarChart
          h={Math.max(180, items.length * 44 + 60)}
          data={items.map((i) => ({ event: i.title.length > 22 ? `${i.title.slice(0, 21)}…` : i.title, 'Came as RSVPed': i.checkedIn - i.walkIns, 'Walk-ins': i.walkIns, 'No-shows': i.noShows }))}
          dataKey="event"
          type="stacked"
          orientation="vertical"
          yAxisProps={{ width: 140 }}
          xAxisProps={{ allowDecimals: false }}
          withLegend
          series={[
            { name: 'Came as RSVPed', color: 'teal.6' },
            { name: 'Walk-ins', color: 'blue.5' },
            { name: 'No-shows', color: 'gray.4' },
          ]}
        />
      )}
    </Card>
  );
}

/** The program's Events tab: upcoming and past events, a new event for coordinators, the attendance chart. */
export function EventsPanel({ p }: { p: ProgramResponse }) {
  const coordinator = p.myRoles.includes('coordinator');
  const [when, setWhen] = useState<'upcoming' | 'past'>('upcoming');
  const [creating, setCreating] = useState(false);
  const list = useProgramEvents(p.id, when);
  const zone = useViewerZone();
  const items = list.data?.items ?? [];
  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <SegmentedControl
          value={when}
          onChange={(v) => setWhen(v as 'upcoming' | 'past')}
          data={[
            { value: 'upcoming', label: 'Upcoming' },
            { value: 'past', label: 'Past' },
          ]}
          aria-label="Which events"
        />
        {coordinator && <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>New event</Button>}
      </Group>
      {list.isPending && <Loading label="Loading events" />}
      {list.error && <Alert color="red" role="alert">{list.error.message}</Alert>}
      {list.data && items.length === 0 && (
        <Card withBorder padding="xl" radius="md">
          <Stack align="center" gap="sm" ta="center">
            <ThemeIcon size={48} radius="xl" variant="light"><IconCalendarEvent size={28} /></ThemeIcon>
            <Title order={3} size="h4">{when === 'upcoming' ? 'No upcoming events' : 'No past events'}</Title>
            <Text c="dimmed" maw={520}>
              {coordinator
                ? 'Panels, workshops, mixers, open houses and meet-ups: create one, and members answer, get a calendar invite, and are checked in at the door.'
                : 'When the coordinators plan a panel, workshop or mixer for you, it shows here.'}
            </Text>
            {coordinator && when === 'upcoming' && <Button onClick={() => setCreating(true)}>Create an event</Button>}
          </Stack>
        </Card>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {items.map((e) => <EventCard key={e.id} e={e} zone={zone} />)}
      </SimpleGrid>
      {coordinator && <AttendanceChart programId={p.id} />}
      {coordinator && <EventFormModal program={p} event={null} opened={creating} onClose={() => setCreating(false)} />}
    </Stack>
  );
}
