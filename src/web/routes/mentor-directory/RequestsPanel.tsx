import { Alert, Anchor, Badge, Button, Card, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { RequestResponse } from '../../../domain/mentor-directory/api';
import { defaultAcceptMessage, defaultDeclineMessage } from '../../../domain/mentor-directory/rules';
import { ApiError, errorMessage } from '../../api/client';
import { useRequests, useRespond, useWithdrawRequest } from '../../api/mentor-directory';
import { useSession } from '../../api/session';
import { Loading } from '../../components/Loading';
import { KIND_LABELS } from '../mentoring/labels';
import { formatInstant, REQUEST_STATUS_COLORS, REQUEST_STATUS_LABELS } from './labels';

/** Requests: the ones waiting for my answer as a mentor, and the ones I sent. */
export function RequestsPanel() {
  const incoming = useRequests('incoming');
  const outgoing = useRequests('outgoing');
  const [answering, setAnswering] = useState<{ r: RequestResponse; answer: 'accept' | 'decline' } | null>(null);
  const inItems = incoming.data?.pages.flatMap((p) => p.items) ?? [];
  const outItems = outgoing.data?.pages.flatMap((p) => p.items) ?? [];
  const mine = (
    <Stack gap="sm">
      <Title order={2} size="h4">Your requests</Title>
      {outgoing.isPending && <Loading label="Loading requests you sent" />}
      {outgoing.error && <Alert color="red" role="alert" title="Requests could not be loaded">{outgoing.error.message}</Alert>}
      {outgoing.data && outItems.length === 0 && (
        <Text size="sm" c="dimmed">You have not asked anyone yet. <Anchor component={Link} to="/mentoring/find" inherit>Find a mentor</Anchor> in the directory.</Text>
      )}
      {outItems.map((r) => <RequestCard key={r.id} r={r} />)}
      {outgoing.hasNextPage && <Group><Button variant="default" size="compact-sm" loading={outgoing.isFetchingNextPage} onClick={() => void outgoing.fetchNextPage()}>Show older</Button></Group>}
    </Stack>
  );
  // A mentee who mentors nobody sees their own requests first.
  const outgoingFirst = incoming.data !== undefined && inItems.length === 0 && outItems.length > 0;
  return (
    <Stack gap="xl" maw={860}>
      {outgoingFirst && mine}
      <Stack gap="sm">
        <Title order={2} size="h4">Asked to mentor</Title>
        {incoming.isPending && <Loading label="Loading requests you received" />}
        {incoming.error && <Alert color="red" role="alert" title="Requests could not be loaded">{incoming.error.message}</Alert>}
        {incoming.data && inItems.length === 0 && (
          <Text size="sm" c="dimmed">Nobody has asked you yet. <Anchor component={Link} to="/mentoring?tab=profile" inherit>List your mentor profile</Anchor> so mentees can find you.</Text>
        )}
        {inItems.map((r) => <RequestCard key={r.id} r={r} onAnswer={(answer) => setAnswering({ r, answer })} />)}
        {incoming.hasNextPage && <Group><Button variant="default" size="compact-sm" loading={incoming.isFetchingNextPage} onClick={() => void incoming.fetchNextPage()}>Show older</Button></Group>}
      </Stack>
      {!outgoingFirst && mine}
      <AnswerModal answering={answering} onClose={() => setAnswering(null)} />
    </Stack>
  );
}

function RequestCard({ r, onAnswer }: { r: RequestResponse; onAnswer?: (a: 'accept' | 'decline') => void }) {
  const withdraw = useWithdrawRequest();
  const incoming = r.direction === 'incoming';
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-label={incoming ? `Request from ${r.otherName}` : `Request to ${r.otherName}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={600}>{incoming ? `${r.otherName} asks you to mentor them` : `To ${r.otherName}`}</Text>
          <Badge color={REQUEST_STATUS_COLORS[r.status]} variant="light">{REQUEST_STATUS_LABELS[r.status]}</Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {formatInstant(r.createdAt)} · as {KIND_LABELS[r.kind].toLowerCase()}{r.areas.length ? ` · ${r.areas.join(', ')}` : ''}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{r.message}</Text>
        {r.response && (
          <Alert color={r.status === 'accepted' ? 'teal' : 'gray'} variant="light" title={incoming ? 'Your answer' : `${r.otherName} answered`}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{r.response}</Text>
          </Alert>
        )}
        <Group justify="flex-end" gap="xs">
          {incoming && r.status === 'pending' && onAnswer && (
            <>
              <Button variant="default" leftSection={<IconX size={14} />} onClick={() => onAnswer('decline')}>Decline kindly</Button>
              <Button leftSection={<IconCheck size={14} />} onClick={() => onAnswer('accept')}>Accept</Button>
            </>
          )}
          {incoming && r.menteeId && <Anchor component={Link} to={`/mentoring/mentees/${r.menteeId}`} size="sm">Open {r.otherName}’s page</Anchor>}
          {!incoming && r.status === 'pending' && (
            <Button variant="subtle" color="gray" size="compact-sm" loading={withdraw.isPending} onClick={() => withdraw.mutate(r.id, { onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }) })}>Withdraw</Button>
          )}
          {!incoming && r.mentorshipId && <Anchor component={Link} to={`/mentoring/${r.mentorshipId}`} size="sm">Go to your mentorship</Anchor>}
        </Group>
      </Stack>
    </Card>
  );
}

function AnswerModal({ answering, onClose }: { answering: { r: RequestResponse; answer: 'accept' | 'decline' } | null; onClose: () => void }) {
  const respond = useRespond();
  const session = useSession();
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    if (!answering) return;
    const me = session.data?.user.name ?? '';
    setMessage(answering.answer === 'accept' ? defaultAcceptMessage(answering.r.otherName, me) : defaultDeclineMessage(answering.r.otherName, me));
    setError(undefined);
  }, [answering, session.data?.user.name]);
  if (!answering) return <Modal opened={false} onClose={onClose} title="" />;
  const { r, answer } = answering;
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!message.trim()) return setError('Write a short, kind message');
    respond.mutate(
      { id: r.id, answer, body: { message: message.trim() } },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: answer === 'accept' ? `${r.otherName} is now your mentee` : 'Declined, kindly' });
          onClose();
        },
        onError: (err) => setError(err instanceof ApiError ? (err.fieldErrors().message ?? err.message) : errorMessage(err)),
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={answer === 'accept' ? `Accept ${r.otherName} as your mentee` : `Decline ${r.otherName}’s request`} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {answer === 'accept'
              ? `${r.otherName} gets you as a mentor in Trellis and can share goals with you. You will see only what they share.`
              : 'A kind no keeps the door open. Say it plainly and wish them well.'}
          </Text>
          <Textarea label="Your message" required autosize minRows={4} value={message} onChange={(e) => setMessage(e.currentTarget.value)} error={error} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={respond.isPending} color={answer === 'accept' ? undefined : 'gray'}>{answer === 'accept' ? 'Accept and send' : 'Decline and send'}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
