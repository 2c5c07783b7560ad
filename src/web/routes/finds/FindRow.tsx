import { ActionIcon, Anchor, Badge, Group, Menu, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconDots, IconExternalLink, IconPencil, IconTrash } from '@tabler/icons-react';
import type { FindListItem } from '../../../domain/follow-through/finds-api';

export const KIND_LABEL: Record<FindListItem['kind'], string> = { article: 'Article', job: 'Job', event: 'Event' };
const KIND_COLOR: Record<FindListItem['kind'], string> = { article: 'blue', job: 'grape', event: 'orange' };

const savedOn = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

const hostOf = (url: string) => {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
};

/** How a find's share suggestions stand, in words. */
export function sharesLabel(s: FindListItem['shares']): string {
  const parts: string[] = [];
  if (s.done) parts.push(`shared with ${s.done}`);
  if (s.open) parts.push(`${s.open} still to share with on Today`);
  if (s.skipped) parts.push(`${s.skipped} skipped`);
  if (parts.length === 0) return 'Nobody in your network matches its topics yet';
  const text = parts.join(' · ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One saved find: what it is, its topics, who it went to, and edit/delete. */
export function FindRow({ find, onEdit, onDelete }: { find: FindListItem; onEdit: () => void; onDelete: () => void }) {
  return (
    <Paper withBorder radius="md" p="sm" component="li" style={{ listStyle: 'none' }} aria-label={find.title} data-find={find.id}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={6} style={{ minWidth: 0, flex: 1 }}>
          <Group gap={8} wrap="nowrap" align="flex-start">
            <Badge size="sm" variant="light" color={KIND_COLOR[find.kind]} style={{ flexShrink: 0, marginTop: 2 }}>{KIND_LABEL[find.kind]}</Badge>
            <Anchor href={find.url} target="_blank" rel="noopener noreferrer" fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
              {find.title}
              <IconExternalLink size={12} style={{ marginLeft: 4, verticalAlign: 'middle' }} aria-hidden />
            </Anchor>
          </Group>
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {hostOf(find.url)} · saved {savedOn.format(new Date(find.createdAt))}
          </Text>
          {find.note && <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{find.note}</Text>}
          <Group gap={4}>
            {find.topics.map((t) => <Badge key={t} size="sm" variant="outline" color="gray" tt="none" fw={500}>{t}</Badge>)}
          </Group>
          <Text size="xs" c={find.shares.open + find.shares.done + find.shares.skipped ? undefined : 'dimmed'} data-testid="find-shares">{sharesLabel(find.shares)}</Text>
        </Stack>
        <Menu position="bottom-end">
          <Menu.Target>
            <Tooltip label="More">
              <ActionIcon variant="subtle" color="gray" aria-label={`More for ${find.title}`}><IconDots size={16} /></ActionIcon>
            </Tooltip>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconPencil size={14} />} onClick={onEdit}>Edit</Menu.Item>
            <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={onDelete}>Delete</Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
    </Paper>
  );
}
