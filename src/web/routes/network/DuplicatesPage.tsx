import { Alert, Anchor, Badge, Breadcrumbs, Button, Card, Center, EmptyState, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconArrowsJoin, IconChecks } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Contact } from '../../../domain/network/api';
import { useDuplicates, type DuplicatePairs } from '../../api/network';
import { ContactAvatar, workLine } from '../../components/network/CircleBadge';
import { MergeModal } from './MergeModal';

type Pair = DuplicatePairs['items'][number];

function Mini({ c }: { c: Contact }) {
  return (
    <Group gap="sm" wrap="nowrap" style={{ flex: '1 1 220px', minWidth: 0 }}>
      <ContactAvatar contact={c} size={36} />
      <div style={{ minWidth: 0 }}>
        <Anchor component={Link} to={`/network/contacts/${c.id}`} fw={600} size="sm">{c.displayName}</Anchor>
        <Text size="xs" c="dimmed" truncate>{[workLine(c), c.emails[0]?.value].filter(Boolean).join(' · ') || 'No details'}</Text>
      </div>
    </Group>
  );
}

export function DuplicatesPage() {
  const dups = useDuplicates();
  const [pair, setPair] = useState<Pair | null>(null);
  const items = dups.data?.items ?? [];
  return (
    <Stack gap="lg" maw={900}>
      <Breadcrumbs>
        <Anchor component={Link} to="/network" size="sm">Network</Anchor>
        <Text size="sm" c="dimmed">Duplicates</Text>
      </Breadcrumbs>
      <div>
        <Title order={2}>Likely duplicates</Title>
        <Text c="dimmed">People who seem to be in your network twice. Merge them so their history lives in one place.</Text>
      </div>
      {dups.isPending && <Center py="xl" aria-busy="true"><Loader aria-label="Loading duplicates" /></Center>}
      {dups.error && <Alert color="red" role="alert" title="Could not look for duplicates">{dups.error.message}</Alert>}
      {dups.data && items.length === 0 && (
        <EmptyState py={48} variant="light" icon={<IconChecks size={28} />} title="No likely duplicates" description="Every contact looks unique. Imports merge matching people automatically; check back after adding people by hand.">
          <EmptyState.Actions>
            <Button variant="default" component={Link} to="/network">Back to your network</Button>
          </EmptyState.Actions>
        </EmptyState>
      )}
      {items.length > 0 && (
        <Stack component="ul" gap="sm" p={0} m={0} aria-label="Duplicate pairs">
          {items.map((p) => (
            <Card key={`${p.a.id}-${p.b.id}`} withBorder padding="md" component="li" style={{ listStyle: 'none' }}>
              <Group justify="space-between" gap="md">
                <Group gap="md" style={{ flex: 1, minWidth: 0 }} wrap="wrap">
                  <Mini c={p.a} />
                  <Mini c={p.b} />
                </Group>
                <Group gap="sm">
                  <Badge variant="light" color="orange" tt="none">{p.reason}</Badge>
                  <Button size="xs" leftSection={<IconArrowsJoin size={14} />} onClick={() => setPair(p)} aria-label={`Review ${p.a.displayName} and ${p.b.displayName}`}>
                    Review and merge
                  </Button>
                </Group>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
      <MergeModal pair={pair} onClose={() => setPair(null)} />
    </Stack>
  );
}
