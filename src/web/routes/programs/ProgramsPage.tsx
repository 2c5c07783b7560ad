import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBuildingCommunity, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Loading } from '../../components/Loading';
import { usePrograms } from './api';
import { ROLE_COLORS, ROLE_LABELS } from './labels';
import { NewProgramModal } from './NewProgramModal';

/** Programs you coordinate, mentor, take part in or are a guardian in. */
export function ProgramsPage() {
  const list = usePrograms();
  const [creating, setCreating] = useState(false);
  const items = list.data?.items ?? [];
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">Programs</Title>
          <Text c="dimmed">Mentoring programs run by organisations: recruit and screen mentors, match them with mentees, watch how the matches do.</Text>
        </div>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>New program</Button>
      </Group>
      {list.isPending && <Loading label="Loading programs" />}
      {list.error && <Alert color="red" role="alert" title="Programs could not be loaded">{list.error.message}</Alert>}
      {list.data && items.length === 0 && (
        <Card withBorder padding="xl" radius="md">
          <Stack align="center" gap="sm" ta="center">
            <ThemeIcon size={48} radius="xl" variant="light"><IconBuildingCommunity size={28} /></ThemeIcon>
            <Title order={2} size="h4">No programs yet</Title>
            <Text c="dimmed" maw={520}>Running a program for your organisation? Create it and invite coordinators, mentors, mentees and guardians by e-mail. Invited to one? Open the link in your invitation e-mail.</Text>
            <Button onClick={() => setCreating(true)}>Create your first program</Button>
          </Stack>
        </Card>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {items.map((p) => (
          <Card key={p.id} withBorder radius="md" component={Link} to={`/programs/${p.id}`} aria-label={`${p.name}, ${p.organization.name}`}>
            <Stack gap={6}>
              <Text fw={600}>{p.name}</Text>
              <Text size="sm" c="dimmed">{p.organization.name}</Text>
              <Group gap={6}>
                {p.myRoles.map((r) => <Badge key={r} color={ROLE_COLORS[r]} variant="light">{ROLE_LABELS[r]}</Badge>)}
                {p.participantsAreMinors && <Badge color="orange" variant="outline">Minors</Badge>}
              </Group>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      <NewProgramModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}
