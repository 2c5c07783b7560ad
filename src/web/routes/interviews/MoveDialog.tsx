import { Alert, Button, Group, Modal, Stack, TagsInput, Text, TextInput, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { InterviewSummary, MoveInterviewBody } from '../../../domain/interviews/api';
import type { Stage } from '../../../domain/interviews/stages';
import { ApiError } from '../../api/client';
import { useMoveInterview } from '../../api/interviews';
import { toLocalInputValue } from '../../components/network/dates';
import { MOVE_LABELS } from './labels';
import { useMovedToast } from './stage-undo-toast';

type Props = { interview: InterviewSummary | null; to: Stage | null; onClose: () => void; onMoved?: () => void };

const inDays = (n: number) => {
  const d = new Date();
  d.setDate(d.getDate() + n);
  return toLocalInputValue(d).slice(0, 10);
};

/** The moves that need a detail: when it is, when it was, when to follow up, or why it ended. */
export function MoveDialog({ interview, to, onClose, onMoved }: Props) {
  const fullScreen = useMediaQuery('(max-width: 36em)');
  const moved = useMovedToast();
  const move = useMoveInterview();
  const [when, setWhen] = useState('');
  const [location, setLocation] = useState('');
  const [followUpOn, setFollowUpOn] = useState('');
  const [topics, setTopics] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { reset } = move;
  const opened = interview !== null && to !== null;

  useEffect(() => {
    if (!interview || !to) return;
    const scheduled = interview.scheduledAt ? new Date(interview.scheduledAt) : null;
    const past = scheduled && scheduled.getTime() <= Date.now() ? scheduled : new Date();
    setWhen(to === 'held' ? toLocalInputValue(past) : scheduled ? toLocalInputValue(scheduled) : '');
    setLocation(interview.location ?? '');
    setFollowUpOn(inDays(7));
    setTopics(interview.topic ? [interview.topic] : []);
    setReason('');
    setErrors({});
    reset();
  }, [interview, to, reset]);

  if (!interview || !to) return null;
  const name = interview.contact?.displayName ?? 'them';

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const body: MoveInterviewBody = { to };
    if (to === 'scheduled' || to === 'held') {
      if (!when) return setErrors({ [to === 'held' ? 'heldAt' : 'scheduledAt']: to === 'held' ? 'Say when you talked' : 'Choose when you will talk' });
      const iso = new Date(when).toISOString();
      if (to === 'scheduled') body.scheduledAt = iso;
      else body.heldAt = iso;
    }
    if (to === 'scheduled') body.location = location.trim() || null;
    if (to === 'asked') body.followUpOn = followUpOn || null;
    if (to === 'held') body.topics = topics;
    if (to === 'declined' || to === 'closed') body.reason = reason.trim() || null;
    move.mutate(
      { id: interview.id, body },
      {
        onSuccess: () => {
          onClose();
          moved(interview, to);
          onMoved?.();
        },
        onError: (err) => err instanceof ApiError && setErrors(err.fieldErrors()),
      },
    );
  };

  const title = { asked: `You asked ${name}`, scheduled: `Schedule with ${name}`, held: `You talked with ${name}`, declined: `${name} declined`, closed: `Close the interview with ${name}` }[to as string] ?? MOVE_LABELS[to];
  const fieldError = (k: string) => errors[k];
  return (
    <Modal opened={opened} onClose={onClose} title={title} fullScreen={fullScreen}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {to === 'asked' && (
            <TextInput
              type="date"
              label="Follow up if no answer by"
              description="Shown on your Interviews page when the day comes. Leave empty for no reminder."
              value={followUpOn}
              onChange={(e) => setFollowUpOn(e.currentTarget.value)}
              error={fieldError('followUpOn')}
            />
          )}
          {to === 'scheduled' && (
            <>
              <TextInput type="datetime-local" label="When" required value={when} onChange={(e) => setWhen(e.currentTarget.value)} error={fieldError('scheduledAt')} />
              <TextInput label="Where (optional)" placeholder="Video call, their office, a café…" value={location} onChange={(e) => setLocation(e.currentTarget.value)} error={fieldError('location')} />
            </>
          )}
          {to === 'held' && (
            <>
              <TextInput type="datetime-local" label="When you talked" required value={when} onChange={(e) => setWhen(e.currentTarget.value)} error={fieldError('heldAt')} />
              <TagsInput label="What you talked about" description="Press Enter after each topic. They go into the thank-you recap." value={topics} onChange={setTopics} error={fieldError('topics')} clearable />
              <Text size="sm" c="dimmed">
                Trellis logs the conversation in your network, with your notes as the summary, and puts a thank-you and a reminder to reach out again in two months on Today.
              </Text>
            </>
          )}
          {(to === 'declined' || to === 'closed') && (
            <Textarea label="Why (optional)" placeholder={to === 'declined' ? 'e.g. Too busy this quarter; try again in spring' : 'e.g. Moved to another field'} autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={fieldError('reason')} />
          )}
          {move.error && !(move.error instanceof ApiError && move.error.problem.errors?.length) && <Alert color="red" role="alert">{move.error.message}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={move.isPending}>{MOVE_LABELS[to]}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
