import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { Link, Navigate, useNavigate } from 'react-router';
import { PASSWORD_MIN, signupBody } from '../../domain/accounts/schemas';
import { ApiError } from '../api/client';
import { useSession, useSignup } from '../api/session';
import { AuthCard } from '../components/AuthCard';
import { TimeZoneSelect, browserTimeZone } from '../components/TimeZoneSelect';

export function SignupPage() {
  const navigate = useNavigate();
  const session = useSession();
  const signup = useSignup();
  const form = useForm({
    initialValues: { name: '', email: '', password: '', timezone: browserTimeZone() },
    validate: schemaResolver(signupBody, { sync: true }),
  });
  if (session.data) return <Navigate to="/" replace />;

  return (
    <AuthCard title="Create your account" subtitle="Trellis remembers the follow-through so your relationships grow.">
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          signup.mutate(values, {
            onSuccess: () => navigate('/', { replace: true }),
            onError: (err) => err instanceof ApiError && form.setErrors(err.fieldErrors()),
          }),
        )}
      >
        <Stack>
          {signup.error && <Alert color="red" role="alert">{signup.error.message}</Alert>}
          <TextInput label="Your name" autoComplete="name" required autoFocus {...form.getInputProps('name')} />
          <TextInput label="E-mail" type="email" autoComplete="email" required {...form.getInputProps('email')} />
          <PasswordInput
            label="Password"
            description={`At least ${PASSWORD_MIN} characters`}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <TimeZoneSelect label="Time zone" description="Reminders are due in your local time" {...form.getInputProps('timezone')} />
          <Button type="submit" loading={signup.isPending} fullWidth>Create account</Button>
          <Text size="sm" ta="center">
            Already have an account? <Anchor component={Link} to="/login">Log in</Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
