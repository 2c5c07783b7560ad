import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { PASSWORD_MIN, passwordSchema } from '../../../domain/accounts/schemas';
import { api, ApiError } from '../../api/client';
import { Section } from './Section';

const passwordForm = z
  .object({ currentPassword: z.string().min(1, 'Enter your current password'), newPassword: passwordSchema, confirm: z.string() })
  .refine((v) => v.newPassword === v.confirm, { path: ['confirm'], message: 'The passwords do not match' });

export function PasswordSection() {
  const form = useForm({ initialValues: { currentPassword: '', newPassword: '', confirm: '' }, validate: schemaResolver(passwordForm, { sync: true }) });
  const change = useMutation({
    mutationFn: (v: { currentPassword: string; newPassword: string }) => api<void>('POST', '/me/password', v),
    onSuccess: () => {
      form.reset();
      notifications.show({ color: 'teal', message: 'Password changed. Other devices were logged out.' });
    },
    onError: (err) => {
      if (err instanceof ApiError) form.setErrors(err.fieldErrors());
      else notifications.show({ color: 'red', message: err.message });
    },
  });
  return (
    <Section title="Password" description={`At least ${PASSWORD_MIN} characters. Changing it logs you out everywhere else.`} labelId="password-heading">
      <form onSubmit={form.onSubmit(({ currentPassword, newPassword }) => change.mutate({ currentPassword, newPassword }))} noValidate>
        <Stack>
          <PasswordInput label="Current password" autoComplete="current-password" {...form.getInputProps('currentPassword')} />
          <PasswordInput label="New password" autoComplete="new-password" {...form.getInputProps('newPassword')} />
          <PasswordInput label="Repeat new password" autoComplete="new-password" {...form.getInputProps('confirm')} />
          <Group>
            <Button type="submit" variant="default" loading={change.isPending}>Change password</Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
