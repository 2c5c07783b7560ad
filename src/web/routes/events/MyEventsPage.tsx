import { Alert, Button, Card, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { Link } from 'react-router';
import { Loading } from '../../components/Loading';
import { useMyEvents } from './api';
import { EventCard } from './EventCard';
import { useViewerZone } from './useViewerZone';

/** Upcoming events I (or my ward) am going to, across my programs. */
export function MyEventsPage() {
  const list = useMyEvents();
  const zone = useViewerZone();
  const items = list.data?.items ?? [];
  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">My events</Title>
        <Text c="dimmed">Upcoming panels, workshops and mixers you said you would go to, in your time zone ({zone}). They are in your calendar feed too.</Text>
      </div>
      {list.isPending && <Loading label="Loading your events" />}
      {list.error && <Alert color="red" role="alert">{list.error.message}</Alert>}
      {list.data && items.length === 0 && (
        <Card withBorder padding="xl" radius="md">
          <Stack align="center" gap="sm" ta="center">
            <ThemeIcon size={48} radius="xl" variant="light"><IconCalendarEvent size={28} /></ThemeIcon>
            <Title order={2} size="h4">Nothing planned yet</Title>
            <Text c="dimmed" maw={520}>Events are run by programs. Open a program’s Events tab to see what is coming up and RSVP.</Text>
            <Button component={Link} to="/programs" variant="light">Go to my programs</Button>
          </Stack>
        </Card>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {items.map((e) => <EventCard key={e.id} e={e} zone={zone} showProgram />)}
      </SimpleGrid>
    </Stack>
  );
}
