import { Alert, Badge, Button, Card, Checkbox, Group, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { ProgramResponse } from '../../../domain/programs/api';
import { cohortLabel, workingCohort } from '../../../domain/programs/cohorts';
import type { MemberRole } from '../../../domain/programs/rules';
import { ApiError } from '../../api/client';
import { formatOccasion } from '../../components/network/dates';
import { localToday } from '../../format';
import { useInvitations, useInvite, useRevokeInvitation } from './api';
import { ROLE_LABELS, roleOptions } from './labels';

/** Coordinators invite by e-mail; the mail carries a one-use link (locally it lands in the outbox). */
export function InvitePanel({ p }: { p: ProgramResponse }) {
  const invite = useInvite(p.id);
  const invitations = useInvitations(p.id, true);
  const revoke = useRevokeInvitation();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<MemberRole>('mentee');
  const [today] = useState(localToday);
  const [cohortId, setCohortId] = useState<string | null>(() => workingCohort(p.cohorts, today)?.id ?? null);
  const [minor, setMinor] = useState(p.participantsAreMinors);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [sent, setSent] = useState<string | null>(null);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setSent(null);
    if (!email.trim()) return setErrors({ email: 'Enter an e-mail address' });
    invite.mutate(
      { email: email.trim(), role, cohortId: role === 'mentee' ? cohortId : null, ...(role === 'mentee' ? { isMinor: minor } : {}) },
      {
        onSuccess: (inv) => {
          setErrors({});
          setEmail('');
          setSent(inv.mailStatus === 'failed' ? `The invitation for ${inv.email} is saved, but the e-mail could not be sent. Revoke it and try again later.` : `Invitation sent to ${inv.email}.`);
        },
        onError: (err) => err instanceof ApiError && setErrors(err.fieldErrors()),
      },
    );
  };
  const pending = (invitations.data?.items ?? []).filter((i) => i.status === 'pending');

  return (
    <Card withBorder radius="md">
      <Stack gap="sm">
        <Title order={2} size="h4">Invite people</Title>
        <form onSubmit={submit} noValidate aria-label="Invite someone">
          <Stack gap="xs">
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput label="E-mail" type="email" required value={email} onChange={(ev) => setEmail(ev.currentTarget.value)} error={errors.email} />
              <Select label="Role" allowDeselect={false} data={roleOptions} value={role} onChange={(v) => v && setRole(v as MemberRole)} error={errors.role} />
              {role === 'mentee' && (
                <Select label="Cohort" placeholder={p.cohorts.length ? 'No cohort yet' : 'Add a cohort first (Overview)'} clearable data={p.cohorts.map((c) => ({ value: c.id, label: cohortLabel(c, today, formatOccasion) }))} value={cohortId} onChange={setCohortId} error={errors.cohortId} />
              )}
            </SimpleGrid>
            {role === 'mentee' && <Checkbox label="This mentee is a minor" checked={minor} onChange={(ev) => setMinor(ev.currentTarget.checked)} />}
            {sent && <Alert color={sent.startsWith('Invitation sent') ? 'teal' : 'orange'} role="status">{sent}</Alert>}
            {invite.error && !(invite.error instanceof ApiError && invite.error.problem.errors?.length) && <Alert color="red" role="alert">{invite.error.message}</Alert>}
            <Group justify="flex-end"><Button type="submit" loading={invite.isPending}>Send invitation</Button></Group>
          </Stack>
        </form>
        {pending.length > 0 && (
          <Table.ScrollContainer minWidth={420}>
            <Table>
              <Table.Thead><Table.Tr><Table.Th>Waiting for</Table.Th><Table.Th>Role</Table.Th><Table.Th>Invitation mail</Table.Th><Table.Th /></Table.Tr></Table.Thead>
              <Table.Tbody>
                {pending.map((i) => (
                  <Table.Tr key={i.id}>
                    <Table.Td>{i.email}</Table.Td>
                    <Table.Td>{ROLE_LABELS[i.role]}</Table.Td>
                    <Table.Td>{i.mailStatus === 'failed' ? <Badge color="red" variant="light">Not sent</Badge> : <Badge color="gray" variant="light">Sent</Badge>}</Table.Td>
                    <Table.Td><Button size="xs" variant="subtle" color="red" onClick={() => revoke.mutate(i.id)} aria-label={`Revoke the invitation for ${i.email}`}>Revoke</Button></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {invitations.data && pending.length === 0 && <Text size="sm" c="dimmed">No invitations waiting for an answer.</Text>}
      </Stack>
    </Card>
  );
}
