import { ActionIcon, Badge, Button, Checkbox, Group, Paper, SegmentedControl, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import type { MeetingResponse, MentorshipResponse } from '../../../domain/mentoring/api';
import { ApiError, errorMessage } from '../../api/client';
import { useAddActionItem, useCreateMeeting, useDeleteActionItem, useDeleteMeeting, useUpdateActionItem } from '../../api/mentoring';
import { ConfirmModal } from '../interviews/ConfirmModal';
import { formatDay } from './labels';
import { localToday } from '../../format';

type Draft = { text: string; owner: 'me' | 'mentor'; dueOn: string };

/** Meetings with agenda, notes and action items; the newest first. */
export function MeetingsPanel({ m }: { m: MentorshipResponse }) {
  const [adding, setAdding] = useState(false);
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">Meetings</Title>
          {/* An ended mentorship's meetings stay readable; reopening it (page menu) allows recording again. */}
          {!adding && m.status !== 'closed' && <Button size="compact-sm" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)}>Record a meeting</Button>}
        </Group>
        {adding && <MeetingForm mentorshipId={m.id} onDone={() => setAdding(false)} />}
        {m.meetings.length === 0 && !adding && <Text size="sm" c="dimmed">No meetings yet. Before the first one, write an agenda: you drive the relationship. Afterwards, note what you agreed and who does what by when.</Text>}
        {m.meetings.map((meeting) => <Meeting key={meeting.id} meeting={meeting} />)}
      </Stack>
    </Paper>
  );
}

function MeetingForm({ mentorshipId, onDone }: { mentorshipId: string; onDone: () => void }) {
  const create = useCreateMeeting();
  const [heldOn, setHeldOn] = useState(localToday());
  const [agenda, setAgenda] = useState('');
  const [notes, setNotes] = useState('');
  const [items, setItems] = useState<Draft[]>([{ text: '', owner: 'me', dueOn: '' }]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!heldOn) return setErrors({ heldOn: 'Choose the day' });
    const actionItems = items.filter((i) => i.text.trim()).map((i) => ({ text: i.text.trim(), owner: i.owner, dueOn: i.dueOn || null }));
    create.mutate(
      { mentorshipId, body: { heldOn, agenda: agenda.trim() || null, notes: notes.trim() || null, actionItems } },
      { onSuccess: onDone, onError: (err) => (err instanceof ApiError ? setErrors(err.fieldErrors()) : notifications.show({ color: 'red', message: errorMessage(err) })) },
    );
  };
  const set = (i: number, patch: Partial<Draft>) => setItems((l) => l.map((x, k) => (k === i ? { ...x, ...patch } : x)));
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" p="sm" style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 8 }}>
        <TextInput type="date" label="Day" required w={180} value={heldOn} onChange={(e) => setHeldOn(e.currentTarget.value)} error={errors.heldOn} />
        <Textarea label="Agenda" autosize minRows={2} value={agenda} onChange={(e) => setAgenda(e.currentTarget.value)} error={errors.agenda} />
        <Textarea label="Notes" description="Private: only you see them, even when your mentor is on Trellis" autosize minRows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} error={errors.notes} />
        <Text size="sm" fw={500}>Action items</Text>
        {items.map((item, i) => (
          <Group key={i} gap="xs" align="flex-start" wrap="wrap">
            <TextInput aria-label={`Action item ${i + 1}`} placeholder="What needs doing" style={{ flex: '1 1 200px' }} value={item.text} onChange={(e) => set(i, { text: e.currentTarget.value })} error={errors[`actionItems.${i}.text`]} />
            <SegmentedControl aria-label={`Who does action item ${i + 1}`} size="xs" value={item.owner} onChange={(v) => set(i, { owner: v as 'me' })} data={[{ value: 'me', label: 'Me' }, { value: 'mentor', label: 'Mentor' }]} />
            <TextInput aria-label={`Due date of action item ${i + 1}`} type="date" w={160} value={item.dueOn} onChange={(e) => set(i, { dueOn: e.currentTarget.value })} error={errors[`actionItems.${i}.dueOn`]} />
            <ActionIcon variant="subtle" color="gray" aria-label={`Remove action item ${i + 1}`} onClick={() => setItems((l) => l.filter((_, k) => k !== i))} mt={4}><IconX size={16} /></ActionIcon>
          </Group>
        ))}
        <Group justify="space-between">
          <Button size="compact-sm" variant="subtle" leftSection={<IconPlus size={14} />} onClick={() => setItems((l) => [...l, { text: '', owner: 'me', dueOn: '' }])}>Another action item</Button>
          <Group gap="xs">
            <Button variant="default" onClick={onDone}>Cancel</Button>
            <Button type="submit" loading={create.isPending}>Save meeting</Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

function Meeting({ meeting }: { meeting: MeetingResponse }) {
  const toggle = useUpdateActionItem();
  const add = useAddActionItem();
  const del = useDeleteMeeting();
  const delItem = useDeleteActionItem();
  const [text, setText] = useState('');
  const [deleting, setDeleting] = useState(false);
  /** Removing is undoable: the notification puts the item back. */
  const removeItem = (id: string, itemText: string, owner: 'me' | 'mentor', dueOn: string | null) =>
    delItem.mutate(id, {
      onSuccess: () => {
        const nid = notifications.show({
          autoClose: 8000,
          message: (
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm">Removed: {itemText}</Text>
              <Button size="compact-xs" variant="light" onClick={() => { notifications.hide(nid); add.mutate({ meetingId: meeting.id, body: { text: itemText, owner, dueOn } }); }}>Undo</Button>
            </Group>
          ),
        });
      },
      onError: (err) => notifications.show({ color: 'red', message: errorMessage(err) }),
    });
  return (
    <Stack gap={6} pt="xs" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
      <Group justify="space-between">
        <Text fw={600}>{formatDay(meeting.heldOn)}</Text>
        <ActionIcon variant="subtle" color="red" aria-label={`Delete the meeting on ${formatDay(meeting.heldOn)}`} onClick={() => setDeleting(true)}><IconTrash size={16} /></ActionIcon>
      </Group>
      {meeting.agenda && <Text size="sm"><Text span fw={500}>Agenda: </Text><span style={{ whiteSpace: 'pre-wrap' }}>{meeting.agenda}</span></Text>}
      {meeting.notes && <Text size="sm"><Text span fw={500}>Notes: </Text><span style={{ whiteSpace: 'pre-wrap' }}>{meeting.notes}</span></Text>}
      {meeting.actionItems.map((i) => (
        <Group key={i.id} gap="xs" wrap="nowrap" align="flex-start">
          <Checkbox mt={2} aria-label={`Done: ${i.text}`} checked={i.done} onChange={(e) => toggle.mutate({ id: i.id, body: { done: e.currentTarget.checked } })} />
          <Text size="sm" td={i.done ? 'line-through' : undefined} c={i.done ? 'dimmed' : undefined} style={{ flex: 1 }}>{i.text}</Text>
          <Badge size="xs" variant="outline" color="gray">{i.owner === 'me' ? 'Me' : 'Mentor'}</Badge>
          {i.dueOn && <Badge size="xs" variant="light" color={i.overdue ? 'red' : 'gray'}>{formatDay(i.dueOn)}</Badge>}
          <ActionIcon size="sm" variant="subtle" color="gray" aria-label={`Remove: ${i.text}`} onClick={() => removeItem(i.id, i.text, i.owner, i.dueOn)}><IconX size={14} /></ActionIcon>
        </Group>
      ))}
      <form onSubmit={(e) => { e.preventDefault(); if (text.trim()) add.mutate({ meetingId: meeting.id, body: { text: text.trim(), owner: 'me' } }, { onSuccess: () => setText('') }); }}>
        <TextInput size="xs" aria-label="Add an action item" placeholder="Add an action item and press Enter" value={text} onChange={(e) => setText(e.currentTarget.value)} />
      </form>
      <ConfirmModal opened={deleting} title="Delete this meeting?" message="Its notes and action items are deleted too." confirm="Delete meeting" busy={del.isPending} onConfirm={() => del.mutate(meeting.id, { onSuccess: () => setDeleting(false) })} onClose={() => setDeleting(false)} />
    </Stack>
  );
}
