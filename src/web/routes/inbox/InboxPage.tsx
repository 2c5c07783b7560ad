import { Alert, Button, Card, Center, Group, Kbd, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { IconBell, IconChecks } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import type { InboxItem } from '../../../domain/inbox/api';
import { errorMessage } from '../../api/client';
import { refreshInbox, restoreItem, useDeleteItem, useInboxPages, useMarkAllRead, useMarkRead } from '../../components/inbox/inbox-api';
import { InboxItemRow } from '../../components/inbox/InboxItemRow';
import { useOpenItem } from '../../components/inbox/use-open-item';

const rows = () => [...document.querySelectorAll<HTMLElement>('[data-inbox-item]')];
const focused = () => (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-inbox-item]') ?? null;

function move(step: number) {
  const list = rows();
  if (!list.length) return;
  const current = list.findIndex((el) => el === focused());
  const next = list[current < 0 ? 0 : Math.max(0, Math.min(list.length - 1, current + step))];
  next?.focus();
  next?.scrollIntoView({ block: 'nearest' });
}

/** Every notification, newest first, a page at a time; keyboard first (j/k or arrows here, Enter, m and # on the focused row). */
export function InboxPage() {
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get('filter') === 'unread';
  const pages = useInboxPages(unreadOnly);
  const mark = useMarkRead();
  const markAll = useMarkAllRead();
  const del = useDeleteItem();
  const qc = useQueryClient();
  const open = useOpenItem();
  const items = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const anyUnread = items.some((i) => i.readAt === null);

  useHotkeys([
    ['j', () => move(1)],
    ['k', () => move(-1)],
    ['ArrowDown', () => move(1)],
    ['ArrowUp', () => move(-1)],
  ]);

  const toggleRead = (item: InboxItem) =>
    mark.mutate({ id: item.id, read: item.readAt === null }, { onError: (err) => notifications.show({ color: 'red', title: 'Could not update', message: errorMessage(err) }) });

  const remove = (item: InboxItem) => {
    // Keep the keyboard where it was: focus moves to the next row before this one goes.
    const list = rows();
    const at = list.findIndex((el) => el.dataset.inboxItem === item.id);
    (list[at + 1] ?? list[at - 1])?.focus();
    del.mutate(item.id, {
      onSuccess: () => {
        const id = notifications.show({
          title: 'Notification deleted',
          message: (
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text size="sm" lineClamp={1}>{item.title}</Text>
              <Button
                size="compact-sm"
                variant="light"
                onClick={async () => {
                  notifications.hide(id);
                  try {
                    await restoreItem(item.id);
                    await refreshInbox(qc);
                  } catch (err) {
                    notifications.show({ color: 'red', title: 'Could not undo', message: errorMessage(err) });
                  }
                }}
              >
                Undo
              </Button>
            </Group>
          ),
          autoClose: 10_000,
        });
      },
      onError: (err) => notifications.show({ color: 'red', title: 'Could not delete', message: errorMessage(err) }),
    });
  };

  return (
    <Stack gap="lg" maw={820}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">Inbox</Title>
          <Text c="dimmed">What happened while you were away: requests, answers, matches and what is due.</Text>
        </div>
        <Button variant="light" leftSection={<IconChecks size={16} />} disabled={!anyUnread} loading={markAll.isPending} onClick={() => markAll.mutate(items[0]?.createdAt)}>
          Mark all read
        </Button>
      </Group>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <SegmentedControl
          aria-label="Show"
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(v) => setParams(v === 'unread' ? { filter: 'unread' } : {}, { replace: true })}
          data={[{ value: 'all', label: 'All' }, { value: 'unread', label: 'Unread' }]}
        />
        <Text size="xs" c="dimmed" visibleFrom="sm">
          <Kbd>j</Kbd>/<Kbd>k</Kbd> move · <Kbd>Enter</Kbd> open · <Kbd>m</Kbd> read/unread · <Kbd>#</Kbd> delete
        </Text>
      </Group>
      {pages.isPending && <Center py="xl" aria-busy="true"><Loader aria-label="Loading notifications" /></Center>}
      {pages.error && <Alert color="red" role="alert" title="Notifications could not be loaded">{pages.error.message}</Alert>}
      {pages.data && items.length === 0 && (
        <Card withBorder padding="xl">
          <Stack align="center" gap="xs">
            <IconBell size={36} stroke={1.3} color="var(--mantine-color-gray-5)" />
            <Text fw={600}>{unreadOnly ? 'You are all caught up' : 'No notifications yet'}</Text>
            <Text size="sm" c="dimmed" ta="center" maw={440}>
              {unreadOnly ? 'Nothing unread. Older notifications are under All.' : 'When a mentor answers, a mentee asks, or a program matches you, you will hear it here.'}
            </Text>
          </Stack>
        </Card>
      )}
      {items.length > 0 && (
        <Card withBorder padding={4} role="list" aria-label="Notifications">
          <Stack gap={2}>
            {items.map((item) => (
              <div role="listitem" key={item.id}>
                <InboxItemRow item={item} onOpen={open} onToggleRead={toggleRead} onDelete={remove} />
              </div>
            ))}
          </Stack>
        </Card>
      )}
      {pages.hasNextPage && (
        <Center>
          <Button variant="default" loading={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()}>Show older</Button>
        </Center>
      )}
    </Stack>
  );
}
