import { ActionIcon, Alert, Anchor, Button, Center, Divider, Group, Indicator, Loader, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { IconBell, IconChecks } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { inboxKeys, useInboxCount, useInboxLatest, useMarkAllRead } from './inbox-api';
import { InboxItemRow } from './InboxItemRow';
import { useOpenItem } from './use-open-item';

/** The header's bell: the unread count (polled), and the latest items a click away. */
export function InboxBell() {
  const [opened, setOpened] = useState(false);
  const unread = useInboxCount().data?.unread ?? 0;
  const latest = useInboxLatest(opened);
  const qc = useQueryClient();
  // A new item came in (the count rose): the lists shown so far are out of date.
  const seen = useRef(unread);
  useEffect(() => {
    if (unread > seen.current) void qc.invalidateQueries({ predicate: (q) => q.queryKey[0] === inboxKeys.all[0] && q.queryKey[1] !== 'count' });
    seen.current = unread;
  }, [unread, qc]);
  const markAll = useMarkAllRead();
  const open = useOpenItem(() => setOpened(false));
  const items = latest.data?.items ?? [];
  // Marks up to the newest item shown, so one arriving meanwhile stays unread.
  const label = unread === 0 ? 'Notifications, none unread' : `Notifications, ${unread} unread`;

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={380} shadow="md" withArrow trapFocus returnFocus>
      <Popover.Target>
        <Indicator label={unread > 99 ? '99+' : unread} size={18} offset={6} color="red" disabled={unread === 0} data-testid="inbox-badge">
          <ActionIcon variant="subtle" color="gray" size="lg" radius="xl" aria-label={label} aria-haspopup="dialog" aria-expanded={opened} onClick={() => setOpened((o) => !o)}>
            <IconBell size={22} stroke={1.6} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0} style={{ maxWidth: 'calc(100vw - 16px)' }} aria-label="Latest notifications">
        <Group justify="space-between" px="md" py="xs">
          <Text fw={600}>Notifications</Text>
          <Button size="compact-sm" variant="subtle" leftSection={<IconChecks size={16} />} disabled={unread === 0} loading={markAll.isPending} onClick={() => markAll.mutate(items[0]?.createdAt)}>
            Mark all read
          </Button>
        </Group>
        <Divider />
        {latest.isPending && <Center py="lg" aria-busy="true"><Loader size="sm" aria-label="Loading notifications" /></Center>}
        {latest.error && <Alert m="sm" color="red" role="alert">{latest.error.message}</Alert>}
        {latest.data && items.length === 0 && (
          <Stack align="center" gap={4} py="xl" px="md">
            <IconBell size={28} stroke={1.3} color="var(--mantine-color-gray-5)" />
            <Text size="sm" c="dimmed" ta="center">Nothing new. Requests, answers and matches will show up here.</Text>
          </Stack>
        )}
        {items.length > 0 && (
          <ScrollArea.Autosize mah="min(420px, 70vh)">
            <Stack gap={2} p={4}>
              {items.map((item) => <InboxItemRow key={item.id} item={item} onOpen={open} compact />)}
            </Stack>
          </ScrollArea.Autosize>
        )}
        <Divider />
        <Group justify="center" py={8}>
          <Anchor component={Link} to="/inbox" size="sm" onClick={() => setOpened(false)}>See all notifications</Anchor>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
