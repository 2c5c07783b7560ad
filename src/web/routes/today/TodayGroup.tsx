import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { FollowUpItem } from '../../../domain/follow-through/api';
import { FollowUpCard } from '../../components/follow-through/FollowUpCard';

/** Long buckets fold after this many items. */
const FOLD = 8;

type Props = { id: string; title: string; hint?: string; items: FollowUpItem[]; total: number; today: string; color: string };

/** One bucket of Today: Overdue, Today or Coming up this week. */
export function TodayGroup({ id, title, hint, items, total, today, color }: Props) {
  const [all, setAll] = useState(false);
  if (total === 0) return null;
  const shown = all ? items : items.slice(0, FOLD);
  return (
    <section aria-labelledby={id}>
      <Group gap="xs" mb="xs">
        <Title order={2} size="h5" id={id}>{title}</Title>
        <Badge size="sm" variant="light" color={color} circle={total < 10}>{total}</Badge>
        {hint && <Text size="xs" c="dimmed">{hint}</Text>}
      </Group>
      <Stack gap="xs" component="ul" p={0} m={0} aria-labelledby={id}>
        {shown.map((item) => <FollowUpCard key={item.id} item={item} today={today} />)}
      </Stack>
      {!all && items.length > FOLD && (
        <Button variant="subtle" size="xs" mt={6} onClick={() => setAll(true)}>Show all {items.length}</Button>
      )}
      {all && total > items.length && <Text size="xs" c="dimmed" mt={6}>And {total - items.length} more.</Text>}
    </section>
  );
}
