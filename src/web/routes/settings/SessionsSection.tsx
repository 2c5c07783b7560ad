import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SessionInfo } from '../../../domain/accounts/schemas';
import { api } from '../../api/client';
import { formatDateTime, describeUserAgent } from '../../format';
import { Section } from './Section';

const sessionsKey = ['sessions'] as const;

export function SessionsSection() {
  const qc = useQueryClient();
  const sessions = useQuery({ queryKey: sessionsKey, queryFn: () => api<{ items: SessionInfo[] }>('GET', '/sessions') });
  const revoke = useMutation({
    mutationFn: (id: string) => api<void>('DELETE', `/sessions/${id}`),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: 'That device was logged out' });
      void qc.invalidateQueries({ queryKey: sessionsKey });
    },
    onError: (err) => notifications.show({ color: 'red', message: err.message }),
  });
  return (
    <Section title="Where you're logged in" description="Log out devices you no longer use." labelId="sessions-heading">
      {sessions.isPending && <Text size="sm" c="dimmed">Loading…</Text>}
      {sessions.error && <Alert color="red">{sessions.error.message}</Alert>}
      <Stack gap="xs">
        {sessions.data?.items.map((s) => (
          <Group key={s.id} justify="space-between" wrap="nowrap">
            <div>
              <Group gap="xs">
                <Text size="sm" fw={500}>{describeUserAgent(s.userAgent)}</Text>
                {s.current && <Badge size="sm" variant="light">This device</Badge>}
              </Group>
              <Text size="xs" c="dimmed">Last active {formatDateTime(s.lastSeenAt)} · signed in {formatDateTime(s.createdAt)}</Text>
            </div>
            {!s.current && (
              <Button size="xs" variant="default" loading={revoke.isPending && revoke.variables === s.id} onClick={() => revoke.mutate(s.id)}>
                Log out
              </Button>
            )}
          </Group>
        ))}
      </Stack>
    </Section>
  );
}
