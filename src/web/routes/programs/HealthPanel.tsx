import { BarChart, DonutChart } from '@mantine/charts';
import { Alert, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ProgramResponse } from '../../../domain/programs/api';
import { Loading } from '../../components/Loading';
import { useHealth } from './api';
import { OutcomesSection } from './OutcomesSection';
import { MatchActivitySection } from './MatchActivitySection';

function Stat({ label, value, hint }: { label: string; value: number; hint?: string }) {
  return (
    <Card withBorder radius="md" padding="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text fw={700} size="xl">{value}</Text>
      {hint && <Text size="xs" c="dimmed">{hint}</Text>}
    </Card>
  );
}

/** Program health: active matches and how they are doing, who is still waiting, and where mentors are in screening. */
export function HealthPanel({ p }: { p: ProgramResponse }) {
  const health = useHealth(p.id, true);
  if (health.isPending) return <Loading label="Loading program health" />;
  if (health.error) return <Alert color="red" role="alert">{health.error.message}</Alert>;
  const h = health.data;
  const pipeline = [
    { name: 'Not applied', value: h.screening.notApplied, color: 'gray.4' },
    { name: 'Check not started', value: h.screening.notStarted, color: 'gray.6' },
    { name: 'Check pending', value: h.screening.pending, color: 'yellow.6' },
    { name: 'Cleared', value: h.screening.cleared, color: 'teal.6' },
    { name: 'Failed', value: h.screening.failed, color: 'red.6' },
  ].filter((x) => x.value > 0);
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Stat label="Active matches" value={h.activeMatches} />
        <Stat label="Unmatched mentees" value={h.unmatchedMentees} hint={`of ${h.mentees}`} />
        <Stat label="Screened mentors" value={h.screening.screened} hint={`of ${h.mentors}`} />
        <Stat label="Minors without consent" value={h.minorsWithoutConsent} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder radius="md">
          <Title order={2} size="h5" mb="sm">Mentees matched, by cohort</Title>
          {h.byCohort.length === 0 ? (
            <Text size="sm" c="dimmed">No cohorts yet.</Text>
          ) : (
            <BarChart
              h={Math.max(160, h.byCohort.length * 48 + 40)}
              data={h.byCohort.map((c) => ({ cohort: c.name, Matched: c.matched, Waiting: c.mentees - c.matched }))}
              dataKey="cohort"
              type="stacked"
              orientation="vertical"
              yAxisProps={{ width: 110 }}
              xAxisProps={{ allowDecimals: false }}
              withLegend
              series={[
                { name: 'Matched', color: 'teal.6' },
                { name: 'Waiting', color: 'gray.4' },
              ]}
            />
          )}
        </Card>
        <Card withBorder radius="md">
          <Title order={2} size="h5" mb="sm">Mentor screening pipeline</Title>
          {pipeline.length === 0 ? (
            <Text size="sm" c="dimmed">No mentors yet.</Text>
          ) : (
            <Group align="center" wrap="wrap">
              <DonutChart data={pipeline} size={160} thickness={24} withTooltip chartLabel={`${h.mentors} mentor${h.mentors === 1 ? '' : 's'}`} />
              <Stack gap={4}>
                {pipeline.map((x) => (
                  <Group key={x.name} gap={6}>
                    <span style={{ width: 10, height: 10, borderRadius: 5, background: `var(--mantine-color-${x.color.replace('.', '-')})`, display: 'inline-block' }} />
                    <Text size="sm">{x.name}: {x.value}</Text>
                  </Group>
                ))}
              </Stack>
            </Group>
          )}
        </Card>
      </SimpleGrid>
      <MatchActivitySection a={h.matchActivity} />
      <OutcomesSection programId={p.id} o={h.outcomes} />
    </Stack>
  );
}
