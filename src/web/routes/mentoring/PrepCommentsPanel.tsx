import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import type { PrepResponse } from '../../../domain/mentoring/interview-prep-api';
import { formatDateTime } from '../../format';

type Props = { comments: PrepResponse['comments']; otherName: string; busy: boolean; onPost: (body: string, done: () => void) => void; closed?: boolean };

/** Comments on a shared interview preparation, between the mentee and their mentor. */
export function PrepCommentsPanel({ comments, otherName, busy, onPost, closed }: Props) {
  const [body, setBody] = useState('');
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">Comments with {otherName}</Title>
        {comments.length === 0 && <Text size="sm" c="dimmed">No comments yet.</Text>}
        {comments.map((c) => (
          <Stack key={c.id} gap={2}>
            <Text size="xs" c="dimmed">{c.mine ? 'You' : c.authorName} · {formatDateTime(c.createdAt)}</Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{c.body}</Text>
          </Stack>
        ))}
        {!closed && (
          <form onSubmit={(e) => { e.preventDefault(); if (body.trim()) onPost(body.trim(), () => setBody('')); }}>
            <Stack gap="xs">
              <Textarea aria-label="Your comment" placeholder="Write a comment" autosize minRows={2} value={body} onChange={(e) => setBody(e.currentTarget.value)} />
              <Group justify="flex-end"><Button type="submit" variant="light" loading={busy} disabled={!body.trim()}>Post comment</Button></Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
