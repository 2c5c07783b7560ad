import { Alert, Badge, Button, Card, Group, MultiSelect, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Timeline, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFlag, IconMessage, IconPlus, IconTrendingUp } from '@tabler/icons-react';
import { useState } from 'react';
import type { GoalResponse } from '../../../domain/mentoring/api';
import type { GoalHorizon } from '../../../domain/mentoring/rules';
import { ApiError, errorMessage } from '../../api/client';
import { useCreateGoal, useDeleteGoal, useGoals, useMentorships, usePostOnGoal, useUpdateGoal } from '../../api/mentoring';
import { ConfirmModal } from '../interviews/ConfirmModal';
import { HORIZON_LABELS, formatDay, horizonOptions, parseAreas } from './labels';
import { Loading } from '../../components/Loading';

/** One-year, two-year and long-term goals, each with a dated thread of progress and challenges. */
export function GoalsPanel() {
  const goals = useGoals();
  const [adding, setAdding] = useState(false);
  if (goals.isPending) return <Loading label="Loading goals" />;
  if (goals.error) return <Alert color="red" role="alert" title="Goals could not be loaded">{goals.error.message}</Alert>;
  const items = goals.data.items;
  return (
    <Stack gap="lg">
      {items.length === 0 && !adding && (
        <Paper withBorder radius="md" p="lg" maw={720}>
          <Stack gap="sm">
            <Title order={2} size="h4">Set the goals your mentors help with</Title>
            <Text size="sm">You drive the relationship. Write a goal for the next year, one for two years out and one for the long term, then post progress and new challenges as they come, so every meeting starts from where you are.</Text>
            <Group><Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>Set your first goal</Button></Group>
          </Stack>
        </Paper>
      )}
      {(items.length > 0 || adding) && (
        adding ? <GoalForm onDone={() => setAdding(false)} /> : <Group><Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>New goal</Button></Group>
      )}
      {(['one_year', 'two_year', 'long_term'] as GoalHorizon[]).map((h) => {
        const of = items.filter((g) => g.horizon === h);
        if (of.length === 0) return null;
        return (
          <Stack key={h} gap="xs">
            <Title order={2} size="h4">{HORIZON_LABELS[h]}</Title>
            <SimpleGrid cols={{ base: 1, md: 2 }}>{of.map((g) => <GoalCard key={g.id} g={g} />)}</SimpleGrid>
          </Stack>
        );
      })}
    </Stack>
  );
}

function GoalForm({ onDone }: { onDone: () => void }) {
  const create = useCreateGoal();
  const mentors = useMentorships();
  const [horizon, setHorizon] = useState<GoalHorizon>('one_year');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [areas, setAreas] = useState('');
  const [shared, setShared] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return setErrors({ title: 'Name the goal' });
    create.mutate(
      { horizon, title: title.trim(), description: description.trim() || null, areas: parseAreas(areas), sharedWith: shared },
      { onSuccess: onDone, onError: (err) => (err instanceof ApiError ? setErrors(err.fieldErrors()) : notifications.show({ color: 'red', message: errorMessage(err) })) },
    );
  };
  const options = (mentors.data?.items ?? []).filter((m) => m.status !== 'closed').map((m) => ({ value: m.id, label: m.contact?.displayName ?? 'Deleted contact' }));
  return (
    <Paper withBorder radius="md" p="md" maw={720}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h4">New goal</Title>
          <SegmentedControl aria-label="Horizon" value={horizon} onChange={(v) => setHorizon(v as GoalHorizon)} data={horizonOptions} />
          <TextInput label="Goal" required placeholder="e.g. Lead a product area" value={title} onChange={(ev) => setTitle(ev.currentTarget.value)} error={errors.title} data-autofocus />
          <Textarea label="What success looks like (optional)" autosize minRows={2} value={description} onChange={(ev) => setDescription(ev.currentTarget.value)} error={errors.description} />
          <TextInput label="Areas of growth" description="Separate with commas; the board shows who covers them" value={areas} onChange={(ev) => setAreas(ev.currentTarget.value)} error={errors.areas} />
          {options.length > 0 && <MultiSelect label="Share with mentors" searchable data={options} value={shared} onChange={setShared} error={errors['sharedWith.0']} clearable nothingFoundMessage="No such mentor" />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>Cancel</Button>
            <Button type="submit" loading={create.isPending}>Save goal</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function GoalCard({ g }: { g: GoalResponse }) {
  const post = usePostOnGoal();
  const update = useUpdateGoal();
  const del = useDeleteGoal();
  const mentors = useMentorships();
  const [kind, setKind] = useState<'progress' | 'challenge'>('progress');
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [deleting, setDeleting] = useState(false);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!body.trim()) return setError('Write the update');
    post.mutate({ id: g.id, body: { kind, body: body.trim() } }, { onSuccess: () => { setBody(''); setError(undefined); }, onError: (err) => setError(errorMessage(err)) });
  };
  const options = (mentors.data?.items ?? []).filter((m) => m.status !== 'closed' || g.sharedWith.some((s) => s.mentorshipId === m.id)).map((m) => ({ value: m.id, label: m.contact?.displayName ?? 'Deleted contact' }));
  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text fw={600}>{g.title}</Text>
            {g.description && <Text size="sm" c="dimmed">{g.description}</Text>}
          </Stack>
          {g.achieved && <Badge color="green">Achieved</Badge>}
        </Group>
        {g.areas.length > 0 && <Group gap={4}>{g.areas.map((a) => <Badge key={a} variant="light" color="blue" size="sm">{a}</Badge>)}</Group>}
        {options.length > 0 && (
          <MultiSelect
            size="xs"
            searchable
            label="Shared with"
            placeholder={g.sharedWith.length ? undefined : 'Not shared yet'}
            data={options}
            value={g.sharedWith.map((s) => s.mentorshipId)}
            onChange={(v) => update.mutate({ id: g.id, body: { sharedWith: v } })}
          />
        )}
        {g.posts.length > 0 ? (
          <Timeline bulletSize={20} lineWidth={2}>
            {g.posts.map((p) => (
              <Timeline.Item
                key={p.id}
                bullet={p.kind === 'progress' ? <IconTrendingUp size={12} /> : p.kind === 'challenge' ? <IconFlag size={12} /> : <IconMessage size={12} />}
                color={p.kind === 'progress' ? 'teal' : p.kind === 'challenge' ? 'orange' : 'grape'}
                title={<Text size="sm" fw={500}>{p.kind === 'progress' ? 'Progress' : p.kind === 'challenge' ? 'New challenge' : `${p.authorName ?? 'Your mentor'} commented`} · {formatDay(p.postedOn)}</Text>}
              >
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{p.body}</Text>
              </Timeline.Item>
            ))}
          </Timeline>
        ) : (
          <Text size="sm" c="dimmed">No updates yet. Post your progress or a new challenge before the next meeting.</Text>
        )}
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Select aria-label="Kind of update" size="xs" w={150} allowDeselect={false} value={kind} onChange={(v) => v && setKind(v as 'progress')} data={[{ value: 'progress', label: 'Progress' }, { value: 'challenge', label: 'New challenge' }]} />
              <Textarea aria-label={`Update on ${g.title}`} size="xs" autosize minRows={1} style={{ flex: 1 }} placeholder="What happened?" value={body} onChange={(ev) => setBody(ev.currentTarget.value)} error={error} />
            </Group>
            <Group justify="space-between">
              <Group gap="xs">
                <Button size="compact-sm" variant="subtle" onClick={() => update.mutate({ id: g.id, body: { achieved: !g.achieved } })}>{g.achieved ? 'Not achieved yet' : 'Mark achieved'}</Button>
                <Button size="compact-sm" variant="subtle" color="red" onClick={() => setDeleting(true)}>Delete</Button>
              </Group>
              <Button size="compact-sm" type="submit" loading={post.isPending}>Post update</Button>
            </Group>
          </Stack>
        </form>
      </Stack>
      <ConfirmModal
        opened={deleting}
        title="Delete this goal?"
        message={`“${g.title}” and its ${g.posts.length} update(s) will be gone for good.`}
        confirm="Delete goal"
        busy={del.isPending}
        onConfirm={() => del.mutate(g.id, { onSuccess: () => setDeleting(false) })}
        onClose={() => setDeleting(false)}
      />
    </Card>
  );
}
