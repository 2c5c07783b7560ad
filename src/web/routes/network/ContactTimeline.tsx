import { ActionIcon, Alert, Anchor, Badge, Button, Card, Center, Group, Loader, Popover, Stack, Text, ThemeIcon, Timeline, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconMessagePlus, IconPencil, IconTrash } from '@tabler/icons-react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Contact, Interaction } from '../../../domain/network/api';
import { api, errorMessage } from '../../api/client';
import { useDeleteInteraction, useTimeline } from '../../api/network';
import { LogInteractionModal } from '../../components/network/LogInteractionModal';
import { KIND_ICONS, KIND_LABELS, ROLE_LABELS } from '../../components/network/vocabulary';
import { formatDateTime } from '../../format';

/** Long enough to notice a slip and reach the button. */
const UNDO_MS = 10_000;

async function restore(qc: QueryClient, toastId: string, item: Interaction, label: string) {
  notifications.update({ id: toastId, loading: true, title: 'Restoring…', message: label, autoClose: false });
  try {
    await api<Interaction>('POST', `/interactions/${item.id}/restore`);
    await Promise.all([qc.invalidateQueries({ queryKey: ['network'] }), qc.invalidateQueries({ queryKey: ['follow-through'] })]);
    notifications.update({ id: toastId, loading: false, color: 'gray', title: 'Restored', message: `The ${label} is back, with everyone in it.`, autoClose: 4000 });
  } catch (err) {
    notifications.update({ id: toastId, loading: false, color: 'red', title: 'Could not restore', message: errorMessage(err), autoClose: 8000 });
  }
}

/** After a delete: a notification with Undo, which restores the interaction (and the dates it moved). */
function showDeleted(qc: QueryClient, item: Interaction, label: string) {
  const toastId = `interaction-deleted-${item.id}-${Date.now()}`;
  notifications.show({
    id: toastId,
    color: 'teal',
    title: 'Interaction deleted',
    autoClose: UNDO_MS,
    message: (
      <Group gap="xs" justify="space-between" wrap="nowrap">
        <Text size="sm" lineClamp={2} style={{ flex: 1, minWidth: 0 }}>The {label}</Text>
        <Button size="compact-sm" variant="light" style={{ flexShrink: 0 }} aria-label={`Undo delete: ${label}`} onClick={() => void restore(qc, toastId, item, label)}>
          Undo
        </Button>
      </Group>
    ),
  });
}

function Entry({ item, contactId, onEdit }: { item: Interaction; contactId: string; onEdit: (item: Interaction) => void }) {
  const del = useDeleteInteraction();
  const qc = useQueryClient();
  const [confirming, { toggle, close, set: setConfirming }] = useDisclosure(false);
  const what = `${KIND_LABELS[item.kind].toLowerCase()} of ${formatDateTime(item.occurredAt)}`;
  const others = item.participants.filter((p) => p.contactId !== contactId);
  const self = item.participants.find((p) => p.contactId === contactId);
  return (
    <Stack gap={4}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div>
          <Text fw={600} size="sm">
            {KIND_LABELS[item.kind]}
            {self?.role && <Text span c="dimmed" size="sm" fw={400}> · {ROLE_LABELS[self.role]}</Text>}
          </Text>
          <Text size="xs" c="dimmed"><time dateTime={item.occurredAt}>{formatDateTime(item.occurredAt)}</time></Text>
        </div>
        <Group gap={2} wrap="nowrap">
          <ActionIcon variant="subtle" color="gray" aria-label={`Edit ${what}`} onClick={() => onEdit(item)}>
            <IconPencil size={16} />
          </ActionIcon>
          <Popover opened={confirming} onChange={setConfirming} position="bottom-end" withArrow trapFocus returnFocus>
            <Popover.Target>
              <ActionIcon variant="subtle" color="gray" aria-label={`Delete ${what}`} onClick={toggle}>
                <IconTrash size={16} />
              </ActionIcon>
            </Popover.Target>
            <Popover.Dropdown>
              <Stack gap="xs">
                <Text size="sm">Delete this {KIND_LABELS[item.kind].toLowerCase()} for everyone in it?</Text>
                <Group justify="flex-end" gap="xs">
                  <Button size="compact-sm" variant="default" onClick={close}>Cancel</Button>
                  <Button
                    size="compact-sm"
                    color="red"
                    loading={del.isPending}
                    onClick={() =>
                      del.mutate(item.id, {
                        onSuccess: () => {
                          close();
                          showDeleted(qc, item, what);
                        },
                        onError: (e) => notifications.show({ color: 'red', message: e.message }),
                      })
                    }
                  >
                    Delete
                  </Button>
                </Group>
              </Stack>
            </Popover.Dropdown>
          </Popover>
        </Group>
      </Group>
      {item.summary && <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{item.summary}</Text>}
      {item.topics.length > 0 && (
        <Group gap={4}>{item.topics.map((t) => <Badge key={t} size="sm" variant="light" color="gray" tt="none" fw={500}>{t}</Badge>)}</Group>
      )}
      {others.length > 0 && (
        <Text size="xs" c="dimmed">
          Also with{' '}
          {others.map((p, i) => (
            <span key={p.contactId}>
              {i > 0 && ', '}
              <Anchor component={Link} to={`/network/contacts/${p.contactId}`} size="xs">{p.displayName}</Anchor>
              {p.role && ` (${ROLE_LABELS[p.role].toLowerCase()})`}
            </span>
          ))}
        </Text>
      )}
    </Stack>
  );
}

/** Interactions with one contact, newest first. */
export function ContactTimeline({ contact, onLog }: { contact: Contact; onLog: () => void }) {
  const timeline = useTimeline(contact.id);
  // The item stays while the modal animates closed, so its title does not flicker.
  const [editing, setEditing] = useState<Interaction | null>(null);
  const [editOpen, setEditOpen] = useState(false);
  const items = timeline.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="timeline-heading">
      <Group justify="space-between" mb="md">
        <Title order={3} size="h5" id="timeline-heading">Timeline</Title>
        <Button size="xs" variant="light" leftSection={<IconMessagePlus size={14} />} onClick={onLog}>Log interaction</Button>
      </Group>
      {timeline.isPending && <Center py="md"><Loader size="sm" aria-label="Loading timeline" /></Center>}
      {timeline.error && <Alert color="red" role="alert">{timeline.error.message}</Alert>}
      {timeline.data && items.length === 0 && (
        <Text size="sm" c="dimmed">No interactions yet. Log the first coffee, call or meeting with {contact.givenName ?? contact.displayName}.</Text>
      )}
      {items.length > 0 && (
        <Timeline bulletSize={30} lineWidth={2} aria-label="Interactions">
          {items.map((item) => {
            const KindIcon = KIND_ICONS[item.kind];
            return (
              <Timeline.Item key={item.id} bullet={<ThemeIcon size={30} radius="xl" variant="light"><KindIcon size={16} /></ThemeIcon>}>
                <Entry item={item} contactId={contact.id} onEdit={(it) => { setEditing(it); setEditOpen(true); }} />
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
      <LogInteractionModal opened={editOpen} editing={editing} onClose={() => setEditOpen(false)} />
      {timeline.hasNextPage && (
        <Group justify="center" mt="md">
          <Button variant="default" size="xs" loading={timeline.isFetchingNextPage} onClick={() => timeline.fetchNextPage()}>Load older</Button>
        </Group>
      )}
    </Card>
  );
}
