import { BarChart } from '@mantine/charts';
import { Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { HealthResponse } from '../../../domain/programs/api';
import { formatDate } from './labels';

type Activity = HealthResponse['matchActivity'];

function Figure({ label, value, hint }: { label: string; value: string | number; hint?: string }) {
  return (
    <Card withBorder radius="md" padding="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text fw={700} size="xl">{value}</Text>
      {hint && <Text size="xs" c="dimmed">{hint}</Text>}
    </Card>
  );
}

const STATES = [
  { key: 'metThisMonth', name: 'Met in the last 30 days', color: 'teal.6' },
  { key: 'noRecentMeeting', name: 'No meeting in 30 days', color: 'yellow.5' },
  { key: 'quiet', name: 'Quiet', color: 'red.6' },
  { key: 'ended', name: 'Ended', color: 'gray.5' },
  { key: 'noMentorship', name: 'No mentorship', color: 'gray.3' },
] as const;

const fmtMedian = (n: number | null) => (n === null ? '—' : Number.isInteger(n) ? String(n) : n.toFixed(1));
const weeks = (n: number) => `${n} week${n === 1 ? '' : 's'}`;

/**
 * How the published matches are doing: who meets, which pairs went quiet (named, so the coordinator
 * can reach out), goal progress. Counts and dates only; what mentees write stays theirs.
 */
export function MatchActivitySection({ a }: { a: Activity }) {
  const open = a.withMentorship - a.ended;
  const states = STATES.filter((s) => a.byCohort.some((c) => c[s.key] > 0));
  // Whole-number ticks up to the tallest bar (at most 5 of them; recharts spaces its own otherwise).
  const tallest = Math.max(1, ...a.meetingsDistribution.map((d) => d.matches));
  const top = tallest <= 5 ? tallest : Math.ceil(tallest / 5) * 5;
  return (
    <Stack gap="md">
      <Title order={2} size="h4">Meetings and goals</Title>
      {a.matches === 0 ? (
        <Text size="sm" c="dimmed">No published matches yet. Once a cohort is matched and published, each pair’s meetings and goal progress show here.</Text>
      ) : (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <Figure label="Meeting monthly" value={a.meetingMonthly} hint={`of ${open} open match${open === 1 ? '' : 'es'} met in the last 30 days`} />
            <Figure label="Quiet matches" value={a.quiet} hint="nothing for longer than their cadence allows" />
            <Figure label="Median meetings" value={fmtMedian(a.medianMeetings90)} hint="per open match, last 90 days" />
            <Figure label="Goals achieved" value={`${a.goals.achieved} of ${a.goals.shared}`} hint={`shared with mentors · ${a.agreementsAccepted} agreement${a.agreementsAccepted === 1 ? '' : 's'} accepted`} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Card withBorder radius="md">
              <Title order={3} size="h5" mb="sm">Matches by cohort</Title>
              <BarChart
                h={Math.max(160, a.byCohort.length * 48 + 70)}
                data={a.byCohort.map((c) => ({ cohort: c.name, ...Object.fromEntries(states.map((s) => [s.name, c[s.key]])) }))}
                dataKey="cohort"
                type="stacked"
                orientation="vertical"
                yAxisProps={{ width: 110 }}
                xAxisProps={{ allowDecimals: false }}
                withLegend
                legendProps={{ verticalAlign: 'bottom' }}
                series={states.map((s) => ({ name: s.name, color: s.color }))}
              />
            </Card>
            <Card withBorder radius="md">
              <Title order={3} size="h5" mb="sm">Meetings per match, last 90 days</Title>
              {open === 0 ? (
                <Text size="sm" c="dimmed">No open mentorships.</Text>
              ) : (
                <BarChart
                  h={180}
                  data={a.meetingsDistribution.map((d) => ({ meetings: d.meetings, Matches: d.matches }))}
                  dataKey="meetings"
                  xAxisLabel="Meetings"
                  yAxisProps={{ allowDecimals: false, width: 30, domain: [0, top], tickCount: Math.min(top, 5) + 1 }}
                  series={[{ name: 'Matches', color: 'teal.6' }]}
                />
              )}
            </Card>
          </SimpleGrid>
          <Card withBorder radius="md">
            <Title order={3} size="h5" mb="sm">Quiet matches</Title>
            {a.quietMatches.length === 0 ? (
              <Text size="sm" c="dimmed">No match has gone quiet.</Text>
            ) : (
              <Table.ScrollContainer minWidth={320}>
                <Table verticalSpacing={6} aria-label="Quiet matches">
                  <Table.Thead>
                    <Table.Tr><Table.Th>Match</Table.Th><Table.Th>Quiet for</Table.Th><Table.Th>Last met</Table.Th></Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {a.quietMatches.map((q) => (
                      <Table.Tr key={q.matchId} data-quiet-match>
                        <Table.Td>
                          <Text size="sm" fw={600}>{q.menteeName}</Text>
                          <Text size="xs" c="dimmed">with {q.mentorName} · {q.cohortName}</Text>
                        </Table.Td>
                        <Table.Td><Text size="sm" c="red.7" fw={600} style={{ whiteSpace: 'nowrap' }}>{weeks(q.quietWeeks)}</Text></Table.Td>
                        <Table.Td><Text size="sm">{q.lastMeetingOn ? formatDate(q.lastMeetingOn) : 'Never'}</Text></Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Card>
          <Text size="xs" c="dimmed">Counts come from each pair’s mentorship in Mentoring. What mentees write there (notes, agendas, goals) stays private: the program sees numbers and dates only.</Text>
        </>
      )}
    </Stack>
  );
}
