import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { InterviewResponse, InterviewSummary } from '../../../domain/interviews/api';
import type { Stage } from '../../../domain/interviews/stages';
import { api, errorMessage } from '../../api/client';
import { interviewKeys } from '../../api/interviews';
import { STAGE_LABELS } from './labels';

/** Long enough to notice a slip and reach the button. */
const UNDO_MS = 10_000;

async function runUndo(qc: QueryClient, toastId: string, iv: Pick<InterviewSummary, 'id'>, name: string, to: Stage) {
  notifications.update({ id: toastId, loading: true, title: 'Undoing…', message: `${name}: ${STAGE_LABELS[to]}`, autoClose: false });
  try {
    const back = await api<InterviewResponse>('POST', `/interviews/${iv.id}/stage/undo`, { stage: to });
    qc.setQueryData(interviewKeys.one(back.id), back);
    await Promise.all([
      qc.invalidateQueries({ queryKey: interviewKeys.all }),
      qc.invalidateQueries({ queryKey: ['network'] }),
      qc.invalidateQueries({ queryKey: ['follow-through'] }),
    ]);
    notifications.update({ id: toastId, loading: false, color: 'gray', title: 'Move undone', message: `${name} is back in ${STAGE_LABELS[back.stage]}.`, autoClose: 4000 });
  } catch (err) {
    notifications.update({ id: toastId, loading: false, color: 'red', title: 'Could not undo', message: errorMessage(err), autoClose: 8000 });
  }
}

/**
 * The notification after a stage move, with Undo: the server takes the move back exactly (the
 * interaction a "held" logged, the contact's star if the move put it there), refusing if the
 * interview moved on since.
 */
export function useMovedToast() {
  const qc = useQueryClient();
  return (iv: Pick<InterviewSummary, 'id' | 'contact'>, to: Stage) => {
    const name = iv.contact?.displayName ?? 'Interview';
    const toastId = `interview-moved-${iv.id}-${Date.now()}`;
    notifications.show({
      id: toastId,
      color: 'teal',
      autoClose: UNDO_MS,
      message: (
        <Group gap="xs" justify="space-between" wrap="nowrap">
          <Text size="sm" lineClamp={2} style={{ flex: 1, minWidth: 0 }}>{name}: {STAGE_LABELS[to]}</Text>
          <Button size="compact-sm" variant="light" style={{ flexShrink: 0 }} aria-label={`Undo moving ${name} to ${STAGE_LABELS[to]}`} onClick={() => void runUndo(qc, toastId, iv, name, to)}>
            Undo
          </Button>
        </Group>
      ),
    });
  };
}
