import { ActionIcon, Alert, Button, Code, CopyButton, Group, Modal, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconCheck, IconCopy, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { ApiToken } from '../../../domain/accounts/schemas';
import { api, ApiError } from '../../api/client';
import { Section } from './Section';
import { formatDateTime } from '../../format';

const tokensKey = ['tokens'] as const;

export function TokensSection() {
  const qc = useQueryClient();
  const tokens = useQuery({ queryKey: tokensKey, queryFn: () => api<{ items: ApiToken[] }>('GET', '/tokens') });
  const [created, setCreated] = useState<(ApiToken & { token: string }) | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  // Kept while the confirmation fades out, so its text does not go blank mid-animation.
  const [lastRevoking, setLastRevoking] = useState<ApiToken | null>(null);
  const askRevoke = (t: ApiToken) => {
    setRevoking(t);
    setLastRevoking(t);
  };
  const form = useForm({ initialValues: { name: '' }, validate: { name: (v) => (v.trim() ? null : 'Give the token a name') } });

  const create = useMutation({
    mutationFn: (name: string) => api<ApiToken & { token: string }>('POST', '/tokens', { name }),
    onSuccess: (t) => {
      setCreated(t);
      form.reset();
      void qc.invalidateQueries({ queryKey: tokensKey });
    },
    onError: (err) => (err instanceof ApiError ? form.setErrors(err.fieldErrors()) : undefined),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api<void>('DELETE', `/tokens/${id}`),
    onSuccess: () => {
      setRevoking(null);
      notifications.show({ color: 'teal', message: 'Token revoked' });
      void qc.invalidateQueries({ queryKey: tokensKey });
    },
    onError: (err) => notifications.show({ color: 'red', message: err.message }),
  });

  return (
    <Section title="API tokens" description="Personal tokens for scripts, the CLI and calendar apps. Send as: Authorization: Bearer <token>." labelId="tokens-heading">
      <form onSubmit={form.onSubmit((v) => create.mutate(v.name.trim()))} noValidate>
        <Group align="flex-start">
          <TextInput placeholder="What is it for? e.g. Backup script" aria-label="Token name" style={{ flex: 1, minWidth: 200 }} {...form.getInputProps('name')} />
          <Button type="submit" loading={create.isPending}>Create token</Button>
        </Group>
      </form>
      {tokens.isPending && <Text size="sm" c="dimmed">Loading tokens…</Text>}
      {tokens.error && <Alert color="red">{tokens.error.message}</Alert>}
      {tokens.data && tokens.data.items.length === 0 && <Text size="sm" c="dimmed">You have no API tokens.</Text>}
      {tokens.data && tokens.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing="xs" aria-label="API tokens">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Token</Table.Th>
                <Table.Th>Created</Table.Th>
                <Table.Th>Last used</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.data.items.map((t) => (
                <Table.Tr key={t.id}>
                  <Table.Td>{t.name}</Table.Td>
                  <Table.Td><Code>{t.prefix}…</Code></Table.Td>
                  <Table.Td>{formatDateTime(t.createdAt)}</Table.Td>
                  <Table.Td>{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : 'Never'}</Table.Td>
                  <Table.Td ta="right">
                    <Tooltip label="Revoke">
                      <ActionIcon variant="subtle" color="red" aria-label={`Revoke token ${t.name}`} onClick={() => askRevoke(t)}>
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      <Modal opened={created !== null} onClose={() => setCreated(null)} title="Your new API token" centered>
        <Stack>
          <Text size="sm">Copy it now: for your safety it will not be shown again.</Text>
          <Group wrap="nowrap" gap="xs">
            <Code block style={{ flex: 1, wordBreak: 'break-all' }} data-testid="new-token">{created?.token}</Code>
            <CopyButton value={created?.token ?? ''}>
              {({ copied, copy }) => (
                <ActionIcon variant="light" color={copied ? 'teal' : 'gray'} onClick={copy} aria-label="Copy token">
                  {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                </ActionIcon>
              )}
            </CopyButton>
          </Group>
          <Group justify="flex-end"><Button onClick={() => setCreated(null)}>Done</Button></Group>
        </Stack>
      </Modal>

      <Modal opened={revoking !== null} onClose={() => setRevoking(null)} title="Revoke this token?" centered>
        <Stack>
          <Text size="sm">Scripts using <b>{lastRevoking?.name}</b> will stop working immediately. This cannot be undone.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRevoking(null)}>Cancel</Button>
            <Button color="red" loading={revoke.isPending} onClick={() => revoking && revoke.mutate(revoking.id)}>Revoke token</Button>
          </Group>
        </Stack>
      </Modal>
    </Section>
  );
}
