import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api, ApiError, setCsrfToken } from '../../api/client';
import { meKey } from '../../api/session';
import { Section } from './Section';

export function DeleteAccountSection() {
  const [opened, { open, close }] = useDisclosure(false);
  const qc = useQueryClient();
  const navigate = useNavigate();
  const form = useForm({ initialValues: { password: '' }, validate: { password: (v) => (v ? null : 'Enter your password to confirm') } });
  const del = useMutation({
    mutationFn: (password: string) => api<void>('DELETE', '/me', { password }),
    onSuccess: () => {
      setCsrfToken(null);
      qc.clear();
      qc.setQueryData(meKey, null);
      navigate('/login', { replace: true });
    },
    onError: (err) => form.setErrors(err instanceof ApiError ? { password: err.fieldErrors().password ?? err.message } : { password: err.message }),
  });
  return (
    <Section title="Delete account" description="Deletes your account and everything in it: contacts, notes, follow-ups and tokens. This cannot be undone." danger labelId="delete-heading">
      <Group>
        <Button color="red" variant="light" onClick={open}>Delete my account…</Button>
      </Group>
      <Modal opened={opened} onClose={close} title="Delete your account?" centered>
        <form onSubmit={form.onSubmit((v) => del.mutate(v.password))} noValidate>
          <Stack>
            <Text size="sm">All your data will be removed permanently. Consider exporting it first. Enter your password to confirm.</Text>
            <PasswordInput label="Password" autoComplete="current-password" data-autofocus {...form.getInputProps('password')} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>Cancel</Button>
              <Button color="red" type="submit" loading={del.isPending}>Delete everything</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Section>
  );
}
