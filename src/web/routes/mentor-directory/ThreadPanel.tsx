import { Anchor, Badge, Button, Group, Paper, SegmentedControl, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconBriefcase, IconCalendarEvent, IconFileText, IconMessageCircle } from '@tabler/icons-react';
import { useState } from 'react';
import type { ThreadPost, ThreadPostBody } from '../../../domain/mentor-directory/api';
import { ApiError, errorMessage } from '../../api/client';

const KIND_LABEL = { message: 'Message', article: 'Article', job: 'Job listing', event: 'Event' } as const;
const KIND_ICON = { message: IconMessageCircle, article: IconFileText, job: IconBriefcase, event: IconCalendarEvent } as const;

type Post = (body: ThreadPostBody, done: { onSuccess: () => void; onError: (e: unknown) => void }) => void;

/** Questions between meetings: one thread both people write in; the mentor also shares finds. */
export function ThreadPanel({ posts, canShare, closed, busy, onPost, otherName }: { posts: ThreadPost[]; canShare: boolean; closed: boolean; busy: boolean; onPost: Post; otherName: string }) {
  const [kind, setKind] = useState<ThreadPostBody['kind']>('message');
  const [body, setBody] = useState('');
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const k = kind ?? 'message';
    if (k === 'message' && !body.trim()) return setErrors({ body: canShare ? 'Write your answer or question' : 'Write your question' });
    if (k !== 'message' && !title.trim()) return setErrors({ title: 'Give what you share a title' });
    onPost(
      { kind: k, body: body.trim() || null, title: k === 'message' ? null : title.trim(), url: k === 'message' || !url.trim() ? null : url.trim() },
      {
        onSuccess: () => { setBody(''); setTitle(''); setUrl(''); setErrors({}); },
        onError: (err) => setErrors(err instanceof ApiError && err.problem.errors ? err.fieldErrors() : { body: errorMessage(err) }),
      },
    );
  };
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">Questions between meetings</Title>
        {posts.length === 0 ? (
          <Text size="sm" c="dimmed">{canShare ? `Nothing yet. Answer ${otherName}’s questions here, or pass along an article, a job listing or an event.` : `Ask ${otherName} something without waiting for the next meeting.`}</Text>
        ) : (
          <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {posts.map((p) => {
              const Icon = KIND_ICON[p.kind];
              return (
                <li key={p.id}>
                  <Paper radius="md" p="sm" bg={p.mine ? 'var(--mantine-color-teal-light)' : 'var(--mantine-color-gray-light)'} ml={p.mine ? 'xl' : 0} mr={p.mine ? 0 : 'xl'}>
                    <Group gap={6} mb={4} wrap="wrap">
                      <Icon size={14} aria-hidden />
                      <Text size="xs" fw={600}>{p.mine ? 'You' : p.authorName}</Text>
                      <Text size="xs" c="dimmed">{new Date(p.createdAt).toLocaleString(undefined, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' })}</Text>
                      {p.kind !== 'message' && <Badge size="xs" variant="light">{KIND_LABEL[p.kind]}</Badge>}
                    </Group>
                    {p.title && (p.url ? <Anchor href={p.url} target="_blank" rel="noopener noreferrer" fw={600} size="sm">{p.title}</Anchor> : <Text fw={600} size="sm">{p.title}</Text>)}
                    {p.body && <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{p.body}</Text>}
                  </Paper>
                </li>
              );
            })}
          </Stack>
        )}
        {closed ? (
          <Text size="sm" c="dimmed">This mentorship is closed; the thread is read-only.</Text>
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack gap="xs">
              {canShare && (
                <SegmentedControl size="xs" aria-label="What to post" value={kind} onChange={(v) => setKind(v as ThreadPostBody['kind'])} data={(Object.keys(KIND_LABEL) as (keyof typeof KIND_LABEL)[]).map((k) => ({ value: k, label: KIND_LABEL[k] }))} />
              )}
              {kind !== 'message' && (
                <>
                  <TextInput label="Title" required value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={errors.title} />
                  <TextInput label="Link" placeholder="https://…" value={url} onChange={(e) => setUrl(e.currentTarget.value)} error={errors.url} />
                </>
              )}
              <Textarea aria-label={kind === 'message' ? (canShare ? 'Your answer or question' : 'Your question') : 'Why you share it'} placeholder={kind === 'message' ? (canShare ? 'Write an answer or a question…' : 'Ask a question…') : 'Why it fits (optional)'} autosize minRows={2} value={body} onChange={(e) => setBody(e.currentTarget.value)} error={errors.body ?? errors.kind} />
              <Group justify="flex-end">
                <Button type="submit" size="compact-md" loading={busy}>{kind === 'message' ? 'Post' : `Share ${KIND_LABEL[kind ?? 'message'].toLowerCase()}`}</Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
