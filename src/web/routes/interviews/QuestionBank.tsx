import { ActionIcon, Alert, Badge, Button, Group, Paper, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconPencil, IconPlus, IconTrash, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import type { QuestionResponse } from '../../../domain/interviews/api';
import { ApiError, errorMessage } from '../../api/client';
import { useDeleteQuestion, useQuestionBank, useSaveQuestion } from '../../api/interviews';
import { ConfirmModal } from './ConfirmModal';
import { Loading } from '../../components/Loading';

/** The question bank: the built-ins from the seed and your own, which you can add, reword and delete. */
export function QuestionBank() {
  const bank = useQuestionBank();
  const save = useSaveQuestion();
  const del = useDeleteQuestion();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ id: string; text: string } | null>(null);
  const [deleting, setDeleting] = useState<QuestionResponse | null>(null);

  const add = (e: React.FormEvent) => {
    e.preventDefault();
    if (text.trim().length < 3) return setError('Write the question (at least 3 characters)');
    save.mutate({ text: text.trim() }, { onSuccess: () => { setText(''); setError(null); }, onError: (err) => setError(err instanceof ApiError ? (err.fieldErrors().text ?? err.message) : errorMessage(err)) });
  };

  if (bank.isPending) return <Loading label="Loading questions" />;
  if (bank.error) return <Alert color="red" role="alert" title="Could not load your questions">{bank.error.message}</Alert>;
  const own = bank.data.items.filter((q) => !q.builtIn);

  const row = (q: QuestionResponse) => (
    <Paper key={q.id} component="li" withBorder radius="md" p="xs" style={{ listStyle: 'none' }}>
      {editing?.id === q.id ? (
        <Group gap="xs" wrap="nowrap">
          <TextInput aria-label="Question" value={editing.text} onChange={(e) => setEditing({ id: q.id, text: e.currentTarget.value })} style={{ flex: 1 }} autoFocus />
          <ActionIcon aria-label="Save question" color="teal" loading={save.isPending} onClick={() => save.mutate({ id: q.id, text: editing.text.trim() }, { onSuccess: () => setEditing(null), onError: (err) => notifications.show({ color: 'red', message: errorMessage(err) }) })}><IconCheck size={16} /></ActionIcon>
          <ActionIcon aria-label="Cancel" variant="subtle" color="gray" onClick={() => setEditing(null)}><IconX size={16} /></ActionIcon>
        </Group>
      ) : (
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text size="sm">{q.text}</Text>
          {q.builtIn ? (
            <Badge size="xs" variant="light" color="gray">Built-in</Badge>
          ) : (
            <Group gap={2} wrap="nowrap">
              <Tooltip label="Reword"><ActionIcon variant="subtle" color="gray" aria-label={`Reword “${q.text}”`} onClick={() => setEditing({ id: q.id, text: q.text })}><IconPencil size={16} /></ActionIcon></Tooltip>
              <Tooltip label="Delete"><ActionIcon variant="subtle" color="red" aria-label={`Delete “${q.text}”`} onClick={() => setDeleting(q)}><IconTrash size={16} /></ActionIcon></Tooltip>
            </Group>
          )}
        </Group>
      )}
    </Paper>
  );

  return (
    <Stack gap="md" maw={760}>
      <Text size="sm" c="dimmed">Prepare a handful of questions, then let the conversation flow where they take it. Pick from these on each interview.</Text>
      <form onSubmit={add} noValidate>
        <Group align="flex-start" gap="xs">
          <TextInput aria-label="New question" placeholder="Add your own question, e.g. Who else should I talk to?" value={text} onChange={(e) => setText(e.currentTarget.value)} error={error} style={{ flex: 1 }} />
          <Button type="submit" leftSection={<IconPlus size={16} />} loading={save.isPending && !editing}>Add question</Button>
        </Group>
      </form>
      <Stack component="ul" gap={6} p={0} m={0} aria-label="Your questions">
        {own.length === 0 ? <Text size="sm" c="dimmed" component="li" style={{ listStyle: 'none' }}>No questions of your own yet.</Text> : own.map(row)}
      </Stack>
      <Text fw={600} size="sm">Built-in questions</Text>
      <Stack component="ul" gap={6} p={0} m={0} aria-label="Built-in questions">{bank.data.items.filter((q) => q.builtIn).map(row)}</Stack>
      <ConfirmModal
        opened={deleting !== null}
        title="Delete this question?"
        message={`“${deleting?.text ?? ''}” leaves your bank. Interviews where you already picked it keep it, with their notes.`}
        confirm="Delete question"
        busy={del.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() => deleting && del.mutate(deleting.id, { onSuccess: () => setDeleting(null), onError: (err) => notifications.show({ color: 'red', message: errorMessage(err) }) })}
      />
    </Stack>
  );
}
