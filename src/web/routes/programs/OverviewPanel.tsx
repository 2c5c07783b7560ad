import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconArrowRight, IconLock } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useState } from 'react';
import type { ProgramResponse } from '../../../domain/programs/api';
import { ApiError } from '../../api/client';
import { useCreateCohort } from './api';
import { formatDate } from './labels';
import { ApplicationForm } from './ApplicationForm';
import { MenteeProfileForm } from './MenteeProfileForm';

function Cohorts({ p }: { p: ProgramResponse }) {
  const coordinator = p.myRoles.includes('coordinator');
  const create = useCreateCohort(p.id);
  const [name, setName] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const next: Record<string, string> = {};
    if (!name.trim()) next.name = 'Name the cohort';
    if (!startsOn) next.startsOn = 'Choose a start date';
    if (!endsOn) next.endsOn = 'Choose an end date';
    setErrors(next);
    if (Object.keys(next).length) return;
    create.mutate(
      { name: name.trim(), startsOn, endsOn },
      {
        onSuccess: () => {
          for (const set of [setName, setStartsOn, setEndsOn]) set('');
        },
        onError: (err) => err instanceof ApiError && setErrors(err.fieldErrors()),
      },
    );
  };
  return (
    <Card withBorder radius="md">
      <Stack gap="sm">
        <Title order={2} size="h4">Cohorts</Title>
        {p.cohorts.length === 0 ? (
          <Text c="dimmed" size="sm">{coordinator ? 'No cohorts yet. A cohort is a group of mentees who start together; matching runs per cohort.' : 'No cohorts yet.'}</Text>
        ) : (
          <Table>
            <Table.Thead><Table.Tr><Table.Th>Cohort</Table.Th><Table.Th>Dates</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {p.cohorts.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.name}</Table.Td>
                  <Table.Td>{formatDate(c.startsOn)} – {formatDate(c.endsOn)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {coordinator && (
          <form onSubmit={submit} noValidate aria-label="Add a cohort">
            <Stack gap="xs">
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput label="Cohort name" placeholder="e.g. Spring 2027" value={name} onChange={(ev) => setName(ev.currentTarget.value)} error={errors.name} />
                <TextInput type="date" label="Starts" value={startsOn} onChange={(ev) => setStartsOn(ev.currentTarget.value)} error={errors.startsOn} />
                <TextInput type="date" label="Ends" value={endsOn} onChange={(ev) => setEndsOn(ev.currentTarget.value)} error={errors.endsOn} />
              </SimpleGrid>
              {create.error && !(create.error instanceof ApiError && create.error.problem.errors?.length) && <Alert color="red" role="alert">{create.error.message}</Alert>}
              <Group justify="flex-end"><Button type="submit" variant="light" loading={create.isPending}>Add cohort</Button></Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}

function MyMatches({ p }: { p: ProgramResponse }) {
  const takesPart = p.myRoles.includes('mentor') || p.myRoles.includes('mentee');
  if (!takesPart) return null;
  return (
    <Card withBorder radius="md">
      <Stack gap="sm">
        <Title order={2} size="h4">Your match</Title>
        {p.myMatches.length === 0 && <Text c="dimmed" size="sm">No match published yet. Your coordinator will publish matches for your cohort; they will show here.</Text>}
        {p.myMatches.some((m) => m.mentorshipLink) && <Text size="sm" c="dimmed">Your match is a mentorship in Mentoring: agree on expectations, set goals, record meetings and ask questions between them.</Text>}
        {p.myMatches.map((m) => (
          <Group key={m.id} justify="space-between" wrap="wrap" data-match>
            <div>
              <Text fw={600}>{m.partner.name}</Text>
              <Text size="sm" c="dimmed">Your {m.as === 'mentor' ? 'mentee' : 'mentor'} · {p.cohorts.find((c) => c.id === m.cohortId)?.name}</Text>
            </div>
            <Group gap="sm" wrap="wrap" justify="flex-end">
              {m.partner.email ? (
                <Stack gap={0} align="flex-end">
                  <Text size="sm" component="a" href={`mailto:${m.partner.email}`} c="teal">{m.partner.email}</Text>
                  {m.partner.phone && <Text size="sm">{m.partner.phone}</Text>}
                </Stack>
              ) : (
                <Badge color="gray" variant="light" leftSection={<IconLock size={12} />}>Contact via your coordinator</Badge>
              )}
              {m.mentorshipLink && (
                <Button component={Link} to={m.mentorshipLink} size="xs" variant="light" rightSection={<IconArrowRight size={14} />}>
                  {m.as === 'mentee' ? 'Open your mentorship' : 'Open in My mentees'}
                </Button>
              )}
            </Group>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}

function Wards({ p }: { p: ProgramResponse }) {
  if (!p.myRoles.includes('guardian')) return null;
  return (
    <Card withBorder radius="md">
      <Stack gap="sm">
        <Title order={2} size="h4">Your children in this program</Title>
        {p.wards.length === 0 && <Text c="dimmed" size="sm">The coordinator records which mentee you are the guardian of when your consent is recorded.</Text>}
        {p.wards.map((w) => (
          <Group key={w.memberId} justify="space-between" wrap="wrap" data-ward>
            <Text fw={600}>{w.name}</Text>
            {w.mentor ? (
              <Text size="sm">Mentor: {w.mentor.name} · <Text span c="teal" component="a" href={`mailto:${w.mentor.email}`}>{w.mentor.email}</Text></Text>
            ) : (
              <Text size="sm" c="dimmed">No mentor published yet</Text>
            )}
          </Group>
        ))}
      </Stack>
    </Card>
  );
}

export function OverviewPanel({ p }: { p: ProgramResponse }) {
  const mentee = p.myMemberships.find((m) => m.role === 'mentee');
  return (
    <Stack gap="lg">
      <MyMatches p={p} />
      <Wards p={p} />
      {p.myRoles.includes('mentor') && <ApplicationForm p={p} />}
      {mentee && <MenteeProfileForm programId={p.id} memberId={mentee.id} />}
      <Cohorts p={p} />
    </Stack>
  );
}
