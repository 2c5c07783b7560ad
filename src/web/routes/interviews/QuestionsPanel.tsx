import { ActionIcon, Anchor, Badge, Group, Paper, Select, Stack, Text, Textarea, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { InterviewResponse } from '../../../domain/interviews/api';
import { errorMessage } from '../../api/client';
import { useQuestionBank, useReplaceQuestions } from '../../api/interviews';
import { ConfirmModal } from './ConfirmModal';

type Item = { questionId: string; notes: string | null };

/**
 * The questions picked for this interview, in order, each with its notes. Notes save when you
 * leave the field; adding, removing and reordering save at once.
 */
export function QuestionsPanel({ iv }: { iv: InterviewResponse }) {
  const bank = useQuestionBank();
  const replace = useReplaceQuestions();
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [removing, setRemoving] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const current = (): Item[] => iv.questions.map((q) => ({ questionId: q.questionId, notes: drafts[q.questionId] ?? q.notes }));
  const save = (items: Item[]) => {
    const sent = { ...drafts };
    replace.mutate(
      { id: iv.id, body: { items } },
      {
        // Only the drafts that went out are settled: typing in the next field meanwhile stays a draft.
        onSuccess: () => {
          setDrafts((d) => Object.fromEntries(Object.entries(d).filter(([k, v]) => sent[k] !== v)));
          setSaved(true);
        },
        onError: (err) => notifications.show({ color: 'red', title: 'Notes not saved', message: errorMessage(err) }),
      },
    );
  };
  const move = (i: number, by: number) => {
    const items = current();
    const [it] = items.splice(i, 1);
    items.splice(i + by, 0, it!);
    save(items);
  };
  const remove = (questionId: string) => save(current().filter((q) => q.questionId !== questionId));
  const picked = new Set(iv.questions.map((q) => q.questionId));
  const options = (bank.data?.items ?? []).filter((q) => !picked.has(q.id));
  const grouped = [
    { group: 'Built-in', items: options.filter((q) => q.builtIn).map((q) => ({ value: q.id, label: q.text })) },
    { group: 'Your questions', items: options.filter((q) => !q.builtIn).map((q) => ({ value: q.id, label: q.text })) },
  ].filter((g) => g.items.length > 0);
  const toRemove = iv.questions.find((q) => q.questionId === removing);

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="questions-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="questions-title">Questions and notes</Title>
          {replace.isPending ? <Text size="xs" c="dimmed">Saving…</Text> : saved && <Text size="xs" c="teal">Saved</Text>}
        </Group>
        <Text size="sm" c="dimmed">Prepare a handful, then let the conversation flow where they take it. Write notes under each question while you talk or right after.</Text>
        {iv.questions.length === 0 && <Text size="sm" c="dimmed">No questions picked yet. Add a few below.</Text>}
        <Stack component="ol" gap="sm" p={0} m={0} aria-label="Picked questions">
          {iv.questions.map((q, i) => {
            const value = drafts[q.questionId] ?? q.notes ?? '';
            return (
              <Stack component="li" key={q.questionId} gap={4} style={{ listStyle: 'none' }} data-question={q.questionId}>
                <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
                  <Text size="sm" fw={600}>
                    {i + 1}. {q.text} {!q.builtIn && <Badge size="xs" variant="light" color="gray">Yours</Badge>}
                  </Text>
                  <Group gap={0} wrap="nowrap">
                    <Tooltip label="Move up"><ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Move “${q.text}” up`} disabled={i === 0 || replace.isPending} onClick={() => move(i, -1)}><IconArrowUp size={14} /></ActionIcon></Tooltip>
                    <Tooltip label="Move down"><ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Move “${q.text}” down`} disabled={i === iv.questions.length - 1 || replace.isPending} onClick={() => move(i, 1)}><IconArrowDown size={14} /></ActionIcon></Tooltip>
                    <Tooltip label="Remove"><ActionIcon variant="subtle" color="red" size="sm" aria-label={`Remove “${q.text}”`} disabled={replace.isPending} onClick={() => (value.trim() ? setRemoving(q.questionId) : remove(q.questionId))}><IconX size={14} /></ActionIcon></Tooltip>
                  </Group>
                </Group>
                <Textarea
                  aria-label={`Notes on “${q.text}”`}
                  placeholder="What they said…"
                  autosize
                  minRows={2}
                  value={value}
                  onChange={(e) => {
                    const v = e.currentTarget.value;
                    setSaved(false);
                    setDrafts((d) => ({ ...d, [q.questionId]: v }));
                  }}
                  onBlur={() => drafts[q.questionId] !== undefined && drafts[q.questionId] !== (q.notes ?? '') && save(current())}
                />
              </Stack>
            );
          })}
        </Stack>
        <Select
          label="Add a question"
          placeholder={bank.isPending ? 'Loading the question bank…' : options.length ? 'Pick from the question bank' : 'Every question is picked'}
          data={grouped}
          value={null}
          searchable
          disabled={options.length === 0 || replace.isPending}
          onChange={(v) => v && save([...current(), { questionId: v, notes: null }])}
          nothingFoundMessage="No question matches"
        />
        <Anchor component={Link} to="/interviews?tab=questions" size="xs">Write your own questions in the question bank</Anchor>
      </Stack>
      <ConfirmModal
        opened={removing !== null}
        title="Remove this question?"
        message={`Your notes on “${toRemove?.text ?? ''}” are removed with it.`}
        confirm="Remove with notes"
        busy={replace.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={() => {
          if (removing) remove(removing);
          setRemoving(null);
        }}
      />
    </Paper>
  );
}
