import { Alert, Badge, Button, Card, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import type { ProgramResponse } from '../../../domain/programs/api';
import { defaultSelfServiceAccept, defaultSelfServiceDecline, MESSAGE_MAX, type RequestStatus } from '../../../domain/programs/self-service';
import type { SelfServiceRequestResponse } from '../../../domain/programs/self-service-api';
import { ApiError, errorMessage } from '../../api/client';
import { useSession } from '../../api/session';
import { formatDate } from './labels';
import { useAnswerRequest, useWithdrawSelfService, type RequestAnswer } from './SelfServiceApi';

/** Self-service requests as each side sees them: the mentee's sent ones, a mentor's received ones, the coordinators' approval queue. */
type View = 'mentee' | 'mentor' | 'coordinator';

const STATUS: Record<RequestStatus, [string, string]> = {
  pending: ['Waiting for the mentor', 'blue'],
  accepted_by_mentor: ['Waiting for a coordinator', 'orange'],
  accepted: ['Matched', 'teal'],
  approved: ['Matched', 'teal'],
  declined: ['Declined', 'gray'],
  declined_by_coordinator: ['Not approved', 'gray'],
  withdrawn: ['Withdrawn', 'gray'],
  expired: ['Expired', 'gray'],
};

export function RequestList({ items, view, p, empty }: { items: SelfServiceRequestResponse[]; view: View; p: ProgramResponse; empty: string }) {
  const [answering, setAnswering] = useState<{ r: SelfServiceRequestResponse; answer: RequestAnswer } | null>(null);
  if (items.length === 0) return empty ? <Text size="sm" c="dimmed">{empty}</Text> : null;
  return (
    <Stack gap="sm">
      {items.map((r) => <RequestCard key={r.id} r={r} view={view} onAnswer={(answer) => setAnswering({ r, answer })} />)}
      <AnswerModal p={p} answering={answering} onClose={() => setAnswering(null)} />
    </Stack>
  );
}

function RequestCard({ r, view, onAnswer }: { r: SelfServiceRequestResponse; view: View; onAnswer: (a: RequestAnswer) => void }) {
  const withdraw = useWithdrawSelfService();
  const [status, color] = STATUS[r.status];
  const label = view === 'mentor' && r.status === 'pending' ? 'Waiting for your answer' : view === 'coordinator' && r.status === 'accepted_by_mentor' ? 'Waiting for you' : status;
  const title = view === 'mentee' ? `To ${r.mentor.name}` : view === 'mentor' ? `${r.mentee.name} asks you to mentor them` : `${r.mentee.name} → ${r.mentor.name}`;
  const open = r.status === 'pending' || r.status === 'accepted_by_mentor';
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-label={title}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={600} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>{title}</Text>
          <Group gap={6}>
            <Badge color={color} variant="light">{label}</Badge>
          </Group>
        </Group>
        <Text size="xs" c="dimmed">
          Asked {formatDate(r.createdAt.slice(0, 10))}
          {r.expiresAt && ` · expires ${formatDate(r.expiresAt.slice(0, 10))} without an answer`}
        </Text>
        {view !== 'mentee' && (
          <Text size="sm">
            {r.mentee.growthAreas.length > 0 ? <>Wants to grow in {r.mentee.growthAreas.join(', ')}</> : 'No growth areas given yet'}
            {r.mentee.languages.length > 0 && <> · speaks {r.mentee.languages.join(', ')}</>}
            {r.mentee.stage && <> · {r.mentee.stage.replace(/_/g, ' ')}</>}
            {r.mentee.isMinor && <> · under 18</>}
          </Text>
        )}
        {view !== 'mentee' && r.reasons.length > 0 && (
          <Text size="xs" c="dimmed">Fit {r.score}: {r.reasons.map((x) => `${CRITERION_LABELS[x.criterion] ?? x.criterion} ${x.points > 0 ? `+${x.points}` : '(no points)'}`).join(' · ')}</Text>
        )}
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{r.message}</Text>
        {r.response && (
          <Alert color={r.status === 'declined' ? 'gray' : 'teal'} variant="light" title={view === 'mentor' ? 'Your answer' : `${r.mentor.name} answered`}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{r.response}</Text>
          </Alert>
        )}
        {r.coordinatorNote && <Alert color="gray" variant="light" title="Coordinator’s note"><Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{r.coordinatorNote}</Text></Alert>}
        <Group justify="flex-end" gap="xs">
          {view === 'mentor' && r.status === 'pending' && (
            <>
              <Button variant="default" leftSection={<IconX size={14} />} onClick={() => onAnswer('decline')}>Decline kindly</Button>
              <Button leftSection={<IconCheck size={14} />} onClick={() => onAnswer('accept')}>Accept</Button>
            </>
          )}
          {view === 'coordinator' && r.status === 'accepted_by_mentor' && (
            <>
              <Button variant="default" leftSection={<IconX size={14} />} onClick={() => onAnswer('reject')}>Decline</Button>
              <Button leftSection={<IconCheck size={14} />} onClick={() => onAnswer('approve')}>Approve match</Button>
            </>
          )}
          {view === 'mentee' && open && (
            <Button variant="subtle" color="gray" size="compact-sm" loading={withdraw.isPending} onClick={() => withdraw.mutate(r.id, { onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }) })}>
              Withdraw
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

/** The score's terms named from neither side (the mentee's own list says "your"). */
const CRITERION_LABELS: Record<string, string> = { growth: 'shared growth areas', industry: 'industry', role: 'role', language: 'language', timeZone: 'time zone', unlikeMe: 'different background', stage: 'career stage' };

const TITLES: Record<RequestAnswer, (r: SelfServiceRequestResponse) => string> = {
  accept: (r) => `Accept ${r.mentee.name} as your mentee`,
  decline: (r) => `Decline ${r.mentee.name}’s request`,
  approve: (r) => `Approve ${r.mentee.name} with ${r.mentor.name}`,
  reject: (r) => `Decline the match of ${r.mentee.name} with ${r.mentor.name}`,
};

function AnswerModal({ p, answering, onClose }: { p: ProgramResponse; answering: { r: SelfServiceRequestResponse; answer: RequestAnswer } | null; onClose: () => void }) {
  const answer = useAnswerRequest();
  const session = useSession();
  const [text, setText] = useState('');
  const [forKey, setForKey] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const key = answering ? `${answering.r.id}:${answering.answer}` : null;
  if (answering && forKey !== key) {
    const me = session.data?.user.name ?? '';
    const a = answering.answer;
    setForKey(key);
    setText(a === 'accept' ? defaultSelfServiceAccept(answering.r.mentee.name, me, p.participantsAreMinors) : a === 'decline' ? defaultSelfServiceDecline(answering.r.mentee.name, me) : '');
    setError(undefined);
  }
  if (!answering) return null;
  const { r, answer: kind } = answering;
  const toMentor = kind === 'accept' || kind === 'decline';
  const close = () => { setForKey(null); onClose(); };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const t = text.trim();
    if (toMentor && !t) return setError('Write a short, kind message');
    if (t.length > MESSAGE_MAX) return setError(`Keep it under ${MESSAGE_MAX} characters`);
    answer.mutate(
      { id: r.id, answer: kind, text: t || null },
      {
        onSuccess: (done) => {
          const said = done.status === 'accepted' || done.status === 'approved' ? `${r.mentee.name} and ${r.mentor.name} are matched` : done.status === 'accepted_by_mentor' ? 'Accepted: a coordinator will confirm the match' : 'Answered, kindly';
          notifications.show({ color: 'teal', message: said });
          close();
        },
        onError: (err) => setError(err instanceof ApiError ? (err.fieldErrors().message ?? err.fieldErrors().note ?? err.message) : errorMessage(err)),
      },
    );
  };
  return (
    <Modal opened onClose={close} title={TITLES[kind](r)} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {toMentor ? `${r.mentee.name} reads this message with your answer.` : `${r.mentee.name} and ${r.mentor.name} read this note (optional).`}
          </Text>
          <Textarea label={toMentor ? 'Message' : 'Note'} required={toMentor} autosize minRows={4} maxRows={10} value={text} onChange={(e) => setText(e.currentTarget.value)} error={error} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>Cancel</Button>
            <Button type="submit" color={kind === 'decline' || kind === 'reject' ? 'gray' : undefined} loading={answer.isPending}>
              {kind === 'accept' ? 'Accept' : kind === 'decline' ? 'Send and decline' : kind === 'approve' ? 'Approve match' : 'Decline match'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
