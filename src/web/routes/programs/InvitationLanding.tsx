import { Alert, Anchor, Button, Center, Loader, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { Link, Navigate, useParams } from 'react-router';
import { PASSWORD_MIN, signupBody } from '../../../domain/accounts/schemas';
import { ApiError } from '../../api/client';
import { useSession, useSignup } from '../../api/session';
import { AuthCard } from '../../components/AuthCard';
import { browserTimeZone } from '../../components/TimeZoneSelect';

/**
 * Where the invitation e-mail's link lands. Signed in, it goes on to the accept page; signed out,
 * the invitee creates an account here (or logs in) without losing the link.
 */
export function InvitationLanding() {
  const { token = '' } = useParams();
  const session = useSession();
  const signup = useSignup();
  const form = useForm({ initialValues: { name: '', email: '', password: '', timezone: browserTimeZone() }, validate: schemaResolver(signupBody, { sync: true }) });
  const here = `/programs/join/${encodeURIComponent(token)}`;
  if (session.isPending) {
    return (
      <Center h="100vh" aria-busy="true">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  if (session.data) return <Navigate to={here} replace />;
  return (
    <AuthCard title="You are invited to a mentoring program" subtitle="Create your Trellis account to accept, or log in if you have one.">
      <form noValidate onSubmit={form.onSubmit((values) => signup.mutate(values, { onError: (err) => err instanceof ApiError && form.setErrors(err.fieldErrors()) }))}>
        <Stack>
          {signup.error && <Alert color="red" role="alert">{signup.error.message}</Alert>}
          <TextInput label="Your name" autoComplete="name" required {...form.getInputProps('name')} />
          <TextInput label="E-mail" type="email" autoComplete="email" required {...form.getInputProps('email')} />
          <PasswordInput label="Password" description={`At least ${PASSWORD_MIN} characters`} autoComplete="new-password" required {...form.getInputProps('password')} />
          <Button type="submit" loading={signup.isPending} fullWidth>Create account and continue</Button>
          <Text size="sm" ta="center">
            Already have an account? <Anchor component={Link} to={`/login?next=${encodeURIComponent(here)}`}>Log in</Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
