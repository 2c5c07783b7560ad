import { ActionIcon, Box, Group, Text, ThemeIcon, Tooltip, UnstyledButton } from '@mantine/core';
import { IconMail, IconMailOpened, IconTrash } from '@tabler/icons-react';
import type { InboxItem } from '../../../domain/inbox/api';
import { ago, KIND_ICON } from './labels';

type Props = {
  item: InboxItem;
  onOpen: (item: InboxItem) => void;
  /** Full rows on the inbox page offer mark read/unread and delete; the bell's popover opens only. */
  onToggleRead?: (item: InboxItem) => void;
  onDelete?: (item: InboxItem) => void;
  compact?: boolean;
};

/** One notification: what happened, who, when; unread ones have a dot and a tinted background. */
export function InboxItemRow({ item, onOpen, onToggleRead, onDelete, compact }: Props) {
  const { icon: Icon, color } = KIND_ICON[item.kind];
  const unread = item.readAt === null;
  return (
    <Group
      data-inbox-item={item.id}
      data-unread={unread || undefined}
      tabIndex={compact ? undefined : 0}
      wrap="nowrap"
      align="flex-start"
      gap="sm"
      px="sm"
      py={compact ? 8 : 10}
      onKeyDown={(e) => {
        // Keys act on the focused row: Enter opens, m marks read/unread, # or Delete deletes.
        if (e.ctrlKey || e.metaKey || e.altKey) return;
        if (e.key === 'Enter' && e.target === e.currentTarget) onOpen(item);
        else if (e.key === 'm' && onToggleRead) onToggleRead(item);
        else if ((e.key === '#' || e.key === 'Delete') && onDelete) onDelete(item);
        else return;
        e.preventDefault();
      }}
      style={{
        borderRadius: 8,
        background: unread ? 'var(--mantine-color-teal-0)' : undefined,
        outlineOffset: -2,
      }}
    >
      <ThemeIcon variant="light" color={color} radius="xl" size={compact ? 30 : 36} mt={2} aria-hidden>
        <Icon size={compact ? 16 : 18} stroke={1.7} />
      </ThemeIcon>
      <UnstyledButton onClick={() => onOpen(item)} style={{ flex: 1, minWidth: 0 }} tabIndex={compact ? 0 : -1} aria-label={`${unread ? 'Unread: ' : ''}${item.title}`}>
        <Text size="sm" fw={unread ? 600 : 400} lineClamp={compact ? 2 : 3}>{item.title}</Text>
        {item.body && <Text size="xs" c="dimmed" lineClamp={compact ? 1 : 2}>{item.body}</Text>}
        <Text size="xs" c="dimmed" mt={2}>{ago(item.createdAt)}</Text>
      </UnstyledButton>
      {!compact && (
        <Group gap={2} wrap="nowrap">
          {onToggleRead && (
            <Tooltip label={unread ? 'Mark read (m)' : 'Mark unread (m)'}>
              <ActionIcon variant="subtle" color="gray" data-action="toggle-read" aria-label={unread ? `Mark read: ${item.title}` : `Mark unread: ${item.title}`} onClick={() => onToggleRead(item)}>
                {unread ? <IconMailOpened size={18} /> : <IconMail size={18} />}
              </ActionIcon>
            </Tooltip>
          )}
          {onDelete && (
            <Tooltip label="Delete (#)">
              <ActionIcon variant="subtle" color="gray" data-action="delete" aria-label={`Delete: ${item.title}`} onClick={() => onDelete(item)}>
                <IconTrash size={18} />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      )}
      {compact && unread && <Box w={8} h={8} mt={8} style={{ borderRadius: 4, background: 'var(--mantine-color-teal-6)', flex: 'none' }} aria-hidden />}
    </Group>
  );
}
