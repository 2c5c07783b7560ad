import { Alert, Badge, Button, Group, Paper, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMoodEmpty } from '@tabler/icons-react';
import { useState } from 'react';
import type { MenteeDetail } from '../../../domain/mentor-directory/api';
import type { PrepResponse } from '../../../domain/mentoring/interview-prep-api';
import type { ShadowResponse } from '../../../domain/mentoring/shadow-api';
import { ROLE_LABELS } from '../../../domain/mentoring/interview-prep';
import { ApiError, errorMessage } from '../../api/client';
import { useMenteePreps, useMenteeShadows, useMentorPrepComment, useMentorShadowAnswer, useMentorShadowCancel, useMentorSuggestion, useReflection } from '../../api/mentorship-depth';
import { formatDateTime } from '../../format';
import { ConfirmModal } from '../interviews/ConfirmModal';
import { EndMentorshipModal } from './MentorDepthPanels';
import { PrepCommentsPanel } from './PrepCommentsPanel';
import { PrepQuestionsPanel } from './PrepQuestionsPanel';
import { ShadowAnswerModal, ShadowCard } from './ShadowParts';

/** The mentor's side of mentorship depth on one mentee's page. */

export function MenteeQuietAlert({ m }: { m: MenteeDetail }) {
  if (m.quietWeeks === null || m.status !== 'active') return null;
  return (
    <Alert color="yellow" icon={<IconMoodEmpty size={18} />} title={`Quiet for ${m.quietWeeks} week${m.quietWeeks === 1 ? '' : 's'}`}>
      <Text size="sm">{m.name.split(' ')[0]} drives the relationship and has a nudge to send you an update. A short note or an article that matches their goals shows you are still invested.</Text>
    </Alert>
  );
}

export function SharedPrepsPanel({ m }: { m: MenteeDetail }) {
  const list = useMenteePreps(m.id);
  const items = list.data?.items ?? [];
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">Interview preparation</Title>
      {list.isPending && <Text size="sm" c="dimmed">Loading…</Text>}
      {list.data && items.length === 0 && (
        <Paper withBorder radius="md" p="md"><Text size="sm" c="dimmed">Nothing shared yet. When {m.name.split(' ')[0]} prepares for a job interview and shares it with you, you can suggest questions and comment here.</Text></Paper>
      )}
      {items.map((p) => <SharedPrep key={p.id} menteeId={m.id} p={p} closed={m.status === 'closed'} name={m.name} />)}
    </Stack>
  );
}

function SharedPrep({ menteeId, p, closed, name }: { menteeId: string; p: PrepResponse; closed: boolean; name: string }) {
  const suggest = useMentorSuggestion();
  const comment = useMentorPrepComment();
  const [list, setList] = useState<'likely' | 'ask'>('likely');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const open = !closed && p.status === 'preparing';
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2} style={{ flex: '1 1 220px' }}>
            <Text fw={600}>{p.company} · {p.role}</Text>
            <Text size="sm" c="dimmed">{p.scheduledAt ? formatDateTime(p.scheduledAt) : 'No date yet'}{p.people.length ? ` · with ${p.people.map((x) => `${x.displayName} (${ROLE_LABELS[x.role].toLowerCase()})`).join(', ')}` : ''}</Text>
          </Stack>
          <Badge color={p.status === 'held' ? 'teal' : 'violet'} variant="light">{p.status === 'held' ? 'Held' : `${p.practice.answered}/${p.practice.total} practised`}</Badge>
        </Group>
        {p.researchNotes && <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}><b>Research:</b> {p.researchNotes}</Text>}
        <PrepQuestionsPanel title="Likely questions" intro={`${name.split(' ')[0]}'s practice answers.`} questions={p.likelyQuestions} bank={[]} withAnswers readOnly busy={false} onSave={() => undefined} />
        <PrepQuestionsPanel title="Questions to ask" intro="What they plan to ask the interviewer." questions={p.questionsToAsk} bank={[]} withAnswers={false} readOnly busy={false} onSave={() => undefined} />
        {open && (
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              if (!text.trim()) return setError('Write the question');
              suggest.mutate({ menteeId, prepId: p.id, body: { list, text: text.trim() } }, { onSuccess: () => { setText(''); setError(undefined); notifications.show({ message: 'Suggested' }); }, onError: (err) => setError(err instanceof ApiError ? (err.fieldErrors().text ?? err.message) : errorMessage(err)) });
            }}
          >
            <Stack gap="xs">
              <Text size="sm" fw={500}>Suggest a question</Text>
              <SegmentedControl size="xs" value={list} onChange={(v) => setList(v as 'likely' | 'ask')} data={[{ value: 'likely', label: 'They may be asked' }, { value: 'ask', label: 'They should ask' }]} />
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <TextInput style={{ flex: 1 }} aria-label="Suggested question" placeholder="e.g. How would you size the market?" value={text} onChange={(e) => setText(e.currentTarget.value)} error={error} />
                <Button type="submit" variant="light" loading={suggest.isPending}>Suggest</Button>
              </Group>
            </Stack>
          </form>
        )}
        <PrepCommentsPanel
          comments={p.comments}
          otherName={name}
          closed={closed}
          busy={comment.isPending}
          onPost={(body, done) => comment.mutate({ menteeId, prepId: p.id, body }, { onSuccess: done, onError: (err) => notifications.show({ color: 'red', message: errorMessage(err) }) })}
        />
      </Stack>
    </Paper>
  );
}

export function MentorShadowPanel({ m }: { m: MenteeDetail }) {
  const list = useMenteeShadows(m.id);
  const answer = useMentorShadowAnswer();
  const cancel = useMentorShadowCancel();
  const [answering, setAnswering] = useState<ShadowResponse | null>(null);
  const [cancelling, setCancelling] = useState<ShadowResponse | null>(null);
  const first = m.name.split(' ')[0];
  const items = list.data?.items ?? [];
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">Shadow a day</Title>
        {list.data && items.length === 0 && <Text size="sm" c="dimmed">{first} has not asked to shadow you yet. Inviting them to a day of client calls and meetings is one of the best things a mentor can do; get your clients’ and colleagues’ approval first.</Text>}
        {items.map((r) => (
          <ShadowCard key={r.id} r={r} otherName={m.name} side="mentor">
            {r.status === 'requested' && m.status !== 'closed' && <Button size="xs" onClick={() => setAnswering(r)}>Answer</Button>}
            {r.status === 'accepted' && m.status !== 'closed' && <Button size="xs" variant="subtle" color="red" onClick={() => setCancelling(r)}>Cancel the day</Button>}
          </ShadowCard>
        ))}
      </Stack>
      <ShadowAnswerModal
        r={answering}
        title={`${first} would like to shadow you`}
        approvalLabel="My clients and colleagues approved the visit"
        busy={answer.isPending}
        onClose={() => setAnswering(null)}
        onSubmit={(body, fail) => answering && answer.mutate({ menteeId: m.id, id: answering.id, body }, { onSuccess: () => { setAnswering(null); notifications.show({ message: body.decision === 'accept' ? `${first} gets a reminder to prepare the day before` : 'Declined kindly' }); }, onError: fail })}
      />
      <ConfirmModal
        opened={cancelling !== null}
        title="Cancel the shadow day?"
        message={`${first}’s reminders leave their Today. Tell them why yourself, and offer another way to see your work.`}
        confirm="Cancel the day"
        busy={cancel.isPending}
        onConfirm={() => cancelling && cancel.mutate({ menteeId: m.id, id: cancelling.id }, { onSuccess: () => setCancelling(null), onError: (err) => notifications.show({ color: 'red', message: errorMessage(err) }) })}
        onClose={() => setCancelling(null)}
      />
    </Paper>
  );
}

export function MentorEndPanel({ m }: { m: MenteeDetail }) {
  const [ending, setEnding] = useState(false);
  const closed = m.status === 'closed';
  const reflection = useReflection(m.id, 'mentor', closed);
  const r = reflection.data;
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="xs">
        <Title order={2} size="h4">{closed ? 'This mentorship has ended' : 'Ending the mentorship'}</Title>
        {closed ? (
          r?.writtenAt ? (
            <Stack gap={2}>
              {r.learned && <Text size="sm">What you learned: “{r.learned}”</Text>}
              {r.worked && <Text size="sm">What worked: “{r.worked}”</Text>}
              {r.wouldChange && <Text size="sm">What you would change: “{r.wouldChange}”</Text>}
            </Stack>
          ) : (
            <Group justify="space-between"><Text size="sm" c="dimmed">You have not written a reflection.</Text><Button size="xs" variant="light" onClick={() => setEnding(true)}>Write one</Button></Group>
          )
        ) : (
          <Group justify="space-between">
            <Text size="sm" c="dimmed">When it has run its course, end it with a private reflection.</Text>
            <Button size="xs" variant="subtle" color="red" onClick={() => setEnding(true)}>End mentorship</Button>
          </Group>
        )}
      </Stack>
      <EndMentorshipModal opened={ending} onClose={() => setEnding(false)} id={m.id} side="mentor" otherName={m.name} />
    </Paper>
  );
}
