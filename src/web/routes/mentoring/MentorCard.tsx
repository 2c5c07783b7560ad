import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCalendarDue } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { MentorshipSummary } from '../../../domain/mentoring/api';
import { QuietBadge } from './MentorDepthPanels';
import { KIND_COLORS, KIND_LABELS, STATUS_COLORS, STATUS_LABELS } from './labels';

export function MentorCard({ m }: { m: MentorshipSummary }) {
  const name = m.contact?.displayName ?? 'Deleted contact';
  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Anchor component={Link} to={`/mentoring/${m.id}`} fw={600} size="lg" lineClamp={1}>{name}</Anchor>
          {m.status !== 'active' && <Badge color={STATUS_COLORS[m.status]} variant="light">{STATUS_LABELS[m.status]}</Badge>}
        </Group>
        <Group gap={6}>
          <Badge color={KIND_COLORS[m.kind]} variant="light">{KIND_LABELS[m.kind]}</Badge>
          {m.employer && <Badge color="gray" variant="outline">{m.employer === 'inside' ? 'Inside my employer' : 'Outside my employer'}</Badge>}
          {m.mentorOnTrellis && <Badge color="teal" variant="outline">On Trellis</Badge>}
          {m.status === 'active' && <QuietBadge mentorshipId={m.id} />}
        </Group>
        <Text size="sm" c="dimmed" lineClamp={1}>{[m.contact?.title, m.contact?.company].filter(Boolean).join(' · ') || '\u00a0'}</Text>
        {m.areas.length > 0 ? <Text size="sm">Helps with: {m.areas.join(', ')}</Text> : <Text size="sm" c="dimmed">No areas of growth named yet</Text>}
        {m.agreementReviewDue && (
          <Group gap={6} wrap="nowrap" align="flex-start" c="orange.8">
            <IconCalendarDue size={16} style={{ flexShrink: 0, marginTop: 2 }} aria-hidden />
            <Text size="sm">Time to review your agreement</Text>
          </Group>
        )}
        {m.warnings.map((w) => (
          <Group key={w.code} gap={6} wrap="nowrap" align="flex-start" c="orange.8">
            <IconAlertTriangle size={16} style={{ flexShrink: 0, marginTop: 2 }} aria-hidden />
            <Text size="sm" role="note">{w.code === 'own_manager' ? 'Your own boss' : 'In your management circle'}</Text>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
