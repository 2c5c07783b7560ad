import { Button, Group, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { z } from 'zod';
import { nameSchema, timeZoneSchema, type Me, type SessionResponse } from '../../../domain/accounts/schemas';
import { api, ApiError } from '../../api/client';
import { meKey, useSession } from '../../api/session';
import { TimeZoneSelect } from '../../components/TimeZoneSelect';
import { Section } from './Section';

const profileForm = z.object({ name: nameSchema, timezone: timeZoneSchema });

export function ProfileSection() {
  const session = useSession();
  const qc = useQueryClient();
  const user = session.data?.user;
  const form = useForm({ initialValues: { name: user?.name ?? '', timezone: user?.timezone ?? 'UTC' }, validate: schemaResolver(profileForm, { sync: true }) });
  const { setValues, resetDirty } = form;
  useEffect(() => {
    if (user) {
      setValues({ name: user.name, timezone: user.timezone });
      resetDirty({ name: user.name, timezone: user.timezone });
    }
    // Only when the stored profile changes, not on every render of the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [user?.name, user?.timezone]);

  const save = useMutation({
    mutationFn: (values: { name: string; timezone: string }) => api<Me>('PATCH', '/me', values),
    onSuccess: (me) => {
      qc.setQueryData<SessionResponse | null>(meKey, (old) => (old ? { ...old, user: me } : old));
      notifications.show({ color: 'teal', message: 'Profile saved' });
    },
    onError: (err) => {
      if (err instanceof ApiError) form.setErrors(err.fieldErrors());
      notifications.show({ color: 'red', message: err.message });
    },
  });

  return (
    <Section title="Profile" description="Your name appears in messages you send from Trellis; your time zone decides when things are due." labelId="profile-heading">
      <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
        <Stack>
          <TextInput label="Name" required {...form.getInputProps('name')} />
          <TimeZoneSelect label="Time zone" {...form.getInputProps('timezone')} />
          <Group>
            <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>Save profile</Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
