import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { InterviewSummary } from '../../../domain/interviews/api';
import type { Stage } from '../../../domain/interviews/stages';
import { errorMessage } from '../../api/client';
import { useMoveInterview, useStarInterview } from '../../api/interviews';
import { MOVE_LABELS, NEEDS_INPUT } from './labels';
import { useMovedToast } from './stage-undo-toast';

/**
 * Moving an interview: moves that need a detail open the dialog, the others go straight to the
 * server. Moving to potential mentor is starring (the contact is starred too).
 */
export function useStageMove(onMoved?: (id: string) => void) {
  const move = useMoveInterview();
  const star = useStarInterview();
  const [dialog, setDialog] = useState<{ interview: InterviewSummary; to: Stage } | null>(null);
  const fail = (err: unknown) => notifications.show({ color: 'red', title: 'Not moved', message: errorMessage(err) });
  const moved = useMovedToast();
  const done = (iv: InterviewSummary, to: Stage) => {
    moved(iv, to);
    onMoved?.(iv.id);
  };

  const request = (iv: InterviewSummary, to: Stage) => {
    if (!iv.allowedMoves.includes(to)) return;
    if (NEEDS_INPUT.includes(to)) return setDialog({ interview: iv, to });
    if (to === 'potential_mentor') return star.mutate({ id: iv.id, starred: true }, { onSuccess: () => done(iv, to), onError: fail });
    move.mutate({ id: iv.id, body: { to } }, { onSuccess: () => done(iv, to), onError: fail });
  };

  const pendingId = move.isPending ? move.variables?.id : star.isPending ? star.variables?.id : undefined;
  return { request, dialog, closeDialog: () => setDialog(null), pendingId, label: (to: Stage) => MOVE_LABELS[to] };
}
