import { Alert, Anchor, Badge, Card, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconSignature } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useMentees } from '../../api/mentor-directory';
import { Loading } from '../../components/Loading';
import { KIND_COLORS, KIND_LABELS, STATUS_COLORS, STATUS_LABELS } from '../mentoring/labels';
import { formatInstant } from './labels';

/** The people I mentor: each one's shared goals, open action items and whether the agreement waits for me. */
export function MyMenteesPanel() {
  const list = useMentees();
  if (list.isPending) return <Loading label="Loading your mentees" />;
  if (list.error) return <Alert color="red" role="alert" title="Your mentees could not be loaded">{list.error.message}</Alert>;
  if (list.data.items.length === 0) {
    return (
      <Paper withBorder radius="md" p="lg" maw={720}>
        <Stack gap="xs">
          <Title order={2} size="h4">Nobody to mentor yet</Title>
          <Text size="sm">
            When you accept a request, your mentee appears here with the goals they share with you, their progress and challenges, meetings and the expectations agreement. <Anchor component={Link} to="/mentoring?tab=profile" inherit>List your mentor profile</Anchor> so people can ask you.
          </Text>
        </Stack>
      </Paper>
    );
  }
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
      {list.data.items.map((m) => (
        <Card key={m.id} withBorder radius="md" padding="md">
          <Stack gap={6}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Anchor component={Link} to={`/mentoring/mentees/${m.id}`} fw={600} size="lg" lineClamp={1}>{m.name}</Anchor>
              {m.status !== 'active' && <Badge color={STATUS_COLORS[m.status]} variant="light">{STATUS_LABELS[m.status]}</Badge>}
            </Group>
            <Group gap={6}>
              <Badge color={KIND_COLORS[m.kind]} variant="light">{KIND_LABELS[m.kind]}</Badge>
            </Group>
            <Text size="sm" c="dimmed">Since {formatInstant(m.since)}{m.areas.length ? ` · ${m.areas.join(', ')}` : ''}</Text>
            <Text size="sm">{m.sharedGoals} goal{m.sharedGoals === 1 ? '' : 's'} shared with you · {m.openActionItems} open action item{m.openActionItems === 1 ? '' : 's'}</Text>
            {(m.quietWeeks !== null || m.pendingShadowRequests > 0) && (
              <Group gap={6}>
                {m.quietWeeks !== null && m.status === 'active' && <Badge color="yellow" variant="light">Quiet for {m.quietWeeks} week{m.quietWeeks === 1 ? '' : 's'}</Badge>}
                {m.pendingShadowRequests > 0 && <Badge color="lime" variant="light">Asks to shadow you</Badge>}
              </Group>
            )}
            {m.agreementNeedsYou && (
              <Group gap={6} wrap="nowrap" c="orange.8">
                <IconSignature size={16} aria-hidden />
                <Text size="sm">The agreement waits for your acceptance</Text>
              </Group>
            )}
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}
