import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { FollowUpItem } from '../../../domain/follow-through/api';
import { FollowUpCard } from '../../components/follow-through/FollowUpCard';

/** Long buckets fold after this many items. */
const FOLD = 8;

type Props = { id: string; title: string; hint?: string; items: FollowUpItem[]; total: number; today: string; color: string; fresh?: ReadonlySet<string> };

/** One bucket of Today: Overdue, Today or Coming up this week. */
export function TodayGroup({ id, title, hint, items, total, today, color, fresh = new Set() }: Props) {
  const [all, setAll] = useState(false);
  // Folded, the bucket still shows what just arrived or moved here (see useFreshItems), after the first few.
  const shown = all ? items : [...items.slice(0, FOLD), ...items.slice(FOLD).filter((i) => fresh.has(i.id))];
  const hidden = items.length - shown.length;
  const list = useRef<HTMLDivElement>(null);
  const lastFresh = shown.findLast((i) => fresh.has(i.id))?.id;
  useEffect(() => {
    if (lastFresh) list.current?.querySelector(`[data-followup="${lastFresh}"]`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [lastFresh]);
  if (total === 0) return null;
  return (
    <section aria-labelledby={id}>
      <Group gap="xs" mb="xs">
        <Title order={2} size="h5" id={id}>{title}</Title>
        <Badge size="sm" variant="light" color={color} circle={total < 10}>{total}</Badge>
        {hint && <Text size="xs" c="dimmed">{hint}</Text>}
      </Group>
      <Stack gap="xs" component="ul" p={0} m={0} aria-labelledby={id} ref={list}>
        {shown.map((item) => <FollowUpCard key={item.id} item={item} today={today} />)}
      </Stack>
      {!all && hidden > 0 && (
        <Button variant="subtle" size="xs" mt={6} onClick={() => setAll(true)}>Show all {items.length}</Button>
      )}
      {all && total > items.length && <Text size="xs" c="dimmed" mt={6}>And {total - items.length} more.</Text>}
    </section>
  );
}
