import { Alert, Button, Divider, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconSparkles } from '@tabler/icons-react';
import type { SessionResponse } from '../../../domain/accounts/schemas';
import { api, setCsrfToken } from '../../api/client';
import { meKey } from '../../api/session';

/**
 * Offered only while the install has no real users (the server decides): one click creates an
 * invented user with a lived-in network and logs in as them.
 */
export function TryDemo({ onStarted }: { onStarted: () => void }) {
  const qc = useQueryClient();
  const available = useQuery({
    queryKey: ['demo'],
    queryFn: () => api<{ available: boolean }>('GET', '/demo'),
    staleTime: 60_000,
    retry: false,
  });
  const start = useMutation({
    mutationFn: () => api<SessionResponse>('POST', '/demo', { timezone: Intl.DateTimeFormat().resolvedOptions().timeZone }),
    onSuccess: (s) => {
      setCsrfToken(s.csrfToken);
      qc.setQueryData(meKey, s);
      onStarted();
    },
  });
  if (!available.data?.available) return null;
  return (
    <Stack gap="xs">
      <Divider label="or" labelPosition="center" />
      {start.error && <Alert color="red" role="alert">{start.error.message}</Alert>}
      <Button variant="light" leftSection={<IconSparkles size={18} />} loading={start.isPending} onClick={() => start.mutate()} fullWidth>
        Try the demo
      </Button>
      <Text size="xs" c="dimmed" ta="center">
        Look around as Alex Rivera, with 150 invented contacts and a year of coffees, calls and interviews. No sign-up needed.
      </Text>
    </Stack>
  );
}
