import { Badge, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import type { ProgramResponse } from '../../../domain/programs/api';
import { BackLink, DetailQuery } from '../../components/DetailQuery';
import { useProgram } from './api';
import { ROLE_COLORS, ROLE_LABELS } from './labels';
import { OverviewPanel } from './OverviewPanel';
import { PeoplePanel } from './PeoplePanel';
import { MentorsPanel } from './MentorsPanel';
import { MatchPanel } from './MatchPanel';
import { HealthPanel } from './HealthPanel';
import { EditProgramModal } from './EditProgramModal';
import { EventsPanel } from '../events/EventsPanel';
import { ProgramJobsPanel } from '../job-board/ProgramJobsPanel';
import { SelfServicePanel, SelfServiceTab } from './SelfServicePanel';

type Tab = 'overview' | 'people' | 'events' | 'jobs' | 'self-service' | 'mentors' | 'match' | 'health';

function Program({ p }: { p: ProgramResponse }) {
  const [params, setParams] = useSearchParams();
  const coordinator = p.myRoles.includes('coordinator');
  const requested = (params.get('tab') as Tab | null) ?? 'overview';
  const tab: Tab = coordinator || requested === 'people' || requested === 'events' || requested === 'jobs' || requested === 'self-service' ? requested : 'overview';
  const [editing, setEditing] = useState(false);
  return (
    <Stack gap="lg">
      <BackLink to="/programs" label="Programs" />
      <div>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          {/* A long name wraps instead of pushing Edit off a phone's screen. */}
          <Title order={1} size="h2" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>{p.name}</Title>
          {coordinator && <Button variant="default" size="xs" style={{ flexShrink: 0 }} leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>Edit</Button>}
        </Group>
        <Group gap={6} mt={4}>
          <Text c="dimmed" size="sm">{p.organization.name}</Text>
          {p.myRoles.map((r) => <Badge key={r} color={ROLE_COLORS[r]} variant="light">{ROLE_LABELS[r]}</Badge>)}
          {p.participantsAreMinors && <Badge color="orange" variant="outline">Participants are minors</Badge>}
        </Group>
        {p.description && <Text mt="xs">{p.description}</Text>}
      </div>
      <Tabs value={tab} onChange={(v) => v && setParams(v === 'overview' ? {} : { tab: v }, { replace: true })} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="overview">Overview</Tabs.Tab>
          <Tabs.Tab value="people">People</Tabs.Tab>
          <Tabs.Tab value="events">Events</Tabs.Tab>
          <Tabs.Tab value="jobs">Jobs</Tabs.Tab>
          <SelfServiceTab p={p} />
          {coordinator && <Tabs.Tab value="mentors">Mentors &amp; screening</Tabs.Tab>}
          {coordinator && <Tabs.Tab value="match">Match</Tabs.Tab>}
          {coordinator && <Tabs.Tab value="health">Health</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md"><OverviewPanel p={p} /></Tabs.Panel>
        <Tabs.Panel value="people" pt="md"><PeoplePanel p={p} /></Tabs.Panel>
        <Tabs.Panel value="events" pt="md"><EventsPanel p={p} /></Tabs.Panel>
        <Tabs.Panel value="jobs" pt="md"><ProgramJobsPanel p={p} /></Tabs.Panel>
        <Tabs.Panel value="self-service" pt="md"><SelfServicePanel p={p} /></Tabs.Panel>
        {coordinator && <Tabs.Panel value="mentors" pt="md"><MentorsPanel p={p} /></Tabs.Panel>}
        {coordinator && <Tabs.Panel value="match" pt="md"><MatchPanel p={p} /></Tabs.Panel>}
        {coordinator && <Tabs.Panel value="health" pt="md"><HealthPanel p={p} /></Tabs.Panel>}
      </Tabs>
      {coordinator && <EditProgramModal p={p} opened={editing} onClose={() => setEditing(false)} />}
    </Stack>
  );
}

export function ProgramPage() {
  const { id = '' } = useParams();
  const query = useProgram(id);
  return (
    <DetailQuery query={query} noun="program" back={{ to: '/programs', label: 'Programs' }}>
      {(p) => <Program p={p} />}
    </DetailQuery>
  );
}
