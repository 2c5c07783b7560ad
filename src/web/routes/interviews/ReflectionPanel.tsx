import { Alert, Button, Group, Paper, Rating, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconStar, IconStarFilled } from '@tabler/icons-react';
import { useState } from 'react';
import type { InterviewResponse } from '../../../domain/interviews/api';
import { ApiError, errorMessage } from '../../api/client';
import { useStarInterview, useUpdateInterview } from '../../api/interviews';
import { useSyncedState } from './use-synced-state';

/** After the conversation: how well it flowed, what you learned, what they care about, and the star. */
export function ReflectionPanel({ iv }: { iv: InterviewResponse }) {
  const update = useUpdateInterview();
  const star = useStarInterview();
  const [rating, setRating] = useSyncedState(iv.flowRating ?? 0);
  const [learned, setLearned] = useSyncedState(iv.learned ?? '');
  const [cares, setCares] = useSyncedState(iv.theyCareAbout ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const name = iv.contact?.displayName ?? 'them';
  const dirty = rating !== (iv.flowRating ?? 0) || learned !== (iv.learned ?? '') || cares !== (iv.theyCareAbout ?? '');

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    update.mutate(
      { id: iv.id, body: { flowRating: rating || null, learned: learned.trim() || null, theyCareAbout: cares.trim() || null } },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: 'Reflection saved' }),
        onError: (err) => (err instanceof ApiError && err.problem.errors ? setErrors(err.fieldErrors()) : notifications.show({ color: 'red', message: errorMessage(err) })),
      },
    );
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="reflection-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="reflection-title">Reflection</Title>
          <Text size="sm" c="dimmed">Sit back and reflect: which conversations flowed best? Star the people you would like as mentors.</Text>
          <div>
            <Text size="sm" fw={500} id="flow-label">How well did it flow?</Text>
            {/* Enter picks a star (Mantine) and must not also submit the form. */}
            <Group gap="xs" onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}>
              <Rating value={rating} onChange={setRating} aria-labelledby="flow-label" size="lg" getSymbolLabel={(v) => `Flowed ${v} of 5`} />
              {rating > 0 && <Button variant="subtle" size="compact-xs" color="gray" onClick={() => setRating(0)}>Clear</Button>}
            </Group>
            {errors.flowRating && <Text size="xs" c="red">{errors.flowRating}</Text>}
          </div>
          <Textarea label="What I learned" autosize minRows={2} value={learned} onChange={(e) => setLearned(e.currentTarget.value)} error={errors.learned} />
          <Textarea label="What they care about" description="So you can share an article or a job that fits when you reach out again." autosize minRows={2} value={cares} onChange={(e) => setCares(e.currentTarget.value)} error={errors.theyCareAbout} />
          {update.error && !(update.error instanceof ApiError && update.error.problem.errors) && <Alert color="red">{update.error.message}</Alert>}
          <Group justify="space-between">
            <Button type="submit" disabled={!dirty} loading={update.isPending}>Save reflection</Button>
            <Button
              variant={iv.starred ? 'light' : 'outline'}
              color="yellow"
              leftSection={iv.starred ? <IconStarFilled size={16} /> : <IconStar size={16} />}
              loading={star.isPending}
              aria-pressed={iv.starred}
              onClick={() => star.mutate({ id: iv.id, starred: !iv.starred }, { onError: (err) => notifications.show({ color: 'red', message: errorMessage(err) }) })}
            >
              {iv.starred ? `Unstar ${name}` : `Star ${name} as a potential mentor`}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
