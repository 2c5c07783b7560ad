import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useLogin, useSession } from '../api/session';
import { AuthCard } from '../components/AuthCard';
import { TryDemo } from '../components/demo/TryDemo';

/** Only same-site paths are honoured, so a crafted link cannot bounce the user elsewhere. */
export const safeNext = (next: string | null) => (next && next.startsWith('/') && !next.startsWith('//') ? next : '/');

export function LoginPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  const login = useLogin();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (v.trim() ? null : 'Enter your e-mail'),
      password: (v) => (v ? null : 'Enter your password'),
    },
  });
  if (session.data) return <Navigate to={safeNext(params.get('next'))} replace />;

  return (
    <AuthCard title="Log in" subtitle="Welcome back. Your follow-ups are waiting.">
      <form onSubmit={form.onSubmit((values) => login.mutate(values, { onSuccess: () => navigate(safeNext(params.get('next')), { replace: true }) }))} noValidate>
        <Stack>
          {login.error && <Alert color="red" role="alert">{login.error.message}</Alert>}
          <TextInput label="E-mail" type="email" autoComplete="email" required autoFocus {...form.getInputProps('email')} />
          <PasswordInput label="Password" autoComplete="current-password" required {...form.getInputProps('password')} />
          <Button type="submit" loading={login.isPending} fullWidth>Log in</Button>
          <Text size="sm" ta="center">
            New to Trellis? <Anchor component={Link} to="/signup">Create an account</Anchor>
          </Text>
          <TryDemo onStarted={() => navigate(safeNext(params.get('next')), { replace: true })} />
        </Stack>
      </form>
    </AuthCard>
  );
}
