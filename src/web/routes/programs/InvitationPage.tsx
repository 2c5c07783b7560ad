import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { Loading } from '../../components/Loading';
import { useLogout } from '../../api/session';
import { useAcceptInvitation, useInvitationPreview } from './api';
import { ROLE_LABELS } from './labels';

/** The link from an invitation e-mail: signed in, one click joins the program with the invited role. */
export function InvitationPage() {
  const { token = '' } = useParams();
  const preview = useInvitationPreview(token);
  const accept = useAcceptInvitation(token);
  const navigate = useNavigate();
  const logout = useLogout();
  if (preview.isPending) return <Loading label="Loading the invitation" />;
  if (preview.error) {
    const gone = preview.error instanceof ApiError && preview.error.status === 404;
    return (
      <Alert color={gone ? 'gray' : 'red'} role="alert" title={gone ? 'This invitation no longer works' : 'The invitation could not be loaded'} maw={560}>
        {gone ? 'It was already used, revoked or has expired. Ask the coordinator to invite you again.' : preview.error.message}
      </Alert>
    );
  }
  const inv = preview.data;
  return (
    <Card withBorder radius="md" maw={560} padding="lg">
      <Stack>
        <Title order={1} size="h3">Join {inv.programName}</Title>
        <Text>{inv.organizationName} invites you to take part as <b>{ROLE_LABELS[inv.role].toLowerCase()}</b>.</Text>
        <Text size="sm" c="dimmed">The invitation was sent to {inv.email}; only the account with that address can accept it.</Text>
        {inv.alreadyMember && <Alert color="blue">You already take part in this program with this role.</Alert>}
        {!inv.emailMatches ? (
          <>
            <Alert color="yellow" role="alert" title="Sign in with the invited account">
              You are signed in as {inv.signedInAs}, but this invitation is for {inv.email}. Log out, then sign in or sign up with {inv.email} and open the link again.
            </Alert>
            <Button variant="default" loading={logout.isPending} onClick={() => logout.mutate(undefined, { onSettled: () => void navigate(`/invitations/${token}`) })}>
              Log out and use {inv.email}
            </Button>
          </>
        ) : (
          <>
            {accept.error && <Alert color="red" role="alert">{accept.error.message}</Alert>}
            <Button onClick={() => accept.mutate(undefined, { onSuccess: (r) => void navigate(`/programs/${r.programId}`) })} loading={accept.isPending}>
              Accept and join
            </Button>
          </>
        )}
      </Stack>
    </Card>
  );
}
