import { Alert, Badge, Button, Card, Group, SegmentedControl, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import type { MemberResponse, ProgramResponse } from '../../../domain/programs/api';
import { Loading } from '../../components/Loading';
import { useMembers } from './api';
import { InvitePanel } from './InvitePanel';
import { MemberModal } from './MemberModal';
import { ROLE_COLORS, ROLE_LABELS } from './labels';

function Contact({ m }: { m: MemberResponse }) {
  if (m.contactHidden) {
    return (
      <Tooltip label="A minor’s contact details are shown only to coordinators, their guardian and a screened mentor matched with them.">
        <Badge color="gray" variant="light" leftSection={<IconLock size={12} />} tabIndex={0}>Hidden</Badge>
      </Tooltip>
    );
  }
  return (
    <Stack gap={0}>
      <Text size="sm">{m.email}</Text>
      {m.phone && <Text size="xs" c="dimmed">{m.phone}</Text>}
    </Stack>
  );
}

/** Everyone in the program you may see; coordinators see everyone and manage them. */
export function PeoplePanel({ p }: { p: ProgramResponse }) {
  const coordinator = p.myRoles.includes('coordinator');
  const members = useMembers(p.id);
  const [editing, setEditing] = useState<MemberResponse | null>(null);
  const phone = useMediaQuery('(max-width: 48em)');
  const [role, setRole] = useState<'all' | MemberResponse['role']>('all');
  const everyone = members.data?.items ?? [];
  const items = role === 'all' ? everyone : everyone.filter((m) => m.role === role);
  const cohortName = (id: string | null) => p.cohorts.find((c) => c.id === id)?.name ?? '—';
  return (
    <Stack gap="lg">
      {coordinator && <InvitePanel p={p} />}
      <Card withBorder radius="md">
        <Stack gap="sm">
          <Group justify="space-between" wrap="wrap">
            <Title order={2} size="h4">People{members.data ? ` (${everyone.length})` : ''}</Title>
            {everyone.length > 0 && (
              <SegmentedControl
                size="xs"
                aria-label="Show"
                value={role}
                onChange={(v) => setRole(v as typeof role)}
                data={[
                  { value: 'all', label: 'All' },
                  { value: 'mentee', label: 'Mentees' },
                  { value: 'mentor', label: 'Mentors' },
                  { value: 'guardian', label: 'Guardians' },
                ]}
              />
            )}
          </Group>
          {!coordinator && <Text size="sm" c="dimmed">You see the program’s coordinators and the people you are matched with.</Text>}
          {members.isPending && <Loading label="Loading people" />}
          {members.error && <Alert color="red" role="alert">{members.error.message}</Alert>}
          {members.data && items.length === 0 && <Text c="dimmed">{everyone.length === 0 ? 'No one here yet.' : 'No one with this role.'}</Text>}
          {items.length > 0 && phone && (
            <Stack gap="xs" aria-label="Program members">
              {items.map((m) => (
                <Card key={m.id} withBorder padding="sm" radius="md">
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <Stack gap={4} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                      <Group gap={6}>
                        <Text size="sm" fw={600}>{m.name}</Text>
                        {m.isMinor && <Badge size="xs" color="orange" variant="outline">Minor</Badge>}
                        {m.isMinor && coordinator && !m.guardianConsent && <Badge size="xs" color="red" variant="light">No consent</Badge>}
                      </Group>
                      <Group gap={6}>
                        <Badge color={ROLE_COLORS[m.role]} variant="light">{ROLE_LABELS[m.role]}</Badge>
                        {m.role === 'mentee' && <Text size="xs" c="dimmed">{cohortName(m.cohortId)}</Text>}
                      </Group>
                      <Contact m={m} />
                    </Stack>
                    {coordinator && <Button size="xs" variant="default" style={{ flexShrink: 0 }} onClick={() => setEditing(m)} aria-label={`Manage ${m.name} (${ROLE_LABELS[m.role]})`}>Manage</Button>}
                  </Group>
                </Card>
              ))}
            </Stack>
          )}
          {items.length > 0 && !phone && (
            <Table.ScrollContainer minWidth={560}>
              <Table verticalSpacing="xs" aria-label="Program members">
                <Table.Thead>
                  <Table.Tr><Table.Th>Name</Table.Th><Table.Th>Role</Table.Th><Table.Th>Cohort</Table.Th><Table.Th>Contact</Table.Th>{coordinator && <Table.Th />}</Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((m) => (
                    <Table.Tr key={m.id}>
                      <Table.Td>
                        <Group gap={6}>
                          <Text size="sm" fw={500}>{m.name}</Text>
                          {m.isMinor && <Badge size="xs" color="orange" variant="outline">Minor</Badge>}
                          {m.isMinor && coordinator && !m.guardianConsent && <Badge size="xs" color="red" variant="light">No consent</Badge>}
                        </Group>
                      </Table.Td>
                      <Table.Td><Badge color={ROLE_COLORS[m.role]} variant="light" style={{ overflow: 'visible' }}>{ROLE_LABELS[m.role]}</Badge></Table.Td>
                      <Table.Td>{m.role === 'mentee' ? cohortName(m.cohortId) : '—'}</Table.Td>
                      <Table.Td><Contact m={m} /></Table.Td>
                      {coordinator && <Table.Td><Button size="xs" variant="default" onClick={() => setEditing(m)} aria-label={`Manage ${m.name} (${ROLE_LABELS[m.role]})`}>Manage</Button></Table.Td>}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      </Card>
      {coordinator && <MemberModal p={p} member={editing} members={everyone} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
