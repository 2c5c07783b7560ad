import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { FollowUpItem, UndoAction } from '../../../domain/follow-through/api';
import { api, errorMessage } from '../../api/client';
import { ftKeys } from '../../api/follow-through';

const VERB: Record<UndoAction, string> = { done: 'Done', snooze: 'Snoozed', skip: 'Skipped' };
/** Long enough to notice the slip and reach the button, short enough not to pile up. */
const UNDO_MS = 10_000;

type Undoable = { item: FollowUpItem; action: UndoAction; toastId: string; qc: QueryClient };
/** The latest action that can still be taken back, for the `u` shortcut on Today. */
let last: Undoable | null = null;

async function runUndo(u: Undoable) {
  if (last === u) last = null;
  notifications.update({ id: u.toastId, loading: true, title: 'Undoing…', message: u.item.title, autoClose: false });
  try {
    await api<FollowUpItem>('POST', `/follow-ups/${u.item.id}/undo`, { action: u.action });
    await Promise.all([u.qc.invalidateQueries({ queryKey: ftKeys.all }), u.qc.invalidateQueries({ queryKey: ['network'] })]);
    notifications.update({ id: u.toastId, loading: false, color: 'gray', title: 'Undone', message: `${u.item.title} is back on Today.`, autoClose: 4000 });
  } catch (err) {
    notifications.update({ id: u.toastId, loading: false, color: 'red', title: 'Could not undo', message: errorMessage(err), autoClose: 8000 });
  }
}

/** Takes back the most recent done/snooze/skip whose notification is still up; false when there is none. */
export function undoLast(): boolean {
  if (!last) return false;
  void runUndo(last);
  return true;
}

/**
 * A confirmation after done, snooze or skip with an Undo button that reopens the item (and, for
 * done, removes the interaction it logged). Promise steps moved their promise on, so their done is
 * changed on the Promises page instead.
 */
export function useUndoToast() {
  const qc = useQueryClient();
  return (item: FollowUpItem, action: UndoAction) => {
    const toastId = `fu-${item.id}-${Date.now()}`;
    const canUndo = !(action === 'done' && item.source === 'commitment');
    const u: Undoable = { item, action, toastId, qc };
    if (canUndo) last = u;
    notifications.show({
      id: toastId,
      color: 'teal',
      title: VERB[action],
      autoClose: UNDO_MS,
      onClose: () => {
        if (last === u) last = null;
      },
      message: (
        <Group gap="xs" justify="space-between" wrap="nowrap">
          <Text size="sm" lineClamp={2} style={{ flex: 1, minWidth: 0 }}>{item.title}</Text>
          {canUndo && (
            <Button size="compact-sm" variant="light" style={{ flexShrink: 0 }} aria-label={`Undo ${VERB[action].toLowerCase()}: ${item.title}`} onClick={() => void runUndo(u)}>
              Undo
            </Button>
          )}
        </Group>
      ),
    });
  };
}
