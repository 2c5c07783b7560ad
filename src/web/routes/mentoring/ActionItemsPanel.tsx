import { Anchor, Badge, Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client';
import { useOpenActionItems, useUpdateActionItem } from '../../api/mentoring';
import { formatDay } from './labels';

/** Open action items from every mentoring meeting: tick them off here, undo from the notification. */
export function ActionItemsPanel() {
  const items = useOpenActionItems();
  const update = useUpdateActionItem();
  if (!items.data || items.data.items.length === 0) return null;
  const setDone = (id: string, done: boolean, text: string): void =>
    update.mutate(
      { id, body: { done } },
      {
        onSuccess: () => {
          if (!done) return;
          const nid = notifications.show({
            autoClose: 8000,
            message: (
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm">Done: {text}</Text>
                <Button size="compact-xs" variant="light" onClick={() => { notifications.hide(nid); setDone(id, false, text); }}>Undo</Button>
              </Group>
            ),
          });
        },
        onError: (err) => notifications.show({ color: 'red', message: errorMessage(err) }),
      },
    );
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="xs">
        <Title order={2} size="h4">Open action items</Title>
        {items.data.items.map((i) => (
          <Group key={i.id} gap="sm" wrap="nowrap" align="flex-start">
            <Checkbox aria-label={`Done: ${i.text}`} checked={false} onChange={() => setDone(i.id, true, i.text)} mt={2} />
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text size="sm">{i.text}</Text>
              <Group gap={6}>
                <Text size="xs" c="dimmed">
                  {i.owner === 'mentor' ? `${i.mentorName} owes this` : 'Yours'} · from{' '}
                  <Anchor component={Link} to={`/mentoring/${i.mentorshipId}`} inherit>the meeting with {i.mentorName} on {formatDay(i.meetingHeldOn)}</Anchor>
                </Text>
                {i.dueOn && <Badge size="xs" color={i.overdue ? 'red' : 'gray'} variant="light">{i.overdue ? 'Overdue: ' : 'Due '}{formatDay(i.dueOn)}</Badge>}
              </Group>
            </Stack>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
