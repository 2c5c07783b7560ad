import { Alert, Anchor, Badge, Button, Center, Group, Paper, Rating, Stack, Text } from '@mantine/core';
import { IconStarFilled } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useRanking } from '../../api/interviews';
import { STAGE_COLORS, STAGE_LABELS, formatWhen } from './labels';
import { Loading } from '../../components/Loading';

/** "Which conversations flowed best?": held interviews by your flow rating, so you know whom to star. */
export function RankingList() {
  const ranking = useRanking();
  if (ranking.isPending) return <Loading label="Loading conversations" />;
  if (ranking.error) return <Alert color="red" role="alert" title="Could not load the conversations">{ranking.error.message}</Alert>;
  const items = ranking.data.pages.flatMap((p) => p.items);
  if (items.length === 0) {
    return <Text c="dimmed" size="sm" py="md">No conversations yet. Once you mark an interview held, rate how well it flowed; the best ones show up here first, ready to star.</Text>;
  }
  const unrated = items.filter((i) => i.flowRating === null).length;
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        Reach out to everyone you spoke with; the ones with a star are your potential mentors.
        {unrated > 0 && ` ${unrated} ${unrated === 1 ? 'conversation' : 'conversations'} below ${unrated === 1 ? 'is' : 'are'} not rated yet.`}
      </Text>
      <Stack component="ol" gap="xs" p={0} m={0} aria-label="Conversations, best first">
        {items.map((iv, i) => (
          <Paper key={iv.id} component="li" withBorder radius="md" p="sm" style={{ listStyle: 'none' }}>
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Group gap="sm" align="flex-start" wrap="nowrap" style={{ minWidth: 0 }}>
                <Text fw={700} c="dimmed" w={24} ta="right">{i + 1}.</Text>
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Group gap={6}>
                    <Anchor component={Link} to={`/interviews/${iv.id}`} fw={600}>{iv.contact?.displayName ?? 'Deleted contact'}</Anchor>
                    {iv.starred && <IconStarFilled size={14} color="var(--mantine-color-yellow-6)" aria-label="Starred" />}
                    <Badge size="xs" variant="light" color={STAGE_COLORS[iv.stage]}>{STAGE_LABELS[iv.stage]}</Badge>
                  </Group>
                  <Text size="xs" c="dimmed">{[iv.contact?.company, iv.heldAt && `talked ${formatWhen(iv.heldAt)}`].filter(Boolean).join(' · ')}</Text>
                  {iv.learned && <Text size="sm" lineClamp={2}>Learned: {iv.learned}</Text>}
                  {iv.theyCareAbout && <Text size="sm" c="dimmed" lineClamp={1}>They care about: {iv.theyCareAbout}</Text>}
                </Stack>
              </Group>
              {iv.flowRating !== null ? <Rating value={iv.flowRating} readOnly aria-label={`Flowed ${iv.flowRating} of 5`} /> : <Text size="xs" c="dimmed">Not rated</Text>}
            </Group>
          </Paper>
        ))}
      </Stack>
      {ranking.hasNextPage && (
        <Center>
          <Button variant="default" loading={ranking.isFetchingNextPage} onClick={() => void ranking.fetchNextPage()}>Show more conversations</Button>
        </Center>
      )}
    </Stack>
  );
}
