import { BarChart } from '@mantine/charts';
import { Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconMailForward } from '@tabler/icons-react';
import { useState } from 'react';
import type { HealthResponse } from '../../../domain/programs/api';
import { ConfirmDialog } from './ConfirmDialog';
import { useInviteAlumni } from './api';

type Outcomes = HealthResponse['outcomes'];
type CohortOutcome = Outcomes['cohorts'][number];

const pct = (n: number, of: number) => (of === 0 ? '—' : `${Math.round((n / of) * 100)}%`);

function Figure({ label, value, hint }: { label: string; value: string | number; hint?: string }) {
  return (
    <Card withBorder radius="md" padding="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text fw={700} size="xl">{value}</Text>
      {hint && <Text size="xs" c="dimmed">{hint}</Text>}
    </Card>
  );
}

/**
 * Outcomes on the Health tab: retention across cohorts, alumni who became mentors (and the one
 * action that invites an ended cohort's adult alumni to mentor), job-board activity, CSV exports.
 */
export function OutcomesSection({ programId, o }: { programId: string; o: Outcomes }) {
  const invite = useInviteAlumni(programId);
  const [asking, setAsking] = useState<CohortOutcome | null>(null);
  const ended = o.cohorts.filter((c) => c.ended);
  // Only a cohort with a later one can be come back from.
  const returnable = o.cohorts.filter((c) => o.cohorts.some((later) => later.startsOn > c.startsOn));
  const toInvite = (c: CohortOutcome) => c.adultAlumni - c.alumniInvited;
  const run = (c: CohortOutcome) =>
    invite.mutate(c.cohortId, {
      onSuccess: (r) => {
        setAsking(null);
        const left = [r.skipped.alreadyMentors && `${r.skipped.alreadyMentors} already mentor${r.skipped.alreadyMentors === 1 ? 's' : ''}`, r.skipped.alreadyInvited && `${r.skipped.alreadyInvited} already invited`, r.skipped.minors && `${r.skipped.minors} minor${r.skipped.minors === 1 ? '' : 's'} not asked`].filter(Boolean);
        notifications.show({ color: 'teal', message: `${r.invited} alumn${r.invited === 1 ? 'us' : 'i'} of ${c.name} invited to mentor.${left.length ? ` (${left.join(', ')}.)` : ''}` });
      },
      onError: (e) => notifications.show({ color: 'red', message: e.message }),
    });
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={2} size="h4">Outcomes</Title>
        <Group gap="xs">
          <Button component="a" href={`/api/v1/programs/${programId}/outcomes.csv?kind=matches`} download variant="default" size="xs" leftSection={<IconDownload size={14} />}>Matches CSV</Button>
          <Button component="a" href={`/api/v1/programs/${programId}/outcomes.csv?kind=summary`} download variant="default" size="xs" leftSection={<IconDownload size={14} />}>Summary CSV</Button>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Figure label="Mentor retention" value={pct(o.mentorRetention.returned, o.mentorRetention.mentors)} hint={`${o.mentorRetention.returned} of ${o.mentorRetention.mentors} mentored again in a later cohort`} />
        <Figure label="Alumni who mentor" value={o.alumni.becameMentors} hint={`of ${o.alumni.adults} adult alumni · ${o.alumni.invited} invited`} />
        <Figure label="Job listings" value={o.jobBoard.listings} hint={o.jobBoard.pendingListings ? `${o.jobBoard.pendingListings} waiting for approval` : `${o.jobBoard.saves} saves`} />
        <Figure label="Applications" value={o.jobBoard.applications} hint={`by ${o.jobBoard.menteesWhoApplied} mentee${o.jobBoard.menteesWhoApplied === 1 ? '' : 's'}`} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder radius="md">
          <Title order={3} size="h5" mb="sm">Mentors who came back, by cohort</Title>
          {returnable.length === 0 ? (
            <Text size="sm" c="dimmed">Retention shows once there is a second cohort to come back to.</Text>
          ) : (
            <BarChart
              h={Math.max(160, returnable.length * 48 + 40)}
              data={returnable.map((c) => ({ cohort: c.name, Returned: c.mentorsReturned, 'Did not return': c.mentorsMatched - c.mentorsReturned }))}
              dataKey="cohort"
              type="stacked"
              orientation="vertical"
              yAxisProps={{ width: 110 }}
              xAxisProps={{ allowDecimals: false }}
              withLegend
              series={[
                { name: 'Returned', color: 'teal.6' },
                { name: 'Did not return', color: 'gray.4' },
              ]}
            />
          )}
        </Card>
        <Card withBorder radius="md">
          <Title order={3} size="h5" mb={4}>Alumni → mentors</Title>
          <Text size="sm" c="dimmed" mb="sm">When a cohort ends, invite its adult mentees to mentor the next one. Minors are never asked.</Text>
          {ended.length === 0 ? (
            <Text size="sm" c="dimmed">No cohort has ended yet.</Text>
          ) : (
            <Table.ScrollContainer minWidth={320}>
              <Table verticalSpacing={6}>
                <Table.Thead>
                  <Table.Tr><Table.Th>Cohort</Table.Th><Table.Th>Adult alumni</Table.Th><Table.Th>Mentor now</Table.Th><Table.Th /></Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {ended.map((c) => (
                    <Table.Tr key={c.cohortId}>
                      <Table.Td>{c.name}</Table.Td>
                      <Table.Td>{c.adultAlumni}</Table.Td>
                      <Table.Td>{c.alumniMentors}</Table.Td>
                      <Table.Td ta="right">
                        <Button size="xs" variant="light" leftSection={<IconMailForward size={14} />} disabled={toInvite(c) <= 0} onClick={() => setAsking(c)}>
                          {toInvite(c) > 0 ? `Invite ${toInvite(c)}` : 'All invited'}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Card>
      </SimpleGrid>
      <ConfirmDialog
        opened={asking !== null}
        title="Invite alumni to mentor?"
        message={asking ? `Each adult mentee of ${asking.name} who does not mentor here yet gets an e-mail inviting them to apply as a mentor (${toInvite(asking)} ${toInvite(asking) === 1 ? 'person' : 'people'}).` : ''}
        confirm="Send invitations"
        color="teal"
        busy={invite.isPending}
        onClose={() => setAsking(null)}
        onConfirm={() => asking && run(asking)}
      />
    </Stack>
  );
}
