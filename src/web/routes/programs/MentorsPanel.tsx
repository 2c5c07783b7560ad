import { Alert, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import type { ApplicationResponse, ProgramResponse } from '../../../domain/programs/api';
import { Loading } from '../../components/Loading';
import { useApplications, useMembers } from './api';
import { CHECK_LABELS, formatDate } from './labels';
import { ScreeningModal } from './ScreeningModal';

const CHECK_COLORS: Record<string, string> = { not_started: 'gray', pending: 'yellow', cleared: 'teal', failed: 'red' };

/** Mentor applications and the screening pipeline: background check, training, references. */
export function MentorsPanel({ p }: { p: ProgramResponse }) {
  const apps = useApplications(p.id, true);
  const members = useMembers(p.id);
  const [screening, setScreening] = useState<ApplicationResponse | null>(null);
  const phone = useMediaQuery('(max-width: 48em)');
  const items = apps.data?.items ?? [];
  const applied = new Set(items.map((a) => a.memberId));
  const notApplied = (members.data?.items ?? []).filter((m) => m.role === 'mentor' && !applied.has(m.id));
  return (
    <Stack gap="lg">
      <Card withBorder radius="md">
        <Stack gap="sm">
          <Title order={2} size="h4">Mentor applications</Title>
          <Text size="sm" c="dimmed">A mentor counts as screened when the background check is cleared, training is completed and at least one reference vouched. Minors are matched only with screened mentors.</Text>
          {apps.isPending && <Loading label="Loading applications" />}
          {apps.error && <Alert color="red" role="alert">{apps.error.message}</Alert>}
          {apps.data && items.length === 0 && <Text c="dimmed">No applications yet. Invite mentors on the People tab; they apply from the program’s overview.</Text>}
          {items.length > 0 && phone && (
            <Stack gap="xs" aria-label="Mentor applications">
              {items.map((a) => (
                <Card key={a.id} withBorder padding="sm" radius="md">
                  <Stack gap={4}>
                    <Group justify="space-between" wrap="nowrap">
                      <Text size="sm" fw={600}>{a.mentorName}</Text>
                      {a.screened ? <Badge color="teal">Screened</Badge> : <Badge color="gray" variant="outline">Not screened</Badge>}
                    </Group>
                    <Text size="xs" c="dimmed">{[...a.skills, ...a.industries].join(', ') || '—'} · {a.capacity} mentee{a.capacity === 1 ? '' : 's'} · {a.availability}</Text>
                    <Group gap={6} wrap="wrap">
                      <Badge color={CHECK_COLORS[a.backgroundCheck]} variant="light">Check: {CHECK_LABELS[a.backgroundCheck]}</Badge>
                      <Text size="xs">Training: {a.trainingCompletedOn ? formatDate(a.trainingCompletedOn) : '—'}</Text>
                      <Text size="xs">References: {a.references.filter((r) => r.ok).length} ok / {a.references.length}</Text>
                    </Group>
                    <Group justify="flex-end"><Button size="xs" variant="default" onClick={() => setScreening(a)} aria-label={`Screen ${a.mentorName}`}>Screen</Button></Group>
                  </Stack>
                </Card>
              ))}
            </Stack>
          )}
          {items.length > 0 && !phone && (
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing="xs" aria-label="Mentor applications">
                <Table.Thead>
                  <Table.Tr><Table.Th>Mentor</Table.Th><Table.Th>Offers</Table.Th><Table.Th>Mentees</Table.Th><Table.Th>Background check</Table.Th><Table.Th>Training</Table.Th><Table.Th>References</Table.Th><Table.Th>Status</Table.Th><Table.Th /></Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((a) => (
                    <Table.Tr key={a.id}>
                      <Table.Td><Text size="sm" fw={500}>{a.mentorName}</Text><Text size="xs" c="dimmed">{a.availability}</Text></Table.Td>
                      <Table.Td><Text size="sm">{[...a.skills, ...a.industries].join(', ') || '—'}</Text></Table.Td>
                      <Table.Td>{a.capacity}</Table.Td>
                      <Table.Td style={{ minWidth: 120 }}><Badge color={CHECK_COLORS[a.backgroundCheck]} variant="light">{CHECK_LABELS[a.backgroundCheck]}</Badge></Table.Td>
                      <Table.Td>{a.trainingCompletedOn ? formatDate(a.trainingCompletedOn) : '—'}</Table.Td>
                      <Table.Td>{a.references.filter((r) => r.ok).length} ok / {a.references.length}</Table.Td>
                      <Table.Td style={{ minWidth: 130 }}>{a.screened ? <Badge color="teal">Screened</Badge> : <Badge color="gray" variant="outline">Not screened</Badge>}</Table.Td>
                      <Table.Td><Button size="xs" variant="default" onClick={() => setScreening(a)} aria-label={`Screen ${a.mentorName}`}>Screen</Button></Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      </Card>
      {notApplied.length > 0 && (
        <Card withBorder radius="md">
          <Stack gap={4}>
            <Title order={2} size="h5">Mentors who have not applied yet</Title>
            <Group gap={6}>{notApplied.map((m) => <Badge key={m.id} variant="light" color="gray" tt="none">{m.name}</Badge>)}</Group>
          </Stack>
        </Card>
      )}
      <ScreeningModal application={screening} onClose={() => setScreening(null)} />
    </Stack>
  );
}
