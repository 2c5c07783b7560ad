import { Alert, Badge, Button, Center, Group, Loader, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMentorships } from '../api/mentoring';
import { useRequestCounts } from '../api/mentor-directory';
import { MentorProfilePanel } from './mentor-directory/MentorProfilePanel';
import { MyMenteesPanel } from './mentor-directory/MyMenteesPanel';
import { RequestsPanel } from './mentor-directory/RequestsPanel';
import { ActionItemsPanel } from './mentoring/ActionItemsPanel';
import { BoardPanel } from './mentoring/BoardPanel';
import { GoalsPanel } from './mentoring/GoalsPanel';
import { MentorCard } from './mentoring/MentorCard';
import { MentorFirstSteps } from './mentoring/MentorFirstSteps';
import { NewMentorModal } from './mentoring/NewMentorModal';
import { WishListPanel } from './mentoring/WishListPanel';
import { InterviewPrepsPanel } from './mentoring/InterviewPrepsPanel';

type Tab = 'mentors' | 'goals' | 'interviews' | 'wish-list' | 'requests' | 'mentees' | 'profile';

/** The mentee's side of mentoring: several mentors, goals you drive, meetings that follow through. */
export function MentoringPage() {
  const list = useMentorships();
  const [params, setParams] = useSearchParams();
  const tab = (params.get('tab') as Tab | null) ?? 'mentors';
  const [adding, setAdding] = useState(false);
  const waiting = useRequestCounts().data?.incomingPending ?? 0;
  const items = list.data?.items ?? [];
  const current = items.filter((m) => m.status !== 'closed');
  const closed = items.filter((m) => m.status === 'closed');

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">Mentoring</Title>
          <Text c="dimmed">Several mentors of different kinds, none of them your boss. You drive the relationship: set goals, share progress, follow through.</Text>
        </div>
        <Group gap="xs">
          <Button variant="light" component={Link} to="/mentoring/find" leftSection={<IconSearch size={16} />}>Find a mentor</Button>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>Add a mentor</Button>
        </Group>
      </Group>
      <Tabs value={tab} onChange={(v) => v && setParams(v === 'mentors' ? {} : { tab: v }, { replace: true })}>
        <Tabs.List>
          <Tabs.Tab value="mentors">My mentors{list.data ? ` (${current.length})` : ''}</Tabs.Tab>
          <Tabs.Tab value="goals">Goals</Tabs.Tab>
          <Tabs.Tab value="interviews">Interview prep</Tabs.Tab>
          <Tabs.Tab value="wish-list">Wish list</Tabs.Tab>
          <Tabs.Tab value="requests" rightSection={waiting > 0 ? <Badge size="sm" circle aria-label={`${waiting} waiting for your answer`}>{waiting}</Badge> : undefined}>Requests</Tabs.Tab>
          <Tabs.Tab value="mentees">My mentees</Tabs.Tab>
          <Tabs.Tab value="profile">Mentor profile</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="mentors" pt="md">
          {list.isPending && <Center py="xl" aria-busy="true"><Loader aria-label="Loading mentors" /></Center>}
          {list.error && <Alert color="red" role="alert" title="Mentors could not be loaded">{list.error.message}</Alert>}
          {list.data && items.length === 0 && <MentorFirstSteps onStart={() => setAdding(true)} />}
          {list.data && items.length > 0 && (
            <Stack gap="lg">
              <ActionItemsPanel />
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
                {current.map((m) => <MentorCard key={m.id} m={m} />)}
              </SimpleGrid>
              <BoardPanel />
              {closed.length > 0 && (
                <Stack gap="xs">
                  <Title order={2} size="h4">Closed</Title>
                  <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>{closed.map((m) => <MentorCard key={m.id} m={m} />)}</SimpleGrid>
                </Stack>
              )}
            </Stack>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="goals" pt="md">{tab === 'goals' && <GoalsPanel />}</Tabs.Panel>
        <Tabs.Panel value="interviews" pt="md">{tab === 'interviews' && <InterviewPrepsPanel />}</Tabs.Panel>
        <Tabs.Panel value="wish-list" pt="md">{tab === 'wish-list' && <WishListPanel />}</Tabs.Panel>
        <Tabs.Panel value="requests" pt="md">{tab === 'requests' && <RequestsPanel />}</Tabs.Panel>
        <Tabs.Panel value="mentees" pt="md">{tab === 'mentees' && <MyMenteesPanel />}</Tabs.Panel>
        <Tabs.Panel value="profile" pt="md">{tab === 'profile' && <MentorProfilePanel />}</Tabs.Panel>
      </Tabs>
      <NewMentorModal opened={adding} onClose={() => setAdding(false)} />
    </Stack>
  );
}
