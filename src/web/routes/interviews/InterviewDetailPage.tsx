import { Alert, Anchor, Badge, Button, Grid, Group, Menu, Paper, Stack, Text, TextInput, Textarea, Timeline, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconStarFilled, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { InterviewResponse } from '../../../domain/interviews/api';
import { NEXT_STAGE } from '../../../domain/interviews/stages';
import { BackLink as BackLinkTo, DetailQuery } from '../../components/DetailQuery';
import { errorMessage } from '../../api/client';
import { useDeleteInterview, useInterview, useUpdateInterview } from '../../api/interviews';
import { AskPanel } from './AskPanel';
import { ConfirmModal } from './ConfirmModal';
import { MoveDialog } from './MoveDialog';
import { QuestionsPanel } from './QuestionsPanel';
import { ReflectionPanel } from './ReflectionPanel';
import { MOVE_LABELS, STAGE_COLORS, STAGE_HINTS, STAGE_LABELS, formatDay, formatWhen, isEnd } from './labels';
import { useStageMove } from './use-stage-move';
import { useSyncedState } from './use-synced-state';

/** One interview: the request, the questions with notes, the reflection and star, and its stage moves. */
export function InterviewDetailPage() {
  const { id = '' } = useParams();
  const query = useInterview(id);
  return (
    <DetailQuery query={query} noun="interview" back={BACK}>
      {(data) => <Detail iv={data} />}
    </DetailQuery>
  );
}

const BACK = { to: '/interviews', label: 'Interviews' };
const BackLink = () => <BackLinkTo {...BACK} />;

function Detail({ iv }: { iv: InterviewResponse }) {
  const navigate = useNavigate();
  const mover = useStageMove();
  const del = useDeleteInterview();
  const [deleting, setDeleting] = useState(false);
  const name = iv.contact?.displayName ?? 'Deleted contact';
  const next = isEnd(iv.stage) ? iv.allowedMoves[0] : NEXT_STAGE[iv.stage];
  const primary = next && iv.allowedMoves.includes(next) ? next : undefined;
  const others = iv.allowedMoves.filter((s) => s !== primary);

  return (
    <Stack gap="md">
      <BackLink />
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="xs">
            <Title order={1} size="h2">
              {iv.contact ? <Anchor component={Link} to={`/network/contacts/${iv.contact.id}`} inherit c="inherit">{name}</Anchor> : name}
            </Title>
            {iv.starred && <IconStarFilled size={20} color="var(--mantine-color-yellow-6)" aria-label="Starred: potential mentor" />}
            <Badge color={STAGE_COLORS[iv.stage]} variant="light" size="lg">{STAGE_LABELS[iv.stage]}</Badge>
          </Group>
          <Text c="dimmed" size="sm">{[iv.contact?.title, iv.contact?.company].filter(Boolean).join(' · ') || (iv.contact ? 'No title or company yet' : 'This person was deleted from your network.')}</Text>
          <Text size="sm">{STAGE_HINTS[iv.stage]}</Text>
        </Stack>
        <Group gap="xs">
          {primary && <Button onClick={() => mover.request(iv, primary)} loading={mover.pendingId === iv.id}>{isEnd(iv.stage) ? `Reopen (${STAGE_LABELS[primary]})` : MOVE_LABELS[primary]}</Button>}
          {others.length > 0 && (
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="default" rightSection={<IconChevronDown size={14} />}>Move to</Button>
              </Menu.Target>
              <Menu.Dropdown>
                {others.map((s) => <Menu.Item key={s} onClick={() => mover.request(iv, s)}>{MOVE_LABELS[s]}</Menu.Item>)}
              </Menu.Dropdown>
            </Menu>
          )}
          <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setDeleting(true)}>Delete</Button>
        </Group>
      </Group>
      {iv.followUpDue && <Alert color="orange" title="No answer yet">You planned to follow up on {formatDay(iv.followUpOn!)}. A short, friendly nudge is fine.</Alert>}
      {iv.stage === 'held' && iv.thankYou?.status === 'done' && (
        <Alert color="teal" title="Thank-you sent">
          <Group justify="space-between">
            <Text size="sm">You ticked off the thank-you to {name} on Today.</Text>
            <Button size="xs" onClick={() => mover.request(iv, 'thanked')}>Mark thanked</Button>
          </Group>
        </Alert>
      )}
      {iv.stage === 'held' && iv.thankYou?.status !== 'done' && (
        <Alert color="teal" title="Follow through">
          {iv.thankYou?.status === 'open' ? <>The thank-you for {name} is on <Anchor component={Link} to="/" inherit>Today</Anchor> (due {formatDay(iv.thankYou.dueDate)}), with a recap prompt from your notes.</> : <>Send {name} a thank-you with a sentence or two recapping what you talked about.</>}{' '}
          A reminder to reach out again in two months is on its way too.
        </Alert>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            {(iv.stage === 'prospect' || iv.stage === 'asked') && iv.contact && (
              <AskPanel iv={iv} onMarkAsked={iv.stage === 'prospect' ? () => mover.request(iv, 'asked') : undefined} />
            )}
            {iv.heldAt && <ReflectionPanel iv={iv} />}
            <QuestionsPanel iv={iv} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <DetailsCard iv={iv} />
            <Paper withBorder radius="md" p="md" component="section" aria-labelledby="history-title">
              <Title order={2} size="h5" id="history-title" mb="sm">History</Title>
              <Timeline active={iv.history.length - 1} bulletSize={14} lineWidth={2}>
                {iv.history.map((h, i) => (
                  <Timeline.Item key={`${h.at}-${i}`} title={<Text size="sm" fw={500}>{STAGE_LABELS[h.to]}</Text>}>
                    <Text size="xs" c="dimmed">{formatWhen(h.at)}</Text>
                    {h.reason && <Text size="xs">{h.reason}</Text>}
                  </Timeline.Item>
                ))}
              </Timeline>
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
      <MoveDialog interview={mover.dialog?.interview ?? null} to={mover.dialog?.to ?? null} onClose={mover.closeDialog} />
      <ConfirmModal
        opened={deleting}
        title={`Delete the interview with ${name}?`}
        message="Its questions, notes and reflection are deleted. The conversation stays in your network's interaction log, and the contact stays too."
        confirm="Delete interview"
        busy={del.isPending}
        onClose={() => setDeleting(false)}
        onConfirm={() =>
          del.mutate(iv.id, {
            onSuccess: () => {
              notifications.show({ color: 'teal', message: `Interview with ${name} deleted` });
              void navigate('/interviews');
            },
            onError: (err) => notifications.show({ color: 'red', message: errorMessage(err) }),
          })
        }
      />
    </Stack>
  );
}

/** Topic, time, place and free notes; saved together. */
function DetailsCard({ iv }: { iv: InterviewResponse }) {
  const update = useUpdateInterview();
  const [topic, setTopic] = useSyncedState(iv.topic ?? '');
  const [location, setLocation] = useSyncedState(iv.location ?? '');
  const [notes, setNotes] = useSyncedState(iv.notes ?? '');
  const dirty = topic !== (iv.topic ?? '') || location !== (iv.location ?? '') || notes !== (iv.notes ?? '');
  const save = (e: React.FormEvent) => {
    e.preventDefault();
    update.mutate(
      { id: iv.id, body: { topic: topic.trim() || null, location: location.trim() || null, notes: notes.trim() || null } },
      { onSuccess: () => notifications.show({ color: 'teal', message: 'Saved' }), onError: (err) => notifications.show({ color: 'red', message: errorMessage(err) }) },
    );
  };
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="details-title">
      <form onSubmit={save} noValidate>
        <Stack gap="xs">
          <Title order={2} size="h5" id="details-title">Details</Title>
          {iv.scheduledAt && <Text size="sm">{iv.heldAt ? 'Talked' : 'Scheduled'}: {formatWhen(iv.heldAt ?? iv.scheduledAt)}</Text>}
          {iv.stage === 'asked' && iv.followUpOn && <Text size="sm">Follow up: {formatDay(iv.followUpOn)}</Text>}
          <TextInput label="Topic" size="sm" placeholder="What you want to learn about" value={topic} onChange={(e) => setTopic(e.currentTarget.value)} />
          <TextInput label="Where" size="sm" placeholder="Video call, their office…" value={location} onChange={(e) => setLocation(e.currentTarget.value)} />
          <Textarea label="Notes" size="sm" autosize minRows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button type="submit" size="xs" variant="light" disabled={!dirty} loading={update.isPending}>Save details</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
