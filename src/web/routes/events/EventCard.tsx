import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { IconMapPin, IconUsers, IconVideo } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { EventResponse } from '../../../domain/events/api';
import { KIND_COLORS, KIND_LABELS, myRsvpLabel, RSVP_COLORS, RSVP_LABELS, whenLabel } from './labels';

/** One event in a list: what, when (in your zone), where, seats and your answer. */
export function EventCard({ e, zone, showProgram = false }: { e: EventResponse; zone: string; showProgram?: boolean }) {
  const cancelled = e.status === 'cancelled';
  return (
    <Card withBorder radius="md" component={Link} to={`/events/${e.id}`} aria-label={`${e.title}, ${whenLabel(e, zone)}`} style={cancelled ? { opacity: 0.7 } : undefined}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600} td={cancelled ? 'line-through' : undefined}>{e.title}</Text>
          <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
            {cancelled && <Badge color="red" variant="filled">Cancelled</Badge>}
            <Badge color={KIND_COLORS[e.kind]} variant="light">{KIND_LABELS[e.kind]}</Badge>
          </Group>
        </Group>
        {showProgram && <Text size="xs" c="dimmed">{e.programName}</Text>}
        <Text size="sm">{whenLabel(e, zone)}</Text>
        <Group gap="md">
          {(e.location || e.onlineUrl) && (
            <Group gap={4} wrap="nowrap">
              {e.location ? <IconMapPin size={14} /> : <IconVideo size={14} />}
              <Text size="sm" c="dimmed" lineClamp={1}>{e.location ?? 'Online'}</Text>
            </Group>
          )}
          <Group gap={4} wrap="nowrap">
            <IconUsers size={14} />
            <Text size="sm" c="dimmed">
              {e.going} going{e.capacity !== null ? ` of ${e.capacity}` : ''}
              {e.waitlisted > 0 ? ` · ${e.waitlisted} waiting` : ''}
            </Text>
          </Group>
        </Group>
        <Group gap={6}>
          {e.myRsvp && <Badge color={RSVP_COLORS[e.myRsvp.status]} variant="dot">{myRsvpLabel(e.myRsvp)}</Badge>}
          {e.wards.filter((w) => w.rsvp).map((w) => <Badge key={w.memberId} color={RSVP_COLORS[w.rsvp!]} variant="dot">{w.name}: {RSVP_LABELS[w.rsvp!]}</Badge>)}
          {e.spotsLeft === 0 && !cancelled && <Badge color="yellow" variant="light">Full</Badge>}
          {e.checkedIn && <Badge color="teal" variant="light">You were there</Badge>}
          {e.series && <Badge color="gray" variant="outline">{`Series · ${e.series.position} of ${e.series.total}`}</Badge>}
        </Group>
      </Stack>
    </Card>
  );
}
