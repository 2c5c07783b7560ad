import { Alert, Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconBulb, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { FindListItem } from '../../../domain/follow-through/finds-api';
import { errorMessage } from '../../api/client';
import { useDeleteFind, useFinds } from '../../api/follow-through';
import { ShareFindModal } from '../../components/follow-through/ShareFindModal';
import { ConfirmModal } from '../interviews/ConfirmModal';
import { FindRow } from './FindRow';

/** Everything saved to share: newest first, a page at a time, with edit and delete. */
export function FindsPage() {
  const finds = useFinds();
  const del = useDeleteFind();
  // The edited find stays set while the modal closes, so its title does not flip mid-animation.
  const [form, setForm] = useState<{ open: boolean; editing: FindListItem | null }>({ open: false, editing: null });
  const [deleting, setDeleting] = useState<FindListItem | null>(null);
  const items = finds.data?.pages.flatMap((p) => p.items) ?? [];

  const confirmDelete = () => {
    if (!deleting) return;
    const find = deleting;
    del.mutate(find.id, {
      onSuccess: () => {
        setDeleting(null);
        notifications.show({ color: 'gray', title: 'Find deleted', message: `“${find.title}” and its open share suggestions are gone.` });
      },
      onError: (err) => notifications.show({ color: 'red', title: 'Could not delete', message: errorMessage(err) }),
    });
  };

  return (
    <Stack gap="lg" maw={860}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">Finds</Title>
          <Text c="dimmed">Articles, jobs and events you saved to pass on, and who they went to.</Text>
        </div>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setForm({ open: true, editing: null })}>Save a find</Button>
      </Group>
      {finds.isPending && <Center py="xl" aria-busy="true"><Loader aria-label="Loading finds" /></Center>}
      {finds.error && (
        <Alert color="red" role="alert" icon={<IconAlertTriangle />} title="Finds could not be loaded">
          <Text size="sm" mb="xs">{finds.error.message}</Text>
          <Button size="xs" variant="light" color="red" onClick={() => void finds.refetch()}>Try again</Button>
        </Alert>
      )}
      {finds.data && items.length === 0 && (
        <Paper withBorder radius="md" p="xl">
          <Stack align="center" gap="sm" ta="center">
            <IconBulb size={36} stroke={1.4} color="var(--mantine-color-teal-6)" aria-hidden />
            <Title order={2} size="h4">Nothing saved to share yet</Title>
            <Text size="sm" c="dimmed" maw={480}>
              Passing along an article, a job listing or an event is one of the easiest ways to stay in touch. Save one with its topics and
              Trellis suggests, on Today, who in your network cares about it.
            </Text>
            <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setForm({ open: true, editing: null })}>Save your first find</Button>
          </Stack>
        </Paper>
      )}
      {items.length > 0 && (
        <Stack gap="xs" component="ul" p={0} m={0} aria-label="Finds">
          {items.map((f) => (
            <FindRow key={f.id} find={f} onEdit={() => setForm({ open: true, editing: f })} onDelete={() => setDeleting(f)} />
          ))}
        </Stack>
      )}
      {finds.hasNextPage && (
        <Center>
          <Button variant="default" loading={finds.isFetchingNextPage} onClick={() => void finds.fetchNextPage()}>Show more</Button>
        </Center>
      )}
      <ShareFindModal opened={form.open} editing={form.editing} onClose={() => setForm((f) => ({ ...f, open: false }))} />
      <ConfirmModal
        opened={deleting !== null}
        title="Delete this find?"
        message={
          deleting
            ? `“${deleting.title}” goes, with the share suggestions still open on Today. Notes you already sent stay on your contacts' timelines.`
            : ''
        }
        confirm="Delete find"
        busy={del.isPending}
        onConfirm={confirmDelete}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
