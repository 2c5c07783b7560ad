import { Alert, Badge, Button, Card, Checkbox, Grid, Group, Paper, Stack, Text, Textarea, Timeline, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconFlag, IconMessage, IconTrendingUp } from '@tabler/icons-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { MenteeDetail, MentorGoalView } from '../../../domain/mentor-directory/api';
import { ApiError, errorMessage } from '../../api/client';
import { useAcceptAsMentor, useCommentOnGoal, useMentee, useMentorActionItem, useMentorThreadPost } from '../../api/mentor-directory';
import { BackLink, DetailQuery } from '../../components/DetailQuery';
import { formatDay, HORIZON_LABELS, KIND_COLORS, KIND_LABELS, STATUS_COLORS, STATUS_LABELS } from '../mentoring/labels';
import { formatInstant } from './labels';
import { ThreadPanel } from './ThreadPanel';
import { MenteeQuietAlert, MentorEndPanel, MentorShadowPanel, SharedPrepsPanel } from '../mentoring/MenteeDepthPanels';

const BACK = { to: '/mentoring?tab=mentees', label: 'My mentees' };

/** The mentor's view of one mentee: only what the mentee shared with this mentor. */
export function MenteeDetailPage() {
  const { id = '' } = useParams();
  const query = useMentee(id);
  return (
    <DetailQuery query={query} noun="mentee" back={BACK}>
      {(m) => <Detail m={m} />}
    </DetailQuery>
  );
}

function Detail({ m }: { m: MenteeDetail }) {
  const post = useMentorThreadPost();
  const closed = m.status === 'closed';
  return (
    <Stack gap="md">
      <BackLink {...BACK} />
      <Stack gap={4}>
        <Group gap="xs">
          <Title order={1} size="h2">{m.name}</Title>
          <Badge color={KIND_COLORS[m.kind]} variant="light" size="lg">{KIND_LABELS[m.kind]}</Badge>
          {m.status !== 'active' && <Badge color={STATUS_COLORS[m.status]} variant="light" size="lg">{STATUS_LABELS[m.status]}</Badge>}
        </Group>
        <Text c="dimmed" size="sm">Your mentee since {formatInstant(m.since)}{m.areas.length ? ` · wants help with ${m.areas.join(', ')}` : ''}. {m.name.split(' ')[0]} drives the relationship; you see only what they share with you.</Text>
      </Stack>
      <MenteeQuietAlert m={m} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <Stack gap="xs">
              <Title order={2} size="h4">Goals {m.name.split(' ')[0]} shared with you</Title>
              {m.goals.length === 0 ? (
                <Paper withBorder radius="md" p="md"><Text size="sm" c="dimmed">Nothing shared yet. Goals appear here when {m.name} shares them with you.</Text></Paper>
              ) : (
                m.goals.map((g) => <GoalCard key={g.id} menteeId={m.id} g={g} closed={closed} />)
              )}
            </Stack>
            <ThreadPanel
              posts={m.thread}
              canShare
              closed={closed}
              busy={post.isPending}
              otherName={m.name}
              onPost={(body, done) => post.mutate({ id: m.id, body }, done)}
            />
            <SharedPrepsPanel m={m} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <AgreementCard m={m} />
            <MeetingsCard m={m} />
            <MentorShadowPanel m={m} />
            <MentorEndPanel m={m} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function GoalCard({ menteeId, g, closed }: { menteeId: string; g: MentorGoalView; closed: boolean }) {
  const comment = useCommentOnGoal();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!body.trim()) return setError('Write your comment');
    comment.mutate({ id: menteeId, goalId: g.id, body: { body: body.trim() } }, { onSuccess: () => { setBody(''); setError(undefined); }, onError: (err) => setError(err instanceof ApiError ? (err.fieldErrors().body ?? err.message) : errorMessage(err)) });
  };
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-label={g.title}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text fw={600}>{g.title}</Text>
            <Text size="xs" c="dimmed">{HORIZON_LABELS[g.horizon]}</Text>
            {g.description && <Text size="sm" c="dimmed">{g.description}</Text>}
          </Stack>
          {g.achieved && <Badge color="green">Achieved</Badge>}
        </Group>
        {g.areas.length > 0 && <Group gap={4}>{g.areas.map((a) => <Badge key={a} variant="light" color="blue" size="sm" tt="none">{a}</Badge>)}</Group>}
        {g.posts.length > 0 ? (
          <Timeline bulletSize={20} lineWidth={2}>
            {g.posts.map((p) => (
              <Timeline.Item
                key={p.id}
                bullet={p.kind === 'progress' ? <IconTrendingUp size={12} /> : p.kind === 'challenge' ? <IconFlag size={12} /> : <IconMessage size={12} />}
                color={p.kind === 'progress' ? 'teal' : p.kind === 'challenge' ? 'orange' : 'grape'}
                title={<Text size="sm" fw={500}>{p.kind === 'progress' ? 'Progress' : p.kind === 'challenge' ? 'New challenge' : p.mine ? 'Your comment' : `Comment from ${p.authorName}`} · {formatDay(p.postedOn)}</Text>}
              >
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{p.body}</Text>
              </Timeline.Item>
            ))}
          </Timeline>
        ) : (
          <Text size="sm" c="dimmed">No progress or challenges posted yet.</Text>
        )}
        {!closed && (
          <form onSubmit={submit} noValidate>
            <Group gap="xs" align="flex-start" wrap="nowrap">
              <Textarea aria-label={`Comment on ${g.title}`} placeholder="Encourage, ask, suggest a next step…" autosize minRows={1} style={{ flex: 1 }} value={body} onChange={(e) => setBody(e.currentTarget.value)} error={error} />
              <Button type="submit" size="sm" variant="light" loading={comment.isPending}>Comment</Button>
            </Group>
          </form>
        )}
      </Stack>
    </Card>
  );
}

const TERMS = [
  ['goals', 'Goals'],
  ['cadence', 'Meeting cadence'],
  ['channels', 'Channels'],
  ['responseTimes', 'Response times'],
  ['confidentiality', 'Confidentiality'],
  ['duration', 'Duration'],
] as const;

function AgreementCard({ m }: { m: MenteeDetail }) {
  const accept = useAcceptAsMentor();
  const v = m.agreement.current;
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">Expectations agreement{v ? ` · version ${v.version}` : ''}</Title>
        {!v ? (
          <Text size="sm" c="dimmed">{m.name} has not written it yet. Suggest agreeing early on goals, how often you meet, how fast you answer and what stays confidential.</Text>
        ) : (
          <>
            <Stack gap={4}>
              {TERMS.filter(([k]) => v[k]).map(([k, label]) => <Text key={k} size="sm"><Text span fw={500}>{label}: </Text>{v[k]}</Text>)}
              {v.reviewOn && <Text size="sm"><Text span fw={500}>Review on: </Text>{formatDay(v.reviewOn)}</Text>}
            </Stack>
            <Group gap={6} c={v.menteeAcceptedAt ? 'green.8' : 'dimmed'} wrap="nowrap">
              {v.menteeAcceptedAt && <IconCheck size={16} aria-hidden />}
              <Text size="sm">{v.menteeAcceptedAt ? `${m.name} accepted on ${formatInstant(v.menteeAcceptedAt)}` : `${m.name} has not accepted this version yet`}</Text>
            </Group>
            {v.mentorAcceptedAt ? (
              <Group gap={6} c="green.8" wrap="nowrap"><IconCheck size={16} aria-hidden /><Text size="sm">You accepted on {formatInstant(v.mentorAcceptedAt)}</Text></Group>
            ) : (
              <Group>
                <Button loading={accept.isPending} disabled={m.status === 'closed'} onClick={() => accept.mutate(m.id, { onSuccess: () => notifications.show({ color: 'teal', message: `You accepted version ${v.version}` }), onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }) })}>
                  I accept version {v.version}
                </Button>
              </Group>
            )}
            {m.agreement.history.length > 1 && <Text size="xs" c="dimmed">{m.agreement.history.length - 1} earlier version(s); a revision is accepted anew by both.</Text>}
          </>
        )}
        {m.agreement.reviewDue && <Alert color="orange" title="Time to review">The review date has come: talk it through together.</Alert>}
      </Stack>
    </Paper>
  );
}

function MeetingsCard({ m }: { m: MenteeDetail }) {
  const tick = useMentorActionItem();
  const first = m.name.split(' ')[0];
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">Meetings and action items</Title>
        <Text size="xs" c="dimmed">{m.name} records the meetings; their own notes stay private. Tick off what you took on.</Text>
        {m.meetings.length === 0 && <Text size="sm" c="dimmed">No meetings recorded yet.</Text>}
        {m.meetings.map((x) => (
          <Stack key={x.id} gap={4}>
            <Text size="sm" fw={600}>{formatDay(x.heldOn)}</Text>
            {x.agenda && <Text size="sm"><Text span fw={500}>Agenda: </Text>{x.agenda}</Text>}
            {x.actionItems.map((i) => {
              const label = `${i.text}${i.owner === 'mentor' ? ' (on you)' : ` (on ${first})`}${i.dueOn ? ` · due ${formatDay(i.dueOn)}` : ''}`;
              return i.owner === 'mentor' ? (
                <Checkbox
                  key={i.id}
                  size="sm"
                  checked={i.done}
                  disabled={m.status === 'closed'}
                  label={label}
                  aria-label={`Done: ${i.text}`}
                  onChange={(e) => tick.mutate({ id: m.id, itemId: i.id, done: e.currentTarget.checked }, { onError: (err) => notifications.show({ color: 'red', message: errorMessage(err) }) })}
                />
              ) : (
                <Group key={i.id} gap={6} wrap="nowrap" align="flex-start" c={i.done ? 'green.8' : undefined}>
                  {i.done ? <IconCheck size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} /> : <span aria-hidden style={{ width: 16, flexShrink: 0 }}>•</span>}
                  <Text size="sm">{i.done ? 'Done: ' : ''}{label}</Text>
                </Group>
              );
            })}
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
