import { BarChart } from '@mantine/charts';
import { Alert, Anchor, Badge, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconStar } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { NetworkOverview } from '../../../domain/network/overview-api';
import { api } from '../../api/client';
import { ChartCard } from '../../components/overview/ChartCard';
import { DonutWithLegend } from '../../components/overview/DonutWithLegend';
import { EmptyOverview } from '../../components/overview/EmptyOverview';
import { GapAlerts } from '../../components/overview/GapAlerts';
import { RankedBars } from '../../components/overview/RankedBars';
import {
  CIRCLE_COLORS,
  CIRCLE_LABELS,
  EMPLOYER_COLORS,
  EMPLOYER_LABELS,
  LEVEL_LABELS,
  RECENCY_LABELS,
  STALE_BUCKETS,
} from '../../components/overview/labels';

export const overviewKey = ['network', 'overview'] as const;

function Charts({ o }: { o: NetworkOverview }) {
  const withIndustry = o.byIndustry.reduce((s, x) => s + x.count, 0);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <ChartCard title="Circles" description="How you know people.">
        <DonutWithLegend
          centerLabel={String(o.total)}
          data={o.byCircle.map((c) => ({ name: CIRCLE_LABELS[c.circle], value: c.count, color: CIRCLE_COLORS[c.circle] }))}
        />
      </ChartCard>
      <ChartCard title="Inside and outside your employer" description="People outside bring other views and other openings.">
        <DonutWithLegend
          centerLabel={String(o.total)}
          data={o.byEmployer
            .filter((e) => e.count > 0)
            .map((e) => ({ name: EMPLOYER_LABELS[e.employer], value: e.count, color: EMPLOYER_COLORS[e.employer] }))}
        />
      </ChartCard>
      <ChartCard title="Level" description="Peers to grow with, seniors to learn from.">
        <BarChart
          h={220}
          data={o.byLevel.map((l) => ({ level: LEVEL_LABELS[l.level], count: l.count }))}
          dataKey="level"
          series={[{ name: 'count', label: 'People', color: 'indigo.5' }]}
          yAxisProps={{ allowDecimals: false, width: 36 }}
          gridAxis="x"
          maxBarWidth={48}
        />
      </ChartCard>
      <ChartCard title="Last in touch" description="Since the last interaction; orange is 6+ months or never.">
        <BarChart
          h={220}
          data={o.recency.map((r) => ({
            bucket: RECENCY_LABELS[r.bucket],
            recent: STALE_BUCKETS.has(r.bucket) ? 0 : r.count,
            stale: STALE_BUCKETS.has(r.bucket) ? r.count : 0,
          }))}
          dataKey="bucket"
          type="stacked"
          series={[
            { name: 'recent', label: 'In touch', color: 'teal.6' },
            { name: 'stale', label: 'Out of touch', color: 'orange.5' },
          ]}
          yAxisProps={{ allowDecimals: false, width: 36 }}
          xAxisProps={{ interval: 0, fontSize: 11 }}
          gridAxis="x"
          maxBarWidth={48}
        />
      </ChartCard>
      <ChartCard
        title="Industries"
        description={withIndustry < o.total ? `The ${withIndustry} people whose industry you know.` : 'Where the people you know work.'}
      >
        {o.byIndustry.length > 0 ? (
          <RankedBars data={o.byIndustry.map((i) => ({ name: i.industry, count: i.count }))} color="blue.5" label="People" />
        ) : (
          <Text size="sm" c="dimmed">Add an industry to your contacts to see this.</Text>
        )}
      </ChartCard>
      <ChartCard title="Companies" description="The ten companies where you know the most people.">
        {o.byCompany.length > 0 ? (
          <RankedBars data={o.byCompany.map((c) => ({ name: c.company, count: c.count }))} color="teal.5" label="People" />
        ) : (
          <Text size="sm" c="dimmed">Add a company to your contacts to see this.</Text>
        )}
      </ChartCard>
    </SimpleGrid>
  );
}

export function OverviewPage() {
  const overview = useQuery({ queryKey: overviewKey, queryFn: () => api<NetworkOverview>('GET', '/network/overview') });
  const o = overview.data;
  return (
    <Stack maw={1200} gap="lg">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={2}>Network overview</Title>
          <Text c="dimmed">Who is in your network, and where it is thin.</Text>
        </div>
        {o && o.total > 0 && (
          <Group gap="xs">
            <Badge size="lg" variant="light" color="gray">{o.total} people</Badge>
            <Badge size="lg" variant="light" color="yellow" leftSection={<IconStar size={14} />}>
              {o.starred} potential {o.starred === 1 ? 'mentor' : 'mentors'}
            </Badge>
          </Group>
        )}
      </Group>
      {overview.isPending && <Loader aria-label="Loading the overview" />}
      {overview.error && (
        <Alert color="red" title="Could not load the overview">
          {overview.error.message} <Anchor component="button" onClick={() => void overview.refetch()}>Try again</Anchor>
        </Alert>
      )}
      {o && o.total === 0 && <EmptyOverview gap={o.gaps[0]} />}
      {o && o.total > 0 && (
        <>
          <GapAlerts gaps={o.gaps} />
          <Charts o={o} />
          <Text size="sm" c="dimmed">
            Counts include everyone in your <Anchor component={Link} to="/network" size="sm">contacts</Anchor> except deleted ones.
          </Text>
        </>
      )}
    </Stack>
  );
}
