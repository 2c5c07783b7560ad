import { Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconChartDonut3, IconUpload, IconUserPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { OverviewGap } from '../../../domain/network/overview-api';

/**
 * A new user's first look: the server's one gap ("your network is empty") as the headline and
 * primary action, and what the page will show once there are people in it.
 */
export function EmptyOverview({ gap }: { gap: OverviewGap | undefined }) {
  return (
    <Paper withBorder radius="lg" p="xl">
      <Stack align="center" gap="sm" ta="center" maw={540} mx="auto">
        <ThemeIcon size={56} radius="xl" variant="light"><IconChartDonut3 size={32} /></ThemeIcon>
        <Title order={3} size="h4">{gap?.message ?? 'Your network is empty'}</Title>
        <Text c="dimmed" size="sm">{gap?.detail}</Text>
        <Text c="dimmed" size="sm">
          Then this page shows your people by circle, inside and outside your employer, by level, industry and company,
          how recently you were in touch, and where your network is thin.
        </Text>
        <Group justify="center" mt="xs">
          <Button component={Link} to={gap?.action?.href ?? '/network/import'} leftSection={<IconUpload size={16} />}>
            {gap?.action?.label ?? 'Import contacts'}
          </Button>
          <Button component={Link} to="/network" variant="default" leftSection={<IconUserPlus size={16} />}>Add people by hand</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
