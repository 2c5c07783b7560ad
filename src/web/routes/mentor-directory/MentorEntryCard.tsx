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
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text fw={600} size="lg" lineClamp={1}>{e.name}{e.isYou ? ' (you)' : ''}</Text>
            <Text size="sm" c="dimmed" lineClamp={1}>{[e.role, e.industry].filter(Boolean).join(' · ') || '\u00a0'}</Text>
          </Stack>
          <Badge color={AVAILABILITY_COLORS[e.availability]} variant="light" style={{ flexShrink: 0 }}>{AVAILABILITY_LABELS[e.availability]}</Badge>
        </Group>
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
          <Group justify="flex-end">
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
