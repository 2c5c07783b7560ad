import { ActionIcon, Badge, Button, Group, Paper, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { PrepQuestionResponse } from '../../../domain/mentoring/interview-prep-api';
import { NEXT_STEPS_KEY, type BankQuestion } from '../../../domain/mentoring/interview-prep';

export type EditableQuestion = { key?: string; bankKey: string | null; text: string; answer: string; suggestedBy: string | null };

type Props = {
  title: string;
  intro: string;
  questions: PrepQuestionResponse[];
  bank: BankQuestion[];
  /** Likely questions take a practice answer each; questions to ask do not. */
  withAnswers: boolean;
  readOnly: boolean;
  busy: boolean;
  onSave: (qs: EditableQuestion[]) => void;
};

const fromResponse = (q: PrepQuestionResponse): EditableQuestion => ({ key: q.key, bankKey: q.bankKey, text: q.text, answer: q.answer ?? '', suggestedBy: q.suggestedBy });

/** One question list of a preparation: pick from the bank or write your own, answer, remove, save. */
export function PrepQuestionsPanel({ title, intro, questions, bank, withAnswers, readOnly, busy, onSave }: Props) {
  const [items, setItems] = useState<EditableQuestion[]>(questions.map(fromResponse));
  const [custom, setCustom] = useState('');
  const [dirty, setDirty] = useState(false);
  useEffect(() => {
    setItems(questions.map(fromResponse));
    setDirty(false);
  }, [questions]);
  const change = (next: EditableQuestion[]) => { setItems(next); setDirty(true); };
  const unused = bank.filter((b) => !items.some((i) => i.bankKey === b.key));
  const hint = (q: EditableQuestion) => (q.bankKey ? bank.find((b) => b.key === q.bankKey)?.hint : undefined);

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">{title}</Title>
          {withAnswers && <Text size="sm" c="dimmed">{items.filter((i) => i.answer.trim()).length} of {items.length} answered</Text>}
        </Group>
        <Text size="sm" c="dimmed">{intro}</Text>
        {items.length === 0 && <Text size="sm" c="dimmed">No questions yet: pick one below.</Text>}
        {items.map((q, i) => (
          <Stack key={q.key ?? `new-${i}`} gap={4}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Group gap={6} align="center">
                <Text fw={500} size="sm">{q.text}</Text>
                {q.bankKey === NEXT_STEPS_KEY && <Badge size="xs" variant="light" color="violet">Always ask</Badge>}
                {q.suggestedBy && <Badge size="xs" variant="light" color="teal">Suggested by {q.suggestedBy}</Badge>}
              </Group>
              {!readOnly && q.bankKey !== NEXT_STEPS_KEY && (
                <ActionIcon variant="subtle" color="gray" aria-label={`Remove “${q.text}”`} onClick={() => change(items.filter((_, j) => j !== i))}><IconX size={16} /></ActionIcon>
              )}
            </Group>
            {hint(q) && <Text size="xs" c="dimmed">{hint(q)}</Text>}
            {withAnswers && (readOnly ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={q.answer ? undefined : 'dimmed'}>{q.answer || 'No practice answer yet'}</Text>
            ) : (
              <Textarea aria-label={`Practice answer: ${q.text}`} placeholder="Your practice answer" autosize minRows={2} value={q.answer} onChange={(e) => change(items.map((x, j) => (j === i ? { ...x, answer: e.currentTarget.value } : x)))} />
            ))}
          </Stack>
        ))}
        {!readOnly && (
          <Stack gap="xs">
            {unused.length > 0 && (
              <Select
                aria-label={`Add a suggested question to ${title.toLowerCase()}`}
                placeholder="Add a suggested question…"
                data={unused.map((b) => ({ value: b.key, label: b.text }))}
                value={null}
                onChange={(key) => {
                  const b = bank.find((x) => x.key === key);
                  if (b) change([...items, { bankKey: b.key, text: b.text, answer: '', suggestedBy: null }]);
                }}
                searchable
              />
            )}
            <form onSubmit={(e) => { e.preventDefault(); if (custom.trim()) { change([...items, { bankKey: null, text: custom.trim(), answer: '', suggestedBy: null }]); setCustom(''); } }}>
              <Group gap="xs" wrap="nowrap">
                <TextInput style={{ flex: 1 }} aria-label={`Your own question for ${title.toLowerCase()}`} placeholder="Or write your own question" value={custom} onChange={(e) => setCustom(e.currentTarget.value)} />
                <Button type="submit" variant="default" leftSection={<IconPlus size={14} />} disabled={!custom.trim()}>Add</Button>
              </Group>
            </form>
            <Group justify="flex-end">
              <Button variant={dirty ? 'filled' : 'light'} loading={busy} disabled={!dirty} onClick={() => onSave(items)}>Save {title.toLowerCase()}</Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
