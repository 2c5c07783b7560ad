import { Alert, Box, Button, Center, Grid, Group, Kbd, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconAlertTriangle, IconBulb } from '@tabler/icons-react';
import { useState } from 'react';
import { api } from '../api/client';
import { useToday } from '../api/follow-through';
import { HabitsPanel } from '../components/follow-through/HabitsPanel';
import { ShareFindModal } from '../components/follow-through/ShareFindModal';
import { TodayEmpty } from './today/TodayEmpty';
import { TodayGroup } from './today/TodayGroup';
import { useItemKeys } from './today/use-item-keys';
import { useFreshItems } from './today/use-fresh-items';

const longDate = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

export function TodayPage() {
  const today = useToday();
  const anyContact = useQuery({ queryKey: ['network', 'contacts', 'any'], queryFn: () => api<{ total: number }>('GET', '/contacts?limit=1'), staleTime: 60_000 });
  const [sharing, setSharing] = useState(false);
  useItemKeys();
  const d = today.data;
  const fresh = useFreshItems(d);
  const empty = d && d.counts.overdue + d.counts.dueToday + d.counts.upcoming === 0;

  return (
    <Stack gap="lg" maw={1100}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">Today</Title>
          <Text c="dimmed">{d ? longDate.format(Date.parse(`${d.today}T00:00:00Z`)) : 'What to follow through on now.'}</Text>
        </div>
        <Stack gap={6} align="flex-end">
          <Button size="xs" variant="light" leftSection={<IconBulb size={14} />} onClick={() => setSharing(true)}>Share something useful</Button>
          <Text size="xs" c="dimmed" visibleFrom="sm">
            <Kbd size="xs">j</Kbd>/<Kbd size="xs">k</Kbd> move · <Kbd size="xs">d</Kbd> done · <Kbd size="xs">s</Kbd> snooze · <Kbd size="xs">u</Kbd> undo
          </Text>
        </Stack>
      </Group>
      {today.isPending && (
        <Center py="xl" aria-busy="true">
          <Loader aria-label="Loading Today" />
        </Center>
      )}
      {today.error && (
        <Alert color="red" icon={<IconAlertTriangle />} title="Today could not be loaded" role="alert">
          <Text size="sm" mb="xs">{today.error.message}</Text>
          <Button size="xs" variant="light" color="red" onClick={() => void today.refetch()}>Try again</Button>
        </Alert>
      )}
      {d && (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 8 }}>
            {empty ? (
              <TodayEmpty hasContacts={(anyContact.data?.total ?? 0) > 0} />
            ) : (
              <Stack gap="xl">
                <TodayGroup id="group-overdue" title="Overdue" items={d.overdue} total={d.counts.overdue} today={d.today} color="red" fresh={fresh} />
                <TodayGroup id="group-today" title="Today" items={d.dueToday} total={d.counts.dueToday} today={d.today} color="teal" fresh={fresh} />
                <TodayGroup id="group-upcoming" title="Coming up this week" items={d.upcoming} total={d.counts.upcoming} today={d.today} color="gray" fresh={fresh} />
              </Stack>
            )}
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Box pos="sticky" top={76}>
              <HabitsPanel habits={d.habits} />
            </Box>
          </Grid.Col>
        </Grid>
      )}
      <ShareFindModal opened={sharing} onClose={() => setSharing(false)} />
    </Stack>
  );
}
