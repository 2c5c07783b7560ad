import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import type { DirectoryEntry } from '../../../domain/mentor-directory/api';
import { AVAILABILITY_COLORS, AVAILABILITY_LABELS } from './labels';

/** One mentor in the directory: what they honed and overcame, where they are, and how to ask them. */
export function MentorEntryCard({ e, onAsk, why }: { e: DirectoryEntry; onAsk: (e: DirectoryEntry) => void; why?: React.ReactNode }) {
  const asked = e.myRequest?.status === 'pending';
  const accepted = e.myRequest?.status === 'accepted';
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-label={e.name}>
      <Stack gap={8} h="100%">
        <Stack gap={2}>
          <Group justify="space-between" wrap="wrap" align="flex-start" gap={6}>
            <Text fw={600} size="lg" style={{ overflowWrap: 'anywhere' }}>{e.name}{e.isYou ? ' (you)' : ''}</Text>
            <Badge color={AVAILABILITY_COLORS[e.availability]} variant="light" mt={4}>{AVAILABILITY_LABELS[e.availability]}</Badge>
          </Group>
          {(e.role || e.industry) && <Text size="sm" c="dimmed">{[e.role, e.industry].filter(Boolean).join(' · ')}</Text>}
        </Stack>
        {why}
        {e.skills.length > 0 && (
          <Group gap={4} aria-label="Skills honed">
            {e.skills.map((s) => <Badge key={s} variant="light" color="blue" size="sm" tt="none">{s}</Badge>)}
          </Group>
        )}
        {e.challenges.length > 0 && <Text size="sm"><Text span fw={500}>Overcame: </Text>{e.challenges.join(', ')}</Text>}
        {e.bio && <Text size="sm" lineClamp={3}>{e.bio}</Text>}
        <Text size="xs" c="dimmed">
          {[e.region, e.timezone, e.languages.length ? `Speaks ${e.languages.join(', ')}` : null, e.openToTeens ? 'Open to teens' : null].filter(Boolean).join(' · ')}
        </Text>
        <div style={{ flex: 1 }} />
        {!e.isYou && (
          <Group justify="flex-end" gap="xs">
            {e.myRequest?.status === 'declined' && <Text size="xs" c="dimmed">Declined your last request</Text>}
            {accepted ? (
              <Badge color="green" variant="light">Your mentor</Badge>
            ) : asked ? (
              <Badge color="blue" variant="light">Request sent</Badge>
            ) : (
              <Button size="compact-sm" leftSection={<IconSend size={14} />} disabled={e.availability === 'closed'} onClick={() => onAsk(e)} aria-label={`Ask ${e.name} to mentor you`}>
                Ask to mentor me
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
